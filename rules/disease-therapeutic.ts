import { hedgeVerb } from '../src/edit/rewrite.js';
import { defineRule, type ClaimContext } from '../src/judge/rule.js';

// "acne" in "acne scars", "acne-prone skin" names a cosmetic concern or a skin
// type, not the disease.
const NOT_THE_DISEASE = new Set(['scar', 'mark', 'prone', 'friendli', 'safe', 'spot']);

function objectIsCompound(claim: ClaimContext): boolean {
  const object = claim.capture('object');
  if (!object) return false;
  const next = claim.tokens[object.end];
  return next !== undefined && !next.hardBreakBefore && NOT_THE_DISEASE.has(next.key);
}

export default defineRule({
  meta: {
    id: 'disease-therapeutic',
    category: 'disease_therapeutic',
    description: 'Says the product or treatment treats, cures, heals, relieves or prevents a disease or medical condition.',
    severity: 'error',
    source: {
      name: 'FD&C Act 201(g)(1)(B); Directive 2001/83/EC Art. 1(2); CAP Code 12.1, 12.2',
      url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/it-cosmetic-drug-or-both-or-it-soap',
    },
    fixable: false,
    advice: 'Describe the appearance, not the condition (e.g. "helps skin look clearer" instead of treating acne); name a condition only for a licensed medicine or authorised device and its approved use.',
    markets: {
      uk: { note: 'UK: medicinal claims are only for licensed medicines (CAP 12.1).' },
      eu: { note: 'EU: a medicinal claim makes the product a medicine by presentation (Dir. 2001/83/EC).' },
    },
  },
  patterns: [
    '{verb=treat-verb} ~3 {object=disease}',
    '{verb=treat-verb} (and|or|&) ~1 ~2 {object=disease}',
    'verb=(treat|cure|heal|relieve|alleviate|remedy) ~3 {object=symptom}',
    '{object=disease} (treatment|treatments|remedy|remedies|cure|cures|relief|therapy|therapies|medication|medicine|rescue|balm|cream|ointment|lotion|gel|serum|oil|wash|spray|drops|tablets|capsules|patch|patches|control|clinic|programme|program|solution|kit)',
    '(treatment|treatments|remedy|remedies|cure|cures|relief|therapy|therapies|solution|solutions) (for|of|from|against) ~3 {object=disease}',
    '(anti-inflammatory|antiinflammatory|anti-bacterial|antibacterial|antiseptic|anti-septic|antifungal|anti-fungal|antimicrobial|anti-microbial|antiviral|anti-viral|anti-acne|anti-itch|anti-eczema|anti-cellulite|anti-psoriasis|anti-rosacea|antibiotic|disinfectant)',
    '(beneficial|good|great|effective|ideal|helpful|recommended|perfect) (for|as|against|in treating) ~3 {object=disease}',
    'verb=(treat|cure|heal) ~3 {concern=concern}',
    'verb=(heal|cure) [the|your|damaged|broken|injured|irritated] (skin|wounds|damage|skin damage|damaged skin)',
    'verb=(kill|kills|destroy|eliminate) ~2 (bacteria|germs|viruses|fungus|fungi|microbes|mites)',
    '(wound healing|wound-healing|healing properties|medicinal properties|therapeutic properties|therapeutic benefits|medical-grade results)',
  ],
  clearedBy: [['negation']],
  ignore: objectIsCompound,
  message(claim) {
    const object = claim.capture('object') ?? claim.capture('concern');
    const what = object ? `a condition (${object.text.toLowerCase()})` : 'a therapeutic effect';
    return `"${claim.text}" claims to act on ${what}: a treatment or disease claim makes a cosmetic a drug (FD&C 201(g)(1)(B)) and is medicinal in the UK/EU (CAP 12.1); hedging does not fix it.`;
  },
  suggest(claim) {
    // Only a cosmetic concern ("treats acne scars") has an appearance wording.
    if (!claim.capture('concern')) return [];
    const r = hedgeVerb(claim, 'verb', { soft: 'improve', appearance: true });
    return r ? [r] : [];
  },
  examples: {
    valid: [
      'Helps skin look clearer and feel calmer.',
      'It is not recommended for people with active acne.',
      'A gentle cleanser for acne-prone skin.',
      'Microneedling does not cure rosacea.',
      'As the skin heals, redness fades.',
    ],
    invalid: [
      { text: 'Our peel treats acne and prevents breakouts.' },
      { text: 'Natural relief for psoriasis flare-ups.' },
      { text: 'A calming, anti-inflammatory balm.' },
      { text: 'May help relieve eczema.' },
      { text: 'Can microneedling cure rosacea?' },
      { text: 'This laser treats acne scars.', output: 'This laser may help improve the appearance of acne scars.' },
      { text: 'Great for dermatitis and other skin conditions.' },
    ],
  },
});
