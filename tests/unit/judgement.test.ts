// The judge's mechanisms, each shown by sentences written for this test (not
// evidence of accuracy: that is tests/unit/accuracy.test.ts on real copy). Every
// row names the rule that must report the sentence, or null for none.
import { describe, expect, it, vi } from 'vitest';
import { rulePack } from '../../rules/index.js';
import { lintText } from '../../src/screen/lint-text.js';

const rulesFor = (text: string, market: 'us' | 'uk' | 'eu' = 'us') =>
  lintText(text, { pack: rulePack, config: { market, rules: {}, phrases: [], approved: [] } }).messages.map((m) => m.ruleId);

const cases: Record<string, Array<[string, string | null]>> = {
  'candidates from the condition vocabularies': [
    ['Our balm calms flare-ups of seborrhoeic dermatitis.', 'disease-therapeutic'],
    ['The laser clears folliculitis on the legs.', 'disease-therapeutic'],
    ['Chilblains soothed in a week.', 'disease-therapeutic'],
    ['A spray for athlete’s foot.', 'disease-therapeutic'],
    ['Nail fungus treatment that works.', 'disease-therapeutic'],
  ],
  'passive, participle and noun forms': [
    ['Psoriasis patches can be healed with our light therapy.', 'disease-therapeutic'],
    ['Itching relieved.', 'disease-therapeutic'],
    ['Relief for shingles pain.', 'disease-therapeutic'],
    ['Hair restoration for thinning crowns.', 'disease-therapeutic'],
    // Wrinkles are an appearance concern: removing them is an absolute claim;
    // dark spots are pigment (L81.4), and removing them acts on melanin.
    ['Wrinkle removal in our clinic.', 'absolute-guarantee'],
    ['Dark spot removal in our clinic.', 'disease-therapeutic'],
    // A modal between a condition and its verb still joins them.
    ['Rosacea can be calmed with our light facial.', 'disease-therapeutic'],
  ],
  'body structures and processes': [
    ['Our peptide blend rebuilds elastin in the dermis.', 'structure-function'],
    ['New collagen is produced for months afterwards.', 'structure-function'],
    ['It kick-starts cell turnover.', 'structure-function'],
    ['A slimming gel for thighs.', 'structure-function'],
  ],
  'wording quoted as an example, not used': [
    ['Our guide bans wording like "heals eczema".', null],
    ["Never write 'erases wrinkles' on a product page.", null],
    // Quoted, but used: the clinic's own words.
    ['Our promise: "erases wrinkles in a week".', 'absolute-guarantee'],
    // An example marker, but the claim is the writer's own, unquoted.
    ['Forget words like "miracle": our cream erases wrinkles.', 'absolute-guarantee'],
    // The marker does not introduce the quote: a quoted product name is the claim.
    ['Rather than harsh peels, try our "acne cure" facial.', 'disease-therapeutic'],
  ],
  'textbook statements about the body': [
    ['Collagen production slows as we age.', null],
    ['Elastin is a protein that plays a role in skin recoil.', null],
  ],
  'hedges clear appearance claims but not disease or body claims': [
    ['May help reduce the appearance of fine lines.', null],
    ['May help relieve eczema.', 'disease-therapeutic'],
    ['Can help stimulate collagen.', 'structure-function'],
  ],
  'soft hedges do not clear a safety claim': [
    ['The procedure is designed to be virtually painless.', 'safety-no-risk'],
    ['Sessions are typically pain-free.', 'safety-no-risk'],
    ['Most people may feel mild discomfort.', null],
  ],
  'negation, reaching the words the pattern itself does not hold': [
    ['This peel does not cure acne.', null],
    ['It will not harm your skin.', 'safety-no-risk'],
    ['We cannot promise that scars will disappear.', null],
  ],
  'questions: neutral ones ask, rhetorical ones sell': [
    ['Is laser hair removal permanent?', null],
    ['How long do the results of a peel last?', null],
    ['Ready to say goodbye to acne scars?', 'absolute-guarantee'],
    ['Why put up with rosacea any longer?', 'disease-therapeutic'],
  ],
  'mention is not use': [
    ['Beware of so-called "chemical-free" skincare.', null],
    ['Botox is a prescription-only medicine and may not be advertised to the public.', null],
  ],
  'instructions to the reader': [
    ['Avoid anti-inflammatory tablets for a week before treatment.', null],
    ['You should stop retinoids before your appointment.', null],
  ],
  'lists: a verb governs every item': [
    // An item the rule sets aside ("acne" in "acne scars") does not hide the others.
    ['It helps to reduce dullness, sun spots, acne scars and other damage.', 'disease-therapeutic'],
    // Nor does an earlier example set aside: "acne" in "acne scars" leaves "addresses melasma".
    ['Our toner addresses concerns such as acne scars and melasma.', 'disease-therapeutic'],
    ['Our serum erases freckles, dark spots and sun damage.', 'absolute-guarantee'],
    ['It soothes skin, eases redness and relieves eczema.', 'disease-therapeutic'],
    ['The cream treats concerns such as psoriasis.', 'disease-therapeutic'],
  ],
  'exact words': [
    ['Your glow, for good.', 'permanence'],
    ['We stock goods for every skin type.', null],
    // "peeling" is a symptom, matched as written: "peel" the treatment is no condition.
    ['Our balm soothes peeling skin.', 'disease-therapeutic'],
  ],
  'compound adjectives joined by a hyphen': [
    ['An acne-fighting toner for teens.', 'disease-therapeutic'],
    ['Wart-zapping gel.', 'disease-therapeutic'],
    ['Our wrinkle-erasing night cream.', 'absolute-guarantee'],
    // Two words, not one compound: the condition is the subject.
    ['Acne, fighting back after a break, is common in teens.', null],
  ],
  'any verb of complete removal acts on a disease it names': [
    ['Our gel solves acne.', 'disease-therapeutic'],
    ['It wipes out warts.', 'disease-therapeutic'],
  ],
  'one finding per claim': [['Cures dermatitis in a single visit.', 'disease-therapeutic']],
  // "lines" is a concern only in a document that speaks of the face or skin
  // (skin-sense): each text here is a whole document.
  'a word with a sense outside skin care': [
    ['Delete the duplicate lines, then post the journal.', null],
    ['The invoice lines are reduced to one per item.', null],
    ['Erases lines around the eyes.', 'absolute-guarantee'],
    ['Our toxin removes lines.', 'absolute-guarantee'],
    ['Your lines will be gone.', 'absolute-guarantee'],
    // A heading with no skin word of its own, in a page that has them.
    ['## Remove lines\n\nEach anti-wrinkle appointment takes twenty minutes.', 'absolute-guarantee'],
    ['---\ntitle: Soften lines\n---\n\nBook a facial with our nurse.', 'absolute-guarantee'],
    ['## Remove lines\n\nSelect the order, then choose Post.', null],
    // Compatibility forms read as their letters.
    ['\uff33\uff4b\uff49\uff4e boosters erase lines.', 'absolute-guarantee'],
  ],
  'headings without a verb': [
    ['Laser Therapy for Rosacea', 'disease-therapeutic'],
    ['Eczema Relief Balm', 'disease-therapeutic'],
  ],
};

