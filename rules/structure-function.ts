import { replaceClaim } from '../src/edit/rewrite.js';
import { defineRule } from '../src/judge/rule.js';

export default defineRule({
  meta: {
    id: 'structure-function',
    category: 'structure_function',
    description: 'Claims to change the structure or function of skin or body (collagen, cells, DNA, melanin, blood flow).',
    severity: 'error',
    source: {
      name: 'FD&C Act 201(g)(1)(C); FDA "Is It a Cosmetic, a Drug, or Both?"; CAP AdviceOnline "Physiological effect"',
      url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/it-cosmetic-drug-or-both-or-it-soap',
    },
    fixable: false,
    advice: 'Describe how skin looks or feels, not what happens to collagen, cells or tissue; "may help" does not make a physiological claim cosmetic.',
  },
  patterns: [
    '{verb=physio-verb} ~4 {object=structure}',
    '{verb=physio-verb} (and|or|&) ~1 ~3 {object=structure}',
    '{object=structure} (production|synthesis|induction|formation|growth|regeneration|renewal|stimulation|remodeling|remodelling|turnover|repair|rebuilding|activation|levels|density|fibers|fibres)',
    '(production|synthesis|induction|formation|regeneration|renewal|stimulation|remodeling|remodelling|creation|activation|rebuilding|strengthening|growth|recruitment|destruction|breakdown) of [new] ~2 {object=structure}',
    '{object=structure} (boosting|stimulating|building|producing|inducing|renewing|regenerating|repairing|rebuilding|activating|destroying|relaxing|freezing|dissolving)',
    'verb=(reverse|stop|halt|slow|slow down|turn back) ~2 (aging|ageing|the aging process|the clock|cellular aging)',
    'verb=(repair|regenerate|rebuild|reconstruct|restructure|reactivate|remodel) ~3 skin=(skin|damaged skin|damage|skin damage|structural damage|skin tissue)',
    'verb=(repair|regenerate|rebuild|reconstruct|restructure|reactivate|remodel) (and|or|&) ~1 ~2 skin=(skin|damaged skin|damage|skin damage|structural damage|skin tissue)',
    '(freeze-like|muscle-relaxing|muscle relaxing|paralyzing|paralysing|fat-dissolving|fat-melting|fat-burning|fat-destroying|self-repair|self-repairing|wound healing response)',
    '(shrinking|shrink|shrinks|dissolving|dissolve|dissolves|destroy|destroys|destroying) [the] (fat|fat cells)',
    '(new|healthy|fresh) (skin cells|skin tissue|cells|collagen|tissue) (replace|replaces|form|forms|grow|grows)',
  ],
  // Repairing "skin" (not cells or collagen) is cleared by appearance wording:
  // "renews the look of your skin" is the accepted cosmetic line.
  clearedBy: (claim) => (claim.capture('skin') ? [['negation'], ['appearance']] : [['negation']]),
  message(claim) {
    return `"${claim.text}" is a physiological claim: acting on the skin's structure or function makes a cosmetic a drug or device (FD&C 201(g)(1)(C)) and needs high-level evidence in the UK/EU; hedging does not fix it.`;
  },
  suggest(claim) {
    const verb = claim.capture('verb');
    if (!verb) return [];
    return [
      replaceClaim(claim, 'verb', 'skin look smoother and firmer'),
      replaceClaim(claim, 'verb', 'skin look and feel smoother'),
    ];
  },
  examples: {
    valid: [
      'Over a course of sessions, skin may look smoother and firmer.',
      'Our facial helps skin look radiant.',
      'Collagen is a protein found in skin.',
      'It does not stimulate collagen.',
    ],
    invalid: [
      { text: 'Microneedling stimulates a prolonged period of collagen production.', output: 'Microneedling may help skin look smoother and firmer.' },
      { text: 'The serum boosts collagen and elastin.', output: 'The serum may help skin look smoother and firmer.' },
      { text: 'Helps stimulate collagen.' },
      { text: 'Our treatment triggers cell regeneration.' },
      { text: 'Collagen induction therapy for everyone.' },
      { text: 'It repairs damaged skin from within.' },
    ],
  },
});
