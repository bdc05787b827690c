import { dropTokens, positionOf, replaceTokens } from '../src/edit/rewrite.js';
import { nounPhraseEnds } from '../src/edit/role.js';
import { defineRule } from '../src/judge/rule.js';

// Ingredients counted one by one: "paraben-free" is without parabens, "fragrance-free" without fragrance.
const COUNTED = /^(paraben|sulfate|sulphate|silicone|phthalate|dye|preservative|allergen|steroid|microplastic|microbead|nanoparticle|hormone|antibiotic|emulsifier)$/i;

function ingredients(what: string): string {
  // Acronyms ("SLS") keep their capitals; a capitalised word goes mid-sentence.
  const words = what.trim().split(/\s+/).map((w) => (/^\p{Lu}\p{Ll}*$/u.test(w) ? w.toLowerCase() : w)).join(' ');
  return COUNTED.test(words) ? `${words}s` : words;
}

// Free-from words that name no ingredient: a rewrite cannot say what is left out.
const VAGUE = /\b(chemicals?|toxins?|toxic|nasties|nasty|harmful|harsh|synthetics?|artificial|irritants?|bad stuff|junk|fillers?)\b/i;

export default defineRule({
  meta: {
    id: 'free-from-natural',
    category: 'free_from_natural',
    description: 'Free-from, chemical-free, non-toxic, natural or hypoallergenic claims that imply safety or superiority.',
    severity: 'warn',
    source: {
      name: 'EU Technical Document on cosmetic claims, Annex III (free-from) and IV (hypoallergenic); Reg. (EU) 655/2013 fairness; CAP 3.1; FTC Act s.5 (truthful free-from and natural claims)',
      url: 'https://single-market-economy.ec.europa.eu/sectors/cosmetics/cosmetic-products-specific-topics/cosmetic-claims_en',
    },
    fixable: false,
    reason: 'it must be true and must not imply that other products are unsafe',
    advice: 'Name what the product contains instead, and only say "free from" when it informs a real need and does not imply that the ingredient is unsafe.',
    markets: {
      eu: {
        severity: 'error',
        reason: 'in the EU a free-from claim must meet the criteria for free-from claims',
        basis: 'Technical Document on cosmetic claims, Annex III (free-from) and IV (hypoallergenic); Reg. (EU) 655/2013',
      },
    },
  },
  patterns: [
    '{what=free-from-ingredient} (free|-free)',
    'free (from|of) [all|any] ~1 {what=free-from-ingredient}',
    '(no|zero|0 %|without) [any] [added|harsh|nasty|artificial] {what=free-from-ingredient}',
    '{non-toxic-word}',
    '{all-natural-phrase}',
    '(not|never|no|none) ~4 {animal-testing}',
    // The passive: "none of our range has been tested on animals".
    '(not|never|no|none) ~4 {passive-auxiliary} {animal-testing}',
    // Saying what a product leaves out, as a virtue: "does not contain common allergens",
    // "isn't full of harsh preservatives", "made without the use of harsh synthetics".
    '(not|never) (contain|contains|include|includes) [any] ~3 {what=free-from-ingredient}',
    "(isn't|is not|aren't|are not|never) full of ~2 {what=free-from-ingredient}",
    'without the use of {denigrating-modifier} ~1 {what=free-from-ingredient}',
    '(cruelty-free|cruelty free)',
    '{purity-word} ~1 {purity-noun}',
    '{sourced-from-verb} ~2 (natural|organic) ~1 (ingredients|sources|origin|extracts|actives)',
    '{denigrating-modifier} [,] ~1 {denigrated-substance}',
    '{toxin-exposure-phrase} ~3 (toxins|chemicals|harmful ingredients|potentially harmful ingredients)',
    '(clean) {clean-what}',
    '(completely|totally|100 %|truly|fully) clean',
    'define as clean',
    '{purity-word} ~3 {purer-comparative}',
    '(natural|organic) ~6 (can\'t|cannot|won\'t|will not|never) (cause|do) (harm|damage)',
    '(natural|organic) ~6 (no|without) ~2 (side effects|side effect)',
  ],
  clearedBy: [['negation'], ['instruction']],
  ignore(claim) {
    // "formulated without parabens" is the wording regulators suggest: it
    // states a fact about the formula without implying the others are unsafe.
    const prev = claim.tokens[claim.start - 1];
    // Not when it runs the others down: "made without harsh chemicals" still says theirs are harmful.
    const runsDown = /\b(harsh|nasty|artificial)\b/i.test(claim.text) || /^(chemicals?|toxins?|nasties)$/i.test(claim.capture('what')?.text ?? '');
    if (claim.patternIndex === 2 && prev && /^(formulated|made|developed|created|manufactured|produced)$/.test(prev.norm) && !runsDown) return true;
    // Fragrance- or alcohol-free stated for a real need ("suits people who
    // prefer unscented products") is what EU guidance accepts (Annex III).
    const what = claim.capture('what')?.text.toLowerCase() ?? '';
    if (/^(fragrance|perfume|alcohol)/.test(what) && /\b(sensitive|reactive|intoleran|irritat|prefer|unscented|suits|allerg|for people who|for those who)/i.test(claim.sentence.text)) return true;
    // "looks completely natural" describes the result's appearance, not the ingredients.
    if (prev && /^(look|looks|looking|looked|appear|appears|appearing|feel|feels|feeling)$/.test(prev.norm)) return true;
    // Aftercare ("come with skin free of any products") is an instruction, not a product claim.
    return claim.patternIndex === 1 && !claim.capture('what');
  },
  message(claim) {
    return `"${claim.text}" is a free-from or purity claim`;
  },
  suggest(claim) {
    const what = claim.capture('what');
    const tokens = claim.tokens;
    // "chemical-free", "free from toxins": everything is a chemical, and
    // "formulated without chemicals" would be the same claim. The writer
    // names the ingredients left out instead.
    if (what && VAGUE.test(what.text)) return [];
    const last = claim.end;
    if (what && /free$/i.test(tokens[last - 1]!.norm)) {
      const at = positionOf(claim, claim.start, last);
      // Before a noun ("a paraben-free cleanser") the claim can only go; say
      // what the product does contain elsewhere.
      if (at === 'attributive') {
        const r = dropTokens(claim, claim.start, last, { desc: `Remove "${claim.text}" and name what the product contains instead`, listItem: true });
        return r ? [r] : [];
      }
      // "This balm is fragrance-free." -> "is formulated without fragrance", the wording regulators accept.
      if (at === 'predicate') return [replaceTokens(claim, claim.start, last, `formulated without ${ingredients(what.text)}`)];
      return [];
    }
    // "Free from parabens." opening a bullet, or "is free from parabens".
    if (what && /^free$/i.test(tokens[claim.start]!.norm)) {
      const prev = tokens[claim.start - 1];
      const opens = claim.start === 0 || tokens[claim.start]!.hardBreakBefore;
      if (opens || (prev && /^(is|are|it's|stays|remains)$/.test(prev.norm) && !tokens[claim.start]!.commaBefore)) {
        if (!nounPhraseEnds(tokens, last)) return [];
        // Only "free from [all|any]" changes: the words naming what is left out stay as written.
        let to = claim.start + 2;
        while (to < what.start && /^(all|any)$/.test(tokens[to]!.norm)) to++;
        if (to < what.start) return [replaceTokens(claim, claim.start, to, 'formulated without')];
        return [replaceTokens(claim, claim.start, last, `formulated without ${ingredients(what.text)}`)];
      }
      return [];
    }
    return [];
  },
  examples: {
    valid: ['See the full ingredient list on the box.', 'Come to your appointment with skin free of any products.', 'A natural-looking result.', 'A fragrance-free wash for reactive skin.', 'Results that look completely natural.'],
    invalid: [
      // "Made without" states a fact; "harsh" and "chemicals" run the others down.
      { text: 'Made without any harsh chemicals.' },
      { text: 'None of our balms have been tested on animals.' },
      { text: 'Our toner does not contain common allergens.' },
      { text: "It isn't full of harsh preservatives." },
      { text: 'Made without the use of harsh synthetic dyes.' },
      { text: 'Free from endocrine disruptors.' },
      { text: 'Hydroquinone-free brightening gel.' },
      { text: 'A paraben-free cleanser.', output: 'A cleanser.' },
      { text: 'This balm is fragrance-free.', output: 'This balm is formulated without fragrance.' },
      { text: 'Our chemical-free serum.' },
      { text: 'Certified non-toxic.' },
      { text: 'Free from steroids and harsh chemicals.' },
      { text: 'Hypoallergenic, so it never irritates.' },
    ],
  },
});
