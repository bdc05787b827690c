import { positionOf, replaceAdjective } from '../src/edit/rewrite.js';
import { defineRule, type ClaimContext } from '../src/judge/rule.js';
import { keySetOf, phrasesOf } from '../src/match/word-lists.js';
import { FUNCTION_WORDS } from '../src/edit/role.js';
import { ledgerRecord, logistics, rankedNonOffer, reachingUs, skinSense } from './lexicon/context.js';
import { concern } from './lexicon/concerns.js';
import { resultNoun, visibleResult } from './lexicon/measures.js';
import { rankedOffering } from './lexicon/slots.js';

const LEDGER_KEYS = keySetOf(ledgerRecord);
const SERVICE_KEYS = keySetOf(logistics, phrasesOf(reachingUs));
// Words that make the way a way to a result: "the fastest way to reach your skin goals".
const RESULT_KEYS = keySetOf(skinSense, [...phrasesOf(resultNoun), ...phrasesOf(visibleResult), ...phrasesOf(concern)]);
// Words for a way of doing something: ranked, they rank the way, not the offer.
const NON_OFFER_KEYS = keySetOf(rankedNonOffer);
const RESULTS_ONLY = keySetOf(resultNoun, phrasesOf(visibleResult));
const WAYS = new Set(['way', 'ways', 'option', 'options', 'choice', 'method', 'route', 'to']);

/** "unmatched" in its bookkeeping sense, not yet paired with another record:
 * "unmatched bank transactions", "matched or unmatched", "unmatched with the
 * statement", "the credit remains unmatched". */
function unpaired(claim: ClaimContext): boolean {
  const tokens = claim.tokens;
  let at = claim.start;
  while (at < claim.end && tokens[at]!.norm !== 'unmatched') at++;
  if (at === claim.end) return false;
  const joined = (i: number) => tokens[i] !== undefined && !tokens[i]!.hardBreakBefore && !tokens[i]!.commaBefore;
  // The noun "unmatched" qualifies, through its modifiers only ("unmatched
  // bank transaction amounts"): "unmatched quality and value" and
  // "unmatched results in record time" are rankings. A product line is not a ledger's.
  for (let i = at + 1; i <= at + 3 && joined(i) && !FUNCTION_WORDS.has(tokens[i]!.norm); i++) {
    if (LEDGER_KEYS.has(tokens[i]!.key) && tokens[i + 1]?.norm !== 'of') return true;
  }
  // "unmatched by other clinics" ranks; "unmatched with the statement" pairs.
  if (joined(at + 1) && /^(with|to|against)$/.test(tokens[at + 1]!.norm)) return true;
  if (/^(or|and)$/.test(tokens[at - 1]?.norm ?? '') && /^(matched|reconciled|paired)$/.test(tokens[at - 2]?.norm ?? '')) return true;
  // Predicative: what stays unmatched is a record.
  const verb = tokens[at - 1];
  return verb !== undefined && /^(is|are|was|were|remain|remains|stay|stays|left)$/.test(verb.norm) && LEDGER_KEYS.has(tokens[at - 2]?.key ?? '');
}

// What points at the offer after "nothing compares to": ours, this, a treatment or product.
const OFFER_WORDS = keySetOf(rankedOffering, ['our', 'ours', 'this', 'these', 'us', 'it', 'them']);

