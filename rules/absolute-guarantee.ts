import { hedgeVerb, replaceClaim } from '../src/rewrite.js';
import { defineRule, type ClaimContext } from '../src/rule.js';

const PROMISES: Record<number, string> = {
  2: 'results that vary from person to person',
  3: 'results that vary from person to person',
  4: 'skin that looks smoother',
  5: 'results that vary',
};

function hasAppearance(claim: ClaimContext): boolean {
  return claim.tokens.slice(claim.start, claim.end).some((t) => /^(appear|look)/.test(t.key));
}

export default defineRule({
  meta: {
    id: 'absolute-guarantee',
    category: 'absolute_guarantee',
    description: 'Promises a certain, complete or universal result ("erases wrinkles", "reduce scars", "guaranteed results").',
    severity: 'error',
    source: {
      name: 'CAP Code 3.1, 3.7, 12.1; FTC Act s.5 (net impression); Reg. (EU) 655/2013 honesty criterion',
      url: 'https://www.asa.org.uk/advice-online/beauty-and-cosmetics-the-general-principles.html',
    },
    fixable: true,
  },
  patterns: [
    '{verb=absolute-verb} ~3 {object=concern}',
    '{verb=efficacy-verb} ~3 {object=concern}',
    '(guaranteed|guarantee|guarantees) [{number}] [%] (result|results|outcome|outcomes|improvement|success)',
    '(results|result|success) (guaranteed)',
    '(flawless|perfect|wrinkle-free|line-free|scar-free|blemish-free|poreless) (skin|complexion|results|face)',
    '(100 % effective|works for everyone|works on everyone|works every time|works for every|suitable results for all)',
    'the (result|results|outcome) (is|are) (smoother|firmer|younger|flawless|perfect|clear|clearer|tighter|brighter)',
    '{verb=absolute-verb} [{number-word}] (years|decades|a decade)',
    'verb=(take|knock|shave) [{number-word}] (years|decades) off',
  ],
  clearedBy: (claim) =>
    claim.patternIndex === 0
      ? [['negation'], ['hedge', 'appearance']]
      : claim.patternIndex === 1
        ? [['negation'], ['hedge'], ['appearance']]
        : [['negation'], ['hedge']],
  message(claim) {
    const verb = claim.capture('verb');
    const object = claim.capture('object');
    if (verb && object) {
      const how = claim.patternIndex === 0 ? 'complete removal or correction' : 'a certain result';
      return `Unqualified claim to ${verb.entry?.phrase ?? verb.text.toLowerCase()} ${object.text.toLowerCase()} promises ${how}; say it may help and that it is about appearance. (CAP 3.1/12.1, FTC)`;
    }
    return `"${claim.text}" promises a certain or universal result; results vary and need evidence. (CAP 3.1/3.7, FTC)`;
  },
  suggest(claim) {
    if (claim.patternIndex <= 1) {
      const rewrite = hedgeVerb(claim, 'verb', { appearance: !hasAppearance(claim) });
      return rewrite ? [rewrite] : [];
    }
    const phrase = PROMISES[claim.patternIndex];
    return phrase ? [replaceClaim(claim, undefined, phrase)] : [];
  },
  examples: {
    valid: [
      'Microneedling may help reduce the appearance of acne scars.',
      'Our peel can help soften the look of fine lines.',
      'We cannot guarantee results.',
      'There are no guaranteed results with any treatment.',
      'Reduces the appearance of fine lines and wrinkles.',
      'Remove your makeup before the appointment.',
    ],
    invalid: [
      { text: 'Reduce scars.', output: 'Help reduce the appearance of scars.' },
      { text: 'Correct sun damage.', output: 'Help improve the appearance of sun damage.' },
      { text: 'Microneedling reduces scars.', output: 'Microneedling may help reduce the appearance of scars.' },
      { text: 'This serum visibly erases fine lines and wrinkles.', output: 'This serum may help reduce the appearance of fine lines and wrinkles.' },
      { text: 'The treatment will eliminate dark circles.', output: 'The treatment may help reduce the appearance of dark circles.' },
      { text: 'It reduces the depth of acne scars.', output: 'It may help reduce the appearance of the depth of acne scars.' },
      { text: 'Guaranteed results after one session.' },
      { text: 'Minimising wrinkles is what we do best.', output: 'Helping minimize the appearance of wrinkles is what we do best.' },
    ],
  },
});
