import { defineRule, type ClaimContext } from '../src/judge/rule.js';
import { judgeUse, type UseJudgement } from './facts/lookup.js';

// A prescription medicine offered for a use its US label does not have:
// "Botox for jaw slimming", "a Dysport lip flip", "Kybella for jowls". Which
// uses are approved is read from the product facts (each indication tagged
// with the uses it covers, on a label recorded whole); nothing is judged for
// a product whose label is not on record. A clinic may use a medicine
// off-label, but an advert that offers it for that use implies an approval
// it does not have, so the finding is a warning to say so or leave it out.

/** The facts' verdict on the medicine and the use the match names. */
function verdict(claim: ClaimContext): UseJudgement | undefined {
  const medicine = claim.capture('medicine');
  const use = claim.capture('use')?.entry?.attrs['use'];
  return medicine && use ? judgeUse(medicine.text, use) : undefined;
}

/** The medicine as the writer named it ("Botox"), else as the facts do. */
function named(claim: ClaimContext, v: UseJudgement): string {
  return claim.capture('medicine')?.text ?? v.product.name;
}

// The sentence says itself that the use is not an approved one.
const DISCLOSED = /\boff[- ]?label\b|\bnot\s+(?:(?:yet|been)\s+)?(?:fda[- ])?approved\b|\bunapproved\b|\bunlicensed\b/iu;

const VERBS = '{off-label-verb}';

export default defineRule({
  meta: {
    id: 'off-label-use',
    category: 'prescription_medicine',
    description: 'Offers a prescription medicine for a use FDA has not approved it for (a toxin for jaw slimming, Kybella for jowls).',
    severity: 'warn',
    source: {
      name: 'FTC Act s.5 and s.12; FTC Health Products Compliance Guidance (2022); FD&C Act s.502 (labeling: approved uses)',
      url: 'https://www.fda.gov/patients/learn-about-expanded-access-and-other-treatment-options/understanding-unapproved-use-approved-drugs-label',
    },
    fixable: false,
    reason: 'an ad for a use implies the use is approved',
    advice: 'Say plainly that this use is off-label (not FDA-approved) and give its risks, or offer the medicine only for its approved uses.',
    markets: {
      // A page about one off-label treatment names it in its title, headings
      // and body: one warning per medicine and use says it.
      us: { once: 'first-per-document' },
      // Naming the medicine to the public is the finding there (prescription-medicine, once per document).
      uk: {
        severity: 'off',
        reason: 'in the UK naming the medicine to the public is already the finding (prescription-medicine)',
        basis: 'CAP Code 12.12; Human Medicines Regulations 2012 reg. 284 (see prescription-medicine)',
      },
      eu: {
        severity: 'off',
        reason: 'in the EU naming the medicine to the public is already the finding (prescription-medicine)',
        basis: 'Directive 2001/83/EC Art. 88(1) (see prescription-medicine)',
      },
    },
  },
  patterns: [
    // "Botox for jaw slimming", "Dysport injections in the masseters".
    '{medicine=labelled-medicine} [cosmetic] [{medicine-dose-noun}] {off-label-preposition} ~4 {use=treatment-use}',
    // "Botox can also slim the jaw muscles", "Kybella to reduce jowls".
    `{medicine=labelled-medicine} [can|may|will|could] [also] [be] [used] [help] [to] ${VERBS} ~4 {use=treatment-use}`,
    // "Botox may help with jaw clenching".
    '{medicine=labelled-medicine} [can|may|will|could] [also] help (with|for) ~4 {use=treatment-use}',
    // "Botox is also great for teeth grinding".
    '{medicine=labelled-medicine} (is|are|works|work) [also] [{off-label-praise}] (for|at|in|into|on) ~4 {use=treatment-use}',
    // "a lip flip with Botox", "jaw slimming using Dysport".
    '{use=treatment-use} [injection|injections|treatment|treatments] (with|using) ~2 {medicine=labelled-medicine}',
    // "Botox lip flip", "masseter Botox".
    '{medicine=labelled-medicine} {use=treatment-use}',
    '{use=treatment-use} {medicine=labelled-medicine}',
  ],
  clearedBy: [['negation']],
  ignore(claim) {
    if (DISCLOSED.test(claim.sentence.text)) return true;
    return verdict(claim)?.onLabel !== false;
  },
  subject(claim) {
    const v = verdict(claim);
    return v ? `${v.product.sameProductAs?.id ?? v.product.id}:${v.use.id}` : claim.text.toLowerCase();
  },
  message(claim) {
    const v = verdict(claim)!;
    return `"${claim.text}": FDA has not approved ${named(claim, v)} for ${v.use.name}`;
  },
  adviceFor(claim) {
    const v = verdict(claim);
    if (!v) return undefined;
    const approved = v.approvedUses.map((u) => u.name);
    const shown = approved.length > 4 ? `${approved.slice(0, 4).join(', ')} and others on its label` : approved.join(', ');
    return `Say plainly that using ${named(claim, v)} for ${v.use.name} is off-label (not FDA-approved) and give its risks, or offer it only for its approved uses (${shown}).`;
  },
  examples: {
    valid: [
      // Approved uses.
      'Our injectors use Botox Cosmetic for frown lines and crow\'s feet.',
      'Kybella is used to reduce fat under the chin.',
      'Xeomin for forehead lines, by appointment.',
      // Disclosed as off-label.
      'A lip flip with Botox is an off-label use, and we explain its risks at your consultation.',
      // Negated.
      'We do not use Dysport for jaw slimming.',
      // Not a product with a label on record.
      'Anti-wrinkle injections for jaw slimming.',
    ],
    invalid: [
      { text: 'Ask about Botox for jaw slimming.' },
      { text: 'Book a Dysport lip flip this spring.' },
      { text: 'Jeuveau injections for crow\'s feet and forehead lines.' },
      { text: 'Kybella for stubborn jowls.' },
      { text: 'A gummy smile treatment with Botox takes ten minutes.' },
    ],
  },
});