describe('judgement mechanisms', () => {
  for (const [mechanism, rows] of Object.entries(cases)) {
    it(mechanism, () => {
      for (const [text, rule] of rows) {
        const found = rulesFor(text);
        if (rule === null) expect(found, text).toEqual([]);
        else expect(found, text).toContain(rule);
      }
    });
  }

  // Every failing match in a file asks whether the file speaks of the skin:
  // asked of the whole file each time, 16,000 such lines took minutes.
  it('looks for a sense in the whole file a fixed number of times, however many matches ask', () => {
    const scans = (text: string) => {
      const test = RegExp.prototype.test;
      let wholeFile = 0;
      const spy = vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, s: string) {
        if (s === text) wholeFile++;
        return test.call(this, s);
      });
      try {
        expect(rulesFor(text)).toEqual([]);
      } finally {
        spy.mockRestore();
      }
      return wholeFile;
    };
    const few = scans('Removes lines.\n\n'.repeat(300));
    expect(scans('Removes lines.\n\n'.repeat(900))).toBe(few);
    expect(few).toBeLessThan(5);
  });

  it('reports one finding per claim, the most serious', () => {
    expect(rulesFor('Cures dermatitis in a single visit.')).toEqual(['disease-therapeutic']);
  });

  // "erase wrinkles, ..., and prevent acne": an item that is a claim of its
  // own is read where it stands, not as an object of the list's first verb.
  it('reads a list item that opens a claim of its own where it stands', () => {
    const claimsOf = (text: string) => lintText(text, { pack: rulePack }).messages.map((m) => [m.ruleId, m.claim]);
    expect(claimsOf('Our facial will erase wrinkles, reverse sun damage and prevent acne.')).toEqual([
      ['absolute-guarantee', 'erase wrinkles'],
      ['absolute-guarantee', 'reverse sun damage'],
      ['disease-therapeutic', 'prevent acne'],
    ]);
    // An item that is only an object still takes the list's verb.
    expect(claimsOf('Our laser reduces sun damage, age spots and fine lines.')).toContainEqual(['disease-therapeutic', 'reduces sun damage, age spots']);
  });

  // A hard line break ("  " or "\\" at a line's end) ends a line as a reader
  // sees it: no gap between a claim's words reaches over it.
  it('does not reach over a hard line break for a word further on', () => {
    const claimsOf = (text: string) => lintText(text, { pack: rulePack }).messages.map((m) => [m.ruleId, m.claim]);
    expect(claimsOf('Our cream eliminates wrinkles  \nnext line please.\n')).toEqual([['absolute-guarantee', 'eliminates wrinkles']]);
    expect(claimsOf('Our cream eliminates wrinkles\\\nnext line please.\n')).toEqual([['absolute-guarantee', 'eliminates wrinkles']]);
    // Words either side of the break still meet: only a pattern's gap may not cross it.
    expect(claimsOf('Our new balm cures  \neczema in days.\n').map(([rule]) => rule)).toEqual(['disease-therapeutic']);
    // A soft line break is a space: the claim reads across it.
    expect(claimsOf('Our cream eliminates\nwrinkles.\n')).toEqual([['absolute-guarantee', 'eliminates\nwrinkles']]);
  });

  it('reads each item after a lead-in ending in a colon as completing it', () => {
    const md = 'Our light therapy can treat:\n\n- Rosacea\n- Psoriasis\n- Tired eyes\n';
    const messages = lintText(md, { pack: rulePack }).messages;
    expect(messages.map((m) => [m.ruleId, m.claim])).toEqual([
      ['disease-therapeutic', 'Rosacea'],
      ['disease-therapeutic', 'Psoriasis'],
    ]);
    // Their words are not all in the item: no rewrite is offered or applied.
    expect(messages.every((m) => !m.fix && !m.suggestions)).toBe(true);
  });
});
