import { dropTokens, positionOf } from '../src/edit/rewrite.js';
import { defineRule } from '../src/judge/rule.js';

export default defineRule({
  meta: {
    id: 'authority-endorsement',
    category: 'authority_endorsement',
    description: 'Invokes regulatory approval or expert endorsement ("FDA approved", "dermatologist recommended").',
    severity: 'error',
    source: {
      name: '21 CFR 710.8, 720.9; FTC Endorsement Guides (16 CFR 255); Reg. (EU) 655/2013 legal compliance criterion',
      url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/fda-authority-over-cosmetics-how-cosmetics-are-not-fda-approved-are-fda-regulated',
    },
    fixable: false,
    advice: 'Cosmetics are never "FDA approved"; a device may be "FDA-cleared" for its cleared indication only. Back expert endorsements with a current survey and say where the basis is.',
    markets: {
      us: { severity: 'error', note: 'US: cosmetics are not FDA approved; implying approval is misbranding.' },
      eu: { note: 'EU: claiming approval by an authority breaches the legal-compliance criterion of Reg. 655/2013.' },
      uk: { note: 'UK: endorsements must be genuine, current and verifiable (CAP 3.45-3.52).' },
    },
  },
  patterns: [
    '{who=authority} [has|have|had] verb=(approved|approval|certified|registered|endorsed|licensed|accredited)',
    '(approved|certified|endorsed|registered|licensed) by [the] {who=authority}',
    'ce (approved|certified)',
    '{who=expert} verb=(recommended|approved|endorsed|developed|tested|formulated|designed|created|trusted|preferred|favourite|favorite)',
    '(recommended|approved|endorsed|developed|formulated|designed|created|trusted|used|loved|preferred) by [leading|top|many|most|real|practising|practicing] {who=expert}',
    '(dermatologically|clinically|medically) (approved|certified|endorsed|recommended)',
    '(award-winning|award winning|multi-award-winning|multi award winning)',
    'approved for (sale|use) in (europe|the eu|the uk|the us|the usa)',
    'complies with (eu|european|uk|fda) (legislation|regulations|law|laws|standards)',
  ],
  clearedBy: [['negation']],
  message(claim) {
    const who = claim.capture('who');
    if (who && /fda|food and drug|mhra|ema|medicines|government|eu|european|nhs|tga|canada/i.test(who.text)) {
      return `"${claim.text}" invokes official approval; cosmetics are not approved before sale and registration is not approval (21 CFR 710.8/720.9; Reg. 655/2013).`;
    }
    return `"${claim.text}" invokes an endorsement; it must be genuine, current, representative and its basis shown (FTC 16 CFR 255; CAP 3.7).`;
  },
  suggest(claim) {
    // An approval or endorsement is a fact about the product: only the writer
    // knows whether it holds (an approved drug really is "FDA-approved", a
    // cleared device is not). Before a noun it can go, and that says nothing new.
    const tokens = claim.tokens;
    if (/\s/.test(claim.text.trim()) && !/-/.test(claim.text)) return [];
    if (positionOf(claim, claim.start, claim.end) !== 'attributive') return [];
    const r = dropTokens(claim, claim.start, claim.end, { desc: `Remove "${claim.text}" unless you can show the approval or endorsement for this use`, listItem: true });
    return r && tokens[claim.end] ? [r] : [];
  },
  examples: {
    valid: [
      'Our clinic uses a device FDA-cleared to improve the appearance of facial acne scars in adults.',
      'Cosmetics are not FDA approved.',
      'Ask your doctor before treatment.',
    ],
    invalid: [
      { text: 'FDA-approved microneedling.', output: 'Microneedling.' },
      // Whether a drug is approved is a fact only the writer knows: no rewrite says otherwise.
      { text: 'Backed by FDA approval.' },
      { text: 'Dermatologist recommended for sensitive skin.' },
      { text: 'Developed by leading dermatologists.' },
      { text: 'Our award-winning serum.' },
    ],
  },
});
