import { positionOf, replaceAdjective } from '../src/edit/rewrite.js';
import { defineRule } from '../src/judge/rule.js';

const OFFERING =
  '(treatment|treatments|clinic|clinics|product|products|serum|cream|results|skincare|facial|facials|procedure|procedures|option|solution|choice|technology|device|formula|microneedling|peel|laser|moisturiser|moisturizer|cleanser|face wash|facewash|brand|practitioner|practitioners|team|care|service|machine|system|method|approach|patch|mask|balm|oil|gel|lotion|toner|kit|pen|roller|tool|app|programme|program|plan|range|collection|ingredient|filler|fillers|injectable|injectables|salon|spa|studio|specialist|specialists|surgeon|doctor|nurse)';

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
    `[the] claim=(best) [{concern}] ~2 ${OFFERING}`,
    `the claim=(best) (in|on) (the|town|london|the uk|the us|the world|the market|class)`,
    'claim=(# 1|no 1|no. 1|number one|number 1|n1|n° 1|nr 1) ~3 (brand|clinic|treatment|product|choice|skincare|serum|recommended|dermatologist|rated|selling|in)',
    `{claim=superlative} ~2 (${OFFERING.slice(1, -1)}|quality|expertise|experience|efficacy|performance|precision|comfort)`,
    '(is|are|remains|remain) [simply|truly|quite] {claim=superlative}',
    'the {claim=superlative} (in|for|of|among)',
    'the (fastest|quickest|most effective|surest|only proven|only) way to',
    '{claim=superlative} [{concern}] (treatment|results|facial|serum|formula)',
    `(the only|the first|the one and only) ~2 ${OFFERING}`,
    '(superior to|better than|outperforms|more effective than|works better than|beats|stronger than) ~2 (botox|fillers|filler|surgery|a facelift|facelifts|competitors|any other|other|the rest|leading|lasers|injections|retinol|the competition)',
    '(botox-like|botox like|like botox|like a facelift|facelift in a jar|needle-free botox|botox in a bottle|botox in a jar|better than botox|alternative to botox|alternative to surgery|alternative to fillers|alternative to liposuction|alternative to a facelift|non-surgical facelift|liquid facelift)',
    '{claim=ranking-claim}',
    '(as effective as|as good as|just as effective as|works like|same results as) ~2 {comparison-target}',
    '{number} (x|times) the {efficacy-measure}',
    // "three times the potency of", "2x the strength of": a multiplied comparison.
    '{multiplier} the {efficacy-measure} (of|than)',
    'without (injectables|injections|needles|surgery|fillers|botox|the needles|going under the knife)',
    '(liposuction free|surgery free|needle free|needle-free|surgery-free|injection-free)',
  ],
  clearedBy: [['negation'], ['citation'], ['instruction']],
  ignore(claim) {
    // "For best results, apply twice daily" is an instruction, not a ranking.
    const prev = claim.tokens[claim.start - 1];
    if (claim.patternIndex === 0 && prev?.norm === 'for') return true;
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
    return [replaceAdjective(claim, c.start, c.end, adjective)];
  },
  examples: {
    valid: [
      'For best results, apply twice daily.',
      'We offer several treatments for the appearance of acne scars.',
      'Do your best to avoid the sun.',
    ],
    invalid: [
      { text: 'Just as effective as a prescription cream.' },
      { text: 'Four times the potency of ordinary retinol serums.' },
      { text: 'The best microneedling clinic in London.' },
      { text: "The UK's most effective face wash." },
      { text: 'A world-leading clinic.', output: 'An established clinic.' },
      { text: 'The only treatment that works from the inside out.' },
      { text: 'Botox-like results without needles.' },
      { text: 'The #1 brand for sensitive skin.' },
    ],
  },
});
