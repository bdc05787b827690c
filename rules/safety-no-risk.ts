import { positionOf, replaceAdjective, replaceTokens, runsOn } from '../src/edit/rewrite.js';
import { degreeBefore, nounPhraseEnds } from '../src/edit/role.js';
import { defineRule } from '../src/judge/rule.js';
import { mentionOf, phrasesOf } from '../src/match/word-lists.js';
import { purchaseTerm, safeThing, safetyIntensifier } from './lexicon/context.js';
import { needleTreatment, procedure, productForm } from './lexicon/offerings.js';
import type { Token } from '../src/text/sentences.js';

// Each assurance, and what a rewrite says instead: as a noun phrase ("no
// downtime"), or as an adjective after a linking verb ("is painless") and
// before a noun ("a painless session").
const SOFTER: Array<[RegExp, string | undefined, string | undefined, string | undefined]> = [
  [/^(painless|pain-free|pain free)$/i, undefined, 'comfortable for most people', 'generally comfortable'],
  [/^no (pain|discomfort)$/i, 'little discomfort for most people', undefined, undefined],
  [/^(no|zero|0) (down ?time|down-time|recovery time)$/i, 'little downtime for most people', undefined, undefined],
  [/^(risk-free|risk free|harmless)$/i, undefined, 'low-risk for most people', 'low-risk'],
  [/^(non-invasive|noninvasive|non invasive)$/i, undefined, 'minimally invasive', 'minimally invasive'],
];

const INTENSIFIERS = new Set(phrasesOf(safetyIntensifier));
const namesPurchase = mentionOf(purchaseTerm);
const namesSafeThing = mentionOf(safeThing);

/** Whether "safe" is said of a website, data or a payment ("your data is
 * safe with us", "this site is safe to browse"): the words of its clause up
 * to the word itself, and the verb after "safe to". */
function safeThingMeant(tokens: readonly Token[], safeStart: number, safeEnd: number): boolean {
  let from = safeStart;
  while (from > 0 && safeStart - from < 6 && !tokens[from]!.hardBreakBefore && !tokens[from]!.commaBefore) from--;
  const after = tokens[safeEnd]?.norm === 'to' ? tokens.slice(safeEnd + 1, safeEnd + 2) : [];
  return namesSafeThing(tokens.slice(from, safeStart)) || namesSafeThing(after);
}
const RISK_FREE = /^(risk-free|risk free)$/i;
// What can be well tolerated: a product or a procedure ("a safe, gentle
// peel"); not "a safe choice" or "safe and affordable services".
const TOLERATED = new Set([...phrasesOf(productForm), ...phrasesOf(procedure), 'treatment', 'procedure', 'therapy', 'facial', 'session', 'course', 'surgery', 'operation', 'technique', 'injection', 'removal'].filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase()));

/** Whether the noun an attributive adjective at [start, end) goes with names a product or procedure. */
function namesTreatment(tokens: readonly Token[], end: number): boolean {
  for (let i = end; i < Math.min(tokens.length, end + 6); i++) {
    const t = tokens[i]!;
    if (i > end && t.hardBreakBefore) return false;
    if (TOLERATED.has(t.norm) || TOLERATED.has(t.norm.replace(/s$/, ''))) return true;
  }
  return false;
}

const namesNeedles = mentionOf(needleTreatment);

/** Verbs after "safe to" that say how the product is taken or used. */
const USE_VERBS = new Set(['use', 'apply', 'take', 'have', 'wear', 'try', 'inject']);

