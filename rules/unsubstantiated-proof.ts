import { keySetOf } from '../src/match/word-lists.js';
import { defineRule } from '../src/judge/rule.js';
import { perception } from './lexicon/measures.js';

const PERCEPTION = keySetOf(perception);

const SOFTER: Record<string, string> = {
  proven: 'studied',
  shown: 'studied',
  validated: 'studied',
  demonstrated: 'studied',
};

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
  patterns: [
    '(clinically|scientifically|medically|dermatologically|laboratory|lab|independently|clinical) verb=(proven|tested|shown|validated|demonstrated)',
    'proven (to|results|formula|technology|effective|treatment|method|ingredients|solution|efficacy)',
    '(studies|study|research|science|tests|trials|evidence|experts|scientists|doctors) [have|has] (show|shows|showed|shown|prove|proves|proved|proven|demonstrate|demonstrates|demonstrated|confirm|confirms|confirmed)',
    '(in|by) {number-word} (clinical|independent|scientific) (trials|trial|studies|study)',
    '{number} % (decrease|reduction|improvement|increase|less|more|fewer|smoother|firmer|reduced|improved|increased|younger|brighter)',
    '{number} % of {people}',
    '{number} % (saw|see|noticed|had|experienced|got|achieved) ~1 (fewer|less|reduced|smaller|no|improved|reduction|decrease|lower|visible)',
    '{number} % of {people} (saw|see|noticed|had|experienced|got|achieved) ~1 (fewer|less|reduced|smaller|no|improved|reduction|decrease|lower|visible)',
    '(up to|as much as) {number} % [{result-noun}]',
    '(backed by science|science-backed|scientifically developed|scientifically formulated|clinical results|clinically effective|clinically-effective|evidence-based results|medically approved)',
    '(several|many|numerous|multiple|countless) (studies|trials|clinical studies) (have|show|prove|confirm)',
    '{number} (percent|per cent) [{result-noun}]',
    '{number} % (longer|thicker|fuller|denser|more hydrated|younger)',
    '(up to|as much as) {number} (percent|per cent)',
    '(up to|as much as) {number-word} years younger',
    '(studies|research|science|evidence|tests) (suggest|suggests|indicate|indicates|reveal|reveals)',
    '{number} ~1 (patients|clients|customers|women|people) (chose|choose|trust|trusted|love|recommend)',
    '(an average|on average) ~3 {number} (%|percent)',
  ],
  clearedBy: [['citation'], ['negation']],
  ignore(claim) {
    // "80% of women felt..." reports perception, the framing regulators accept.
    if (claim.patternIndex !== 5) return false;
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
      'This serum is not clinically proven.',
    ],
    invalid: [
      { text: 'Clinically proven to reduce redness.', output: 'Clinically studied to help reduce the appearance of redness.' },
      { text: 'Studies show microneedling works.' },
      { text: 'A 73% reduction in fine lines.' },
      { text: 'Research has shown that results are lasting.' },
      { text: 'Up to 40% fat loss.' },
    ],
  },
});

