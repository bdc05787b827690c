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
    // A registration number may stand between the authority and its verb: "FDA 510 registered".
    '{who=authority} ~2 [has|have|had] verb=(approved|approval|certified|registered|endorsed|licensed|accredited)',
    // A named person's endorsement: "the serum our founder swears by".
    '{endorsement-by-use}',
    // Membership shown as backing: "a member of the Cosmetic Skin Institute".
    '(member|members|fellow|fellows) of [the] ~4 {professional-body}',
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
    const who = claim.capture('who');
    const verb = claim.capture('verb');
    if (who && verb && /^fda$/i.test(who.text) && /approv/i.test(verb.text)) {
      const tokens = claim.tokens;
      return [
        {
          start: tokens[claim.start]!.start,
          end: tokens[claim.end - 1]!.end,
          text: 'FDA-cleared',
          desc: 'Replace with "FDA-cleared" only if the device holds a clearance for this use; otherwise remove it',
        },
      ];
    }
    return [];
  },
  examples: {
    valid: [
      'The FDA has not approved this cream.',
      'Our clinic uses a device FDA-cleared to improve the appearance of facial acne scars in adults.',
      'Cosmetics are not FDA approved.',
      'Ask your doctor before treatment.',
    ],
    invalid: [
      { text: 'The night cream my favourite actress swears by.' },
      { text: 'Our lead nurse is a fellow of the Aesthetic Skin Institute.' },
      { text: 'Made in a US FDA 210 registered laboratory.' },
      { text: 'FDA-approved microneedling.', output: 'FDA-cleared microneedling.' },
      { text: 'Dermatologist recommended for sensitive skin.' },
      { text: 'Developed by leading dermatologists.' },
      { text: 'Our award-winning serum.' },
    ],
  },
});
