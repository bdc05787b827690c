import { replaceTokens } from '../src/edit/rewrite.js';
import { defineRule } from '../src/judge/rule.js';

export default defineRule({
  meta: {
    id: 'hype',
    category: 'hype',
    description: 'Miracle, breakthrough or magic language that implies extraordinary efficacy.',
    severity: 'warn',
    source: {
      name: 'CAP Code 3.1, 3.7, 12.1; ASA rulings on "miracle", "revolutionary" and "breakthrough"; Reg. (EU) 655/2013 honesty criterion',
      url: 'https://www.asa.org.uk/advice-online/beauty-and-cosmetics-the-general-principles.html',
    },
    fixable: false,
    reason: 'words like these promise an extraordinary effect that needs evidence',
    advice: 'Say plainly what the product is and what it does for how skin looks or feels.',
  },
  patterns: [
    '{claim=hype-word}',
    '(astonishing|amazing|incredible|insane|dramatic|remarkable|stunning|phenomenal|extraordinary|spectacular|unreal|crazy) (results|result|transformation|transformations|difference|effects)',
    '(wrinkle|wrinkles|acne|fat|cellulite|scar|line|age|pimple|zit|spot|blemish) (killer|killers|eraser|erasers|buster|busters|zapper|destroyer|blaster|assassin)',
    '(the|a|our) (secret|secrets) (to|of|behind) ~2 (youth|youthful|ageless|younger|perfect|flawless|beautiful|clear|glowing)',
    '(the|a|their) (secret|secrets) ~2 (hollywood|celebrities|celebrity|stars|doctors|dermatologists|experts|models|insiders)',
    '(secret|secrets) ~4 (don\'t want you to know|doesn\'t want you to know|do not want you to know)',
    'cutting-edge (results|efficacy|formula|science|technology)',
    '{claim=hype-term}',
    '(cutting-edge|cutting edge|state-of-the-art|state of the art|next-generation|next generation|next-level|next level)',
    '(turn|turns|turning|wind|winds|set|sets) back the (clock|hands of time|years|time)',
    '(turn|turns|turning|wind|winds|set|sets) the (clock|hands of time|years) back',
    '(slow|slows|slowing|stop|stops|stopping) (down) the clock',
    'the new (reality|era|frontier)',
    '{claim=hype-intensifier} ~2 (results|result|improvement|improvements|transformation|difference|change|changes|lifting|firming|smoothing|effects)',
    '(works|work|worked) wonders',
  ],
  clearedBy: [['negation']],
  ignore(claim) {
    // "the actives work their magic" is an idiom for working, not a miracle claim.
    const prev = claim.tokens[claim.start - 1];
    const before = claim.tokens[claim.start - 2];
    return claim.tokens[claim.start]!.norm === 'magic' && prev !== undefined && /^(their|its|her|his|your)$/.test(prev.norm) && before !== undefined && /^work/.test(before.norm);
  },
  message(claim) {
    return `"${claim.text}" is hype`;
  },
  suggest(claim) {
    const c = claim.capture('claim');
    const soft = c?.entry?.attrs['soft'];
    if (!c || !soft) return [];
    return [replaceTokens(claim, c.start, c.end, soft)];
  },
  examples: {
    valid: ['A rich moisturiser that helps skin look smoother.', 'There is no miracle cure for ageing skin.', 'Plain, honest skincare.'],
    invalid: [
      { text: 'Turn the clock back on tired eyes.' },
      { text: 'A miracle cream for tired skin.', output: 'A nourishing cream for tired skin.' },
      { text: 'Revolutionary collagen facial.' },
      { text: 'See astonishing results.' },
      { text: 'Try our Wrinkle Killer serum.' },
    ],
  },
});
