import { defineRule } from '../src/judge/rule.js';

export default defineRule({
  meta: {
    id: 'prescription-medicine',
    category: 'prescription_medicine',
    description: 'Names or promotes a prescription-only medicine (botulinum toxin, "anti-wrinkle injections", weight-loss injections).',
    severity: 'error',
    source: {
      name: 'CAP Code 12.12; Human Medicines Regulations 2012 reg. 284; CAP/MHRA enforcement notice on Botox advertising',
      url: 'https://www.asa.org.uk/news/cosmetic-interventions-and-the-cap-code.html',
    },
    fixable: false,
    advice: 'Remove the medicine\'s name and any benefit, price or offer tied to it; invite readers to a consultation to discuss treatment options instead.',
    markets: {
      uk: { severity: 'error', note: 'UK: prescription-only medicines may not be advertised to the public, even indirectly (CAP 12.12).' },
      eu: { severity: 'error', note: 'EU: advertising prescription-only medicines to the public is banned (Dir. 2001/83/EC Art. 88).' },
      us: { note: 'US: allowed for clinics, but claims must be truthful, on-label and balanced with risks (FTC/FDA).' },
    },
  },
  patterns: ['{medicine=prescription-medicine}', '# (botox|botulinumtoxin|antiwrinkle)', '{number-word} areas (of|for) (botox|toxin|anti-wrinkle)'],
  clearedBy: [['negation']],
  ignore(claim) {
    const next = claim.tokens[claim.end];
    const prev = claim.tokens[claim.start - 1];
    // "Botox-like", "better than Botox", "alternative to Botox" are comparisons,
    // reported by comparative-superlative; "toxin-free" is a free-from claim.
    if (next && !next.hardBreakBefore && /^(like|free)$/.test(next.norm)) return true;
    if (prev && /^(than|to|like)$/.test(prev.norm)) return true;
    // "if you are taking isotretinoin" screens the reader; it promotes nothing.
    const before = claim.tokens.slice(Math.max(0, claim.start - 3), claim.start).map((t) => t.norm);
    if (before.some((w) => /^(taking|take|takes|took|stopped|stop|avoid|prescribed|currently|recently|used|using)$/.test(w))) return true;
    return false;
  },
  message(claim) {
    return `"${claim.text}" names a prescription-only medicine; promoting it to the public is banned in the UK and EU (CAP 12.12; Dir. 2001/83/EC Art. 88).`;
  },
  examples: {
    valid: ['Book a consultation to discuss treatment options for lines and wrinkles.', 'We do not offer Botox at this clinic.', 'A toxin-free formula.'],
    invalid: [
      { text: 'Botox: three areas for £199!' },
      { text: 'Anti-wrinkle injections for a fresher you.' },
      { text: 'Ask about our wrinkle-relaxing injections.' },
      { text: 'Weight loss with Mounjaro, now in stock.' },
    ],
  },
});