export default defineRule({
  meta: {
    id: 'comparative-superlative',
    category: 'comparative_superlative',
    description: 'Claims to be the best, first, only or better than alternatives (including "Botox-like").',
    severity: 'warn',
    source: {
      name: 'CAP Code 3.33-3.40 (comparisons), 3.7; Reg. (EU) 655/2013 fairness criterion; FDA warning letter on "Botox-like results"',
      url: 'https://www.asa.org.uk/advice-online/comparisons-with-identifiable-competitors.html',
    },
    fixable: false,
    reason: 'a ranking needs evidence against the whole market, and its basis shown',
    advice: 'Substantiate a superiority claim against the whole market and show its basis, or describe what you offer without ranking it.',
  },
  patterns: [
    '[the] claim=(best) [{concern}] ~2 {ranked-offering}',
    'the claim=(best) (in|on) {ranking-scope}',
    '{claim=number-one-claim} ~3 {number-one-what}',
    '{claim=superlative} ~2 {ranked-offering-or-quality}',
    '(is|are|remains|remain) [simply|truly|quite] {claim=superlative}',
    'the {claim=superlative} (in|for|of|among)',
    'the {fastest-way-word} way to',
    '{claim=superlative} [{concern}] (treatment|results|facial|serum|formula)',
    '(the only|the first|the one and only) ~2 {ranked-offering}',
    '{outperforms-phrase} ~2 {outperformed-rival}',
    // The comparison split by its noun: "better results than surgery", "faster recovery than a facelift".
    '{better-word} ~1 {result-noun} than ~2 {outperformed-rival}',
    // Nothing else measures up: "nothing compares to our facial", "nothing comes close".
    '{compares=nothing-compares-phrase}',
    // "the leading skin clinic in Leeds", "Manchester's leading clinic" rank the offer;
    // "the leading cause of" does not (ignore keeps "leading" an adjective).
    'lead=(=leading) ~2 {ranked-offering}',
    '{like-botox-phrase}',
    '{claim=ranking-claim}',
    '(as effective as|as good as|just as effective as|works like|same results as) ~2 {comparison-target}',
    '{number} (x|times) the {efficacy-measure}',
    // "three times the potency of", "2x the strength of": a multiplied comparison.
    '{multiplier} the {efficacy-measure} (of|than)',
    'without {avoided-procedure}',
    '{procedure-free-word}',
  ],
  clearedBy: [['negation'], ['citation'], ['instruction']],
  ignore(claim) {
    // "Nothing beats a good night's sleep": what nothing measures up to is
    // named, and it is not the offer ("nothing compares to our facial").
    if (claim.capture('compares')) {
      const after: string[] = [];
      for (let i = claim.end; i < claim.tokens.length && !claim.tokens[i]!.hardBreakBefore && !claim.tokens[i]!.commaBefore; i++) after.push(claim.tokens[i]!.key);
      const named = after.filter((k) => k !== 'to' && k !== 'with');
      if (named.length > 0 && !named.some((k) => OFFER_WORDS.has(k))) return true;
    }
    // "For best results, apply twice daily" is an instruction, not a ranking.
    const prev = claim.tokens[claim.start - 1];
    if (claim.patternIndex === 0 && prev?.norm === 'for') return true;
    if (unpaired(claim)) return true;
    // "leading" as an adjective: first in its sentence, or after an article or a possessive
    // ("Dr Shah is leading the treatment team" leads; it ranks nothing).
    if (claim.capture('lead') && prev && !/^(the|a|an|our|their|its)$/.test(prev.norm) && !/['\u2019]s$/.test(prev.surface)) return true;
    // "The quickest way to book is online", "the only option for parking":
    // a way of booking, paying or reaching the clinic, not the offer, is ranked.
    const after = claim.tokens.slice(claim.end, claim.end + 5);
    if (WAYS.has(claim.tokens[claim.end - 1]!.norm) && after.slice(0, 3).some((t) => SERVICE_KEYS.has(t.key)) && !after.some((t) => RESULT_KEYS.has(t.key))) return true;
    // "The number one question we get", "the top reason clients book": what is ranked is named, and it is not the offer.
    const ranked = claim.tokens[claim.end];
    if (ranked && !ranked.hardBreakBefore && !ranked.commaBefore && NON_OFFER_KEYS.has(ranked.key)) return true;
    // "even the best products" concedes a limit; it ranks nothing.
    return prev?.norm === 'even' || (prev?.norm === 'the' && claim.tokens[claim.start - 2]?.norm === 'even');
  },
  message(claim) {
    return `"${claim.text}" ranks the offer above others`;
  },
  suggest(claim) {
    const c = claim.capture('claim');
    const soft = c?.entry?.attrs['soft'];
    if (!c || !soft) return [];
    const tokens = claim.tokens;
    // Only before its noun: "the most effective peel" -> "an effective peel".
    // "one of the most advanced peels" and "the UK's most effective" have no
    // place for the plainer word; the writer rewords those.
    if (positionOf(claim, c.start, c.end) !== 'attributive') return [];
    const noun = tokens[c.end]!;
    const prev = tokens[c.start - 1];
    const plural = /[^s]s$/.test(noun.norm) && !/(ss|us|is)$/.test(noun.norm);
    const adjective = soft.replace(/^(a|an) /, '');
    // "the most effective peel": "the" belongs to the superlative, and "an
    // effective peel" would drop a word of the writer's; they reword it.
    if (prev?.norm === 'the') return [];
    if (prev && /['’]s$/.test(prev.surface)) return [];
    // Only a clinic, a team or a treatment is well regarded: "well-regarded
    // results" and "well-regarded precision" are no English a writer would keep.
    if (adjective === 'well-regarded' && (!OFFER_WORDS.has(noun.key) || RESULTS_ONLY.has(noun.key))) return [];
    return [replaceAdjective(claim, c.start, c.end, adjective)];
  },
  examples: {
    valid: [
      // What nothing beats is not the offer; "the leading cause" ranks no offer.
      "Nothing beats a good night's sleep for your skin.",
      // "leading" the verb.
      'Our head nurse is leading the laser team this week.',
      'The number one question patients ask is about downtime.',
      'Sun exposure is the leading cause of skin ageing.',
      // Words that fold into ranking words: "lead" is not "leading", "planning" is not a plan, a list of entry numbers ranks nothing.
      'Allow a lead time of two weeks for orders.',
      // A way of booking or reaching the clinic is ranked, not the offer.
      'The quickest way to book is online.',
      'Street parking is the only option for parking nearby.',
      'In the first planning meeting we agree your goals.',
      'Older stock is always sold first (entry numbers 3, 2, and 1 in this example).',
      'For best results, apply twice daily.',
      // "unmatched" in the ledger's sense: not yet paired with a record.
      'Post any unmatched card payments to the suspense account.',
      'Each receipt is either matched or unmatched with the supplier list.',
      'If the deposit stays unmatched, ask the bank for the slip.',
      'We offer several treatments for the appearance of acne scars.',
      'Do your best to avoid the sun.',
      'Print the registration numbers on the booking forms.',
    ],
    invalid: [
      // "leading" first in a headline, or after a place's possessive.
      { text: 'Leading laser clinic in Bristol.' },
      { text: "Bristol's leading laser clinic." },
      // Comparisons split by their noun, with medicines, surgery or other procedures.
      { text: 'Our peel outperforms prescription retinoids.' },
      { text: 'Better results than surgery, with no scars.' },
      { text: 'Nothing compares to our signature facial.' },
      { text: 'When it comes to smoother skin, nothing comes close.' },
      { text: 'The leading skin clinic in the North West.' },
      // A way to a result ranks the offer.,
      { text: 'The fastest way to reach your skin goals.' },
      { text: 'Just as effective as a prescription cream.' },
      { text: 'Our nurses\' skill is unmatched.' },
      { text: 'A glow unmatched by other salons.' },
      { text: 'Unmatched care and value at every visit.' },
      { text: 'An unmatched line of peptide serums.' },
      { text: 'Four times the potency of ordinary retinol serums.' },
      { text: 'The best microneedling clinic in London.' },
      { text: 'Voted the Number One skin clinic in Leeds.' },
      { text: "The UK's most effective face wash." },
      { text: 'A world-leading clinic.', output: 'An established clinic.' },
      { text: 'The only treatment that works from the inside out.' },
      { text: 'Botox-like results without needles.' },
      { text: 'The #1 brand for sensitive skin.' },
    ],
  },
});
