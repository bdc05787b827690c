import { keySetOf, phrasesOf } from '../src/match/word-lists.js';
import { defineRule } from '../src/judge/rule.js';
import { perception, resultNoun } from './lexicon/measures.js';
import { measuredChangeWord } from './lexicon/slots.js';
import { moneyWord } from './lexicon/context.js';

const PERCEPTION = keySetOf(perception);
const MONEY = keySetOf(moneyWord);
// A result named after the figure ("up to 90% hair reduction") makes it a finding, whatever stands before.
const RESULT_AFTER = keySetOf(resultNoun, phrasesOf(measuredChangeWord));

// "80% of women", "80 percent of women": a share of people, which a
// perception verb after it ("said", "felt") makes the accepted framing.
const SHARE_OF_PEOPLE = new Set(['{number} % of {people}', '{number} (percent|per cent) of {people}']);

const SOFTER: Record<string, string> = {
  proven: 'studied',
  shown: 'studied',
  validated: 'studied',
  demonstrated: 'studied',
};

const PATTERNS: string[] = [
  '{proof-adverb} verb=(proven|tested|shown|validated|demonstrated)',
  'proven {proven-thing}',
  '{proof-source-noun} [have|has] {proof-verb-form}',
  '(in|by) {number-word} (clinical|independent|scientific) (trials|trial|studies|study)',
  '{number} % {measured-change-word}',
  '{number} % of {people}',
  '{number} % {study-saw-verb} ~1 {study-result-word}',
  '{number} % of {people} {study-saw-verb} ~1 {study-result-word}',
  '(up to|as much as) {number} % [{result-noun}]',
  '{science-backed-phrase}',
  '(several|many|numerous|multiple|countless) (studies|trials|clinical studies) (have|show|prove|confirm)',
  '{number} (percent|per cent) {result-noun}',
  '{number} % {study-gain-comparative}',
  '(up to|as much as) {number} (percent|per cent)',
  '(up to|as much as) {number-word} years younger',
  '(studies|research|science|evidence|tests) {evidence-suggest-verb}',
  '{number} ~1 (patients|clients|customers|women|people) {customer-choice-verb}',
  '(an average|on average) ~3 {number} (%|percent|per cent)',
  // "percent" spelled out says what "%" says, and needs what "%" needs:
  // "10 percent VAT" is a rate, "40 percent fewer lines" a finding.
  '{number} (percent|per cent) {measured-change-word}',
  '{number} (percent|per cent) of {people}',
  '{number} (percent|per cent) {study-gain-comparative}',
  '{number} (percent|per cent) {study-saw-verb} ~1 {study-result-word}',
  // "a reduction of about 20 percent", "an improvement of 30%".
  '{result-noun} of [{figure-approximator}] {number} (%|percent|per cent)',
  // "boosts skin hydration by 60 percent", "reduces the depth of wrinkles by 35%":
  // a figure measured on the skin, whatever verb carries it.
  '{measured-change-verb} ~3 {measured-skin-target} by [{figure-approximator}] {number} (%|percent|per cent)',
  // "93 percent saw smoother skin", "87% of women had visibly firmer skin".
  '{number} (%|percent|per cent) [of] [{people}] {study-saw-verb} ~1 {measured-change-word} {measured-skin-target}',
];

export default defineRule({
  meta: {
    id: 'unsubstantiated-proof',
    category: 'unsubstantiated_proof',
    description: 'Claims proof ("clinically proven", "studies show", "82% reduction") without citing the evidence.',
    severity: 'warn',
    source: {
      name: 'FTC Health Products Compliance Guidance (2022) s.IV; CAP Code 3.7, 12.1; Reg. (EU) 655/2013 evidential support',
      url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance',
    },
    fixable: false,
    reason: 'proof needs its evidence cited next to the claim',
    advice: 'Cite the study next to the claim (author and year, a link or a footnote) and make the claim match what it measured, or remove the claim.',
  },
  patterns: PATTERNS,
  clearedBy: [['citation'], ['negation']],
  ignore(claim) {
    const { tokens, start, end } = claim;
    // "The shares must add up to 100%": the phrasal verb sums; nothing was measured.
    if (tokens[start]!.norm === 'up' && /^(add|adds|added|adding)$/.test(tokens[start - 1]?.norm ?? '')) return true;
    // A figure of money: "prices rise by up to 10%", "a 15% increase in price".
    if (/%|percent|per cent/i.test(claim.text) && !RESULT_AFTER.has(tokens[end]?.key ?? '')) {
      const after = tokens.slice(end, end + 3);
      // The money word must speak of this figure: no "and" or comma between ("half the cost and up to 90%").
      let k = start - 1;
      for (; k >= Math.max(0, start - 4); k--) {
        const t = tokens[k]!;
        if (MONEY.has(t.key)) return true;
        if (t.hardBreakBefore || t.commaBefore || /^(and|or|but)$/.test(t.norm)) break;
      }
      if (/^(in|on|of)$/.test(after[0]?.norm ?? '') && after.slice(1).some((t) => MONEY.has(t.key))) return true;
    }
    // "80% of women felt..." reports perception, the framing regulators accept.
    if (!SHARE_OF_PEOPLE.has(PATTERNS[claim.patternIndex]!)) return false;
    const after = claim.tokens.slice(claim.end, claim.end + 4).map((t) => t.key);
    return after.some((k) => PERCEPTION.has(k));
  },
  message(claim) {
    return `"${claim.text}" claims proof without citing it`;
  },
  suggest(claim) {
    // "clinically proven to" -> "clinically studied to": a weaker word for
    // the same study, which the writer still has to cite.
    const verb = claim.capture('verb');
    if (!verb) return [];
    const soft = SOFTER[verb.text.toLowerCase()];
    if (!soft) return [];
    return [{ start: claim.tokens[verb.start]!.start, end: claim.tokens[verb.end - 1]!.end, text: soft, desc: `Replace "${verb.text}" with "${soft}" and cite the study` }];
  },
  examples: {
    valid: [
      'In a 12-week study of 60 adults (Lee, 2021), most rated their skin as smoother.',
      'Clinically proven to hydrate for 24 hours[^1].',
      '80% of women said their skin felt softer.',
      '80 percent of clients said their skin felt softer.',
      // A figure that is a rate or a price, not a finding.
      'VAT is charged at 20 percent on every course.',
      'We raise the course price by 10 percent from May.',
      'Book before May for 15 percent off a chemical peel.',
      'Course prices rise by up to 10% in April.',
      'Enter 1.15 for a 15% increase in the price of a course.',
      // "add up to" sums.
      'The three shares must add up to 100%.',
      'This serum is not clinically proven.',
    ],
    invalid: [
      // Fat deposits are no money; a cost joined by 'and' is another thing.,
      { text: 'Our cryolipolysis reduces stubborn fat deposits by up to 30%.' },
      { text: 'Half the cost and up to 90% hair reduction.' },
      { text: '85 percent of clients saw smoother skin.' },
      { text: 'Users saw an improvement of around 40 percent in skin tone.' },
      { text: 'Our night cream boosts skin hydration by 60 percent.' },
      { text: '76 percent noticed brighter skin.' },
      { text: '64% saw firmer skin within weeks.' },
      { text: 'Reduces the depth of wrinkles by up to 35%.' },
      { text: 'Clinically proven to reduce redness.', output: 'Clinically studied to help reduce the appearance of redness.' },
      { text: 'Studies show microneedling works.' },
      { text: 'A 73% reduction in fine lines.' },
      { text: 'Research has shown that results are lasting.' },
      { text: 'Up to 40% fat loss.' },
    ],
  },
});