export default defineRule({
  meta: {
    id: 'safety-no-risk',
    category: 'safety_no_risk',
    description: 'Assures safety, no pain, no downtime or no side effects without balancing the risks.',
    severity: 'warn',
    source: {
      name: 'CAP Code 1.3, 3.1, 12.1; CAP guidance on cosmetic interventions; ASA rulings on "no downtime" and "totally safe"; FTC Act s.5 and s.12; FTC Health Products Compliance Guidance (2022): safety claims need substantiation; Reg. (EU) 655/2013 honesty criterion; Directive 2005/29/EC (misleading omissions)',
      url: 'https://www.asa.org.uk/advice-online/cosmetic-interventions-non-surgical-procedures.html',
    },
    fixable: false,
    reason: 'every procedure has risks, and leaving them out plays them down',
    advice: 'Balance the claim with the real risks and recovery ("most people have mild redness for a day or two").',
    markets: {
      uk: {
        severity: 'error',
        reason: 'in the UK ads for cosmetic procedures must not play down their risks',
        basis: 'CAP Code 1.3, 3.1, 12.1; CAP guidance on cosmetic interventions; ASA rulings (2025)',
      },
    },
  },
  patterns: [
    '{safe-copula} ~2 safe=(safe)',
    'safe=(safe) [and] {safe-and-pairing}',
    'safe=(safe) , {safe-and-quality}',
    '{safe-intensifier} safe=(safe)',
    'safe=(safe) for {everyone-word}',
    'a safe=(safe) ~2 {safe-option-noun}',
    'claim=(no) ~1 {no-harm-noun}',
    'claim=(zero|0) [%] {zero-harm-noun}',
    '{claim=no-risk-word}',
    'without (any|the) ~1 {without-harm-noun}',
    'without (leaving|causing) (any|a) {left-mark-noun}',
    '{harm-negator} {harm-verb-base}',
    '(suitable|safe|perfect|ideal) for (all|every|any|everyone) ~1 {suitable-for-kind}',
    '(suitable|safe) for (everyone|anyone|everybody|anybody)',
    // "You won't feel a thing": no sensation at all is no pain at all.
    '{harm-negator} feel (a thing|anything)',
    "(don't|do not|dont) feel (a thing|anything)",
    '(will|you) feel (nothing|no pain)',
    'gentle enough for (anyone|everyone|all|every)',
    '{complication-noun} (are|is|become|becomes) ~1 (impossible|non-existent|nonexistent|unheard of)',
    'makes ~2 {complication-plural} (impossible|non-existent|nonexistent)',
    'leaving ~3 (undamaged|unharmed|intact|untouched|unaffected)',
    '(spared|protected) from (injury|damage|harm)',
    'safe=(safe) (to use|to apply|to administer|and affordable)',
    'safe=(safe) {offer}',
    'safe=(safe) for ~3 (sensitive|reactive|allergy-prone|delicate|all) ~1 (skin|skins|skin types)',
    '(zero|no|without) (recovery time|recovery|down time|downtime|the need for downtime)',
    'without the need for ~1 {harm-noun}',
    'no (potential|risk|chance) (for|of) ~2 {reaction-noun}',
    '(complete|total|maximum) comfort',
    '(comfortable|gentle|painless|pain-free) ~2 for (all|every|any) ~1 (skin types|skin type|skin tones|ages)',
    '(virtually|almost|practically|nearly) (painless|pain-free|pain free|risk-free)',
    'there should not be any (pain|discomfort|side effects)',
    '(does not|will not|won\'t|doesn\'t) (damage|harm) ~4 {spared-tissue-noun}',
  ],
  clearedBy: [['negation'], ['likelihood'], ['balanced']],
  ignore(claim) {
    // "It is safe to say..." is an idiom, not an assurance.
    if (claim.tokens[claim.end]?.norm === 'to' && claim.tokens[claim.end + 1]?.norm === 'say') return true;
    // "Order risk-free", "your consultation is risk-free": the terms of a sale, unless
    // the word goes with a treatment ("a risk-free peel").
    if (RISK_FREE.test(claim.text) && namesPurchase(claim.tokens) && !namesTreatment(claim.tokens, claim.end)) return true;
    const safe = claim.capture('safe');
    if (safe && safeThingMeant(claim.tokens, safe.start, safe.end)) return true;
    // "Is it safe?" asks; "safe to use in pregnancy?" asks. A question about
    // safety without an answer in the same sentence is not a claim.
    return /\?\s*$/.test(claim.sentence.text) && /^(is|are)$/i.test(claim.tokens[0]?.norm ?? '');
  },
  message(claim) {
    return `"${claim.text}" promises safety or comfort without the risks`;
  },
  suggest(claim) {
    const tokens = claim.tokens;
    // "Harmless enough for pregnant women": the claim is who it suits, which a
    // plainer word keeps ("low-risk enough for pregnant women"); the writer rewords.
    if (tokens[claim.end]?.norm === 'enough' || tokens[(claim.capture('safe')?.end ?? -1)]?.norm === 'enough') return [];
    const safe = claim.capture('safe');
    if (safe) {
      // "is completely safe" -> "is generally well tolerated"; "a safe, gentle
      // peel" -> "a well-tolerated, gentle peel". The intensifiers go with it.
      let from = safe.start;
      while (from > claim.start && INTENSIFIERS.has(tokens[from - 1]!.norm)) from--;
      let to = safe.end;
      let tail = '';
      // "safe for all skin types": no assurance for everyone either; "all" says "most".
      if (tokens[to]?.norm === 'for' && to < claim.end) {
        const who = tokens.slice(to + 1, claim.end).map((t) => t.norm).join(' ');
        if (/^(everyone|anyone|everybody)$/.test(who)) tail = ' for most people';
        else if (/^all( |$)/.test(who) && (who !== 'all' || runsOn(claim))) tail = ` for most${claim.sentence.text.slice(tokens[to + 1]!.end - claim.sentence.start, tokens[claim.end - 1]!.end - claim.sentence.start)}`;
        else return [];
        to = claim.end;
      }
      // "safe to use": tolerated is said of the product, so "to use" goes with
      // "safe" ("generally well tolerated to use" is no English); "safe to
      // browse" has nothing a body tolerates, and no rewrite.
      if (tail === '' && tokens[to]?.norm === 'to' && !tokens[to]!.hardBreakBefore && !tokens[to]!.commaBefore) {
        if (!USE_VERBS.has(tokens[to + 1]?.norm ?? '')) return [];
        to += 2;
      }
      const at = positionOf(claim, from, safe.end);
      if (at === 'predicate') return [replaceTokens(claim, from, to, `generally well tolerated${tail}`)];
      if (at === 'attributive' && tail === '' && namesTreatment(tokens, to)) return [replaceAdjective(claim, from, to, 'well-tolerated')];
      return [];
    }
    // "little to no downtime", "no pain": a noun phrase takes the place of a noun phrase.
    if (claim.capture('claim') || /^(virtually|almost|practically|nearly) /i.test(claim.text)) {
      const softer = SOFTER.find(([re]) => re.test(claim.text.replace(/^(virtually|almost|practically|nearly) /i, '')));
      if (!softer) return [];
      // "Minimally invasive" is only true of what breaks the skin (needles,
      // injections); of ultrasound or cooling it would state a new fact.
      if (/invasive/i.test(claim.text) && !namesNeedles(claim.tokens)) return [];
      const from = claim.start;
      // "completely non-invasive": the degree word is the writer's and says more than a plainer word can.
      if (degreeBefore(tokens, from)) return [];
      const a = tokens[from - 2];
      const b = tokens[from - 1];
      // "little to no pain" already qualifies; rewording it would drop the writer's words.
      if (a && b && /^(little|minimal)$/.test(a.norm) && /^(to|or)$/.test(b.norm) && /^no$/i.test(tokens[from]!.norm)) return [];
      const [, noun, predicate, attributive] = softer;
      if (noun) return nounPhraseEnds(tokens, claim.end) ? [replaceTokens(claim, from, claim.end, noun)] : [];
      const at = positionOf(claim, claim.start, claim.end);
      if (at === 'predicate' && predicate) return [replaceTokens(claim, from, claim.end, predicate)];
      if (at === 'attributive' && attributive) return [replaceAdjective(claim, from, claim.end, attributive)];
    }
    return [];
  },
  examples: {
    valid: [
      // A sensation asked about or described, not promised away.
      'If you feel anything unusual after your peel, call the clinic.',
      // Safe said of a website, data or a payment.
      'This website is safe to browse.',
      'Your card details are safe with us.',
      'There is a low risk of infection, and we talk you through it before treatment.',
      'Most people have mild redness for a day or two.',
      // The terms of a sale, not the treatment's risks.
      'Cancel within 14 days for a full refund: ordering is risk-free.',
      'The procedure is not painless, but numbing cream helps.',
      'Is it safe during pregnancy?',
      'Like all cosmetic procedures, it carries some risks.',
    ],
    invalid: [
      // No sensation at all, and everyone suited.
      { text: "You won't feel a thing during the peel." },
      { text: 'Our laser is suitable for everyone.' },
      // The product is still the subject, whatever follows.
      { text: 'Our peel is safe for your skin and your data stays private.' },
      // "to use" goes with "safe": tolerated is said of the product.
      { text: 'Our serums are safe to use and easy to apply.', output: 'Our serums are generally well tolerated and easy to apply.' },
      { text: 'Safe surgery with our award-winning team.' },
      // A sale's words nearby do not clear "risk-free" said of the treatment itself.
      { text: 'Order a risk-free chemical peel online.' },
      // "a low risk" balances an assurance only when it states a risk of something.
      { text: 'A low risk clinic procedure with no risk of infection.' },
      { text: 'The treatment is painless.', output: 'The treatment is comfortable for most people.' },
      { text: 'No downtime and no side effects.' },
      { text: 'Totally safe for all skin types.' },
      { text: 'A safe, gentle way to refresh your skin.' },
      { text: 'Heals within a week without leaving any scars.' },
    ],
  },
});
