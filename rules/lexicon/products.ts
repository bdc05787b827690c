// Named medicines and regulated products.
import type { WordList } from '../../src/match/matcher.js';

/** Prescription-only medicines and their indirect names (CAP 12.12; Human
 * Medicines Regulations 2012). Brand names are facts, listed as regulators do. */
export const prescriptionMedicine: WordList = {
  id: 'prescription-medicine',
  description: 'Prescription-only medicines promoted in aesthetics.',
  entries: [
    'botox', 'botulinum', 'botulinum toxin', 'botulinum toxin a', 'botulin', 'botulin toxin', 'vistabel', 'dysport',
    'azzalure', 'bocouture', 'xeomin', 'letybo', 'relfydess', 'alluzience', 'jeuveau', 'daxxify', 'neuromodulator',
    'neurotoxin', 'anti-wrinkle injection', 'anti-wrinkle injections', 'anti wrinkle injections', 'anti-wrinkle treatment',
    'anti-wrinkle treatments', 'anti-wrinkle toxin', 'wrinkle-relaxing injection', 'wrinkle relaxing injection',
    'wrinkle-relaxing treatment', 'line-relaxing injection', 'line relaxing injection', 'muscle-relaxing injection',
    'muscle relaxing injection', 'fat-dissolving injection', 'fat dissolving injection', 'aqualyx', 'kybella', 'belkyra',
    'kenalog', 'sclerotherapy', 'hyaluronidase', 'tretinoin', 'retin-a', 'hydroquinone', 'isotretinoin', 'roaccutane',
    'accutane', 'finasteride', 'semaglutide', 'ozempic', 'wegovy', 'mounjaro', 'tirzepatide', 'saxenda', 'liraglutide',
    'toxin injection', 'toxin injections', 'toxin treatment', 'toxin treatments', 'toxin and filler', 'toxin and fillers',
    'baby botox', 'brotox', 'lip flip',
    // The indirect names clinics use: a wrinkle injection is a toxin, a hay
    // fever injection or allergy jab a steroid (triamcinolone, Kenalog), an
    // injection lipolysis a deoxycholic acid product; all prescription-only.
    'wrinkle injection', 'wrinkle injections', 'anti-wrinkle injectable', 'anti-wrinkle injectables', 'anti wrinkle injectables',
    'hay fever injection', 'hay fever injections', 'hayfever injection', 'hayfever injections', 'hay fever jab', 'hay fever jabs',
    'hayfever jab', 'hayfever jabs', 'allergy jab', 'allergy jabs', 'injection lipolysis', 'lipolysis injection', 'lipolysis injections',
    // A clinic or injector named for the injections it gives names them too.
    'anti-wrinkle clinic', 'anti-wrinkle clinics', 'anti wrinkle clinic', 'anti wrinkle clinics', 'anti-wrinkle injector',
    'anti-wrinkle injectors', 'anti wrinkle injector', 'anti wrinkle injectors',
  ],
};

/** Regulators and official bodies whose approval a claim may invoke. */
export const authority: WordList = {
  id: 'authority',
  description: 'Regulators and official bodies.',
  entries: [
    'fda', 'u.s. fda', 'us fda', 'food and drug administration', 'mhra', 'ema', 'european medicines agency',
    'health canada', 'tga', 'nhs', 'the fda', 'the mhra', 'the ema', 'government', 'the government', 'eu', 'european union',
  ],
};

/** Phrases that present a person's or body's backing as an endorsement (rulebook 6.7; FTC
 * Endorsement Guides 16 CFR 255: celebrity use; ASA: membership presented as endorsement). */
export const endorsementByUse: WordList = {
  id: 'endorsement-by-use',
  description: 'Endorsement by use or affiliation: a person who "swears by" it, membership of a professional or research body shown as backing (rulebook 6.7; 16 CFR 255).',
  entries: [
    'swears by', 'swear by', 'swore by', 'sworn by', 'celebrity approved', 'celebrity-approved',
  ],
};

/** Professional and research bodies whose membership copy shows as backing (ASA: a membership
 * presented as endorsing the treatment misleads when the body does not). */
export const professionalBody: WordList = {
  id: 'professional-body',
  description: 'Kinds of professional, scientific or trade body (rulebook 6.7; ASA rulings on memberships presented as endorsement).',
  entries: ['society', 'association', 'academy', 'college', 'federation', 'institute', 'council', 'board', 'guild', 'foundation'],
};

/** Experts whose endorsement a claim may invoke. */
export const expert: WordList = {
  id: 'expert',
  description: 'Experts invoked as endorsers.',
  entries: [
    'dermatologist', 'dermatologists', 'doctor', 'doctors', 'physician', 'physicians', 'surgeon', 'surgeons',
    'plastic surgeon', 'plastic surgeons', 'clinician', 'clinicians', 'experts', 'scientists', 'professionals',
    'skin experts', 'skincare experts', 'nurses', 'pharmacists', 'dentists', 'celebrities', 'the experts',
    'skin doctors', 'skin specialists', 'aesthetic doctors', 'cosmetic doctors', 'medical professionals', 'healthcare professionals',
  ],
};

/** What a muscle-relaxing toxin does, in the words clinics use to describe
 * it without naming it ("relaxes the muscles that cause frown lines"): with
 * muscles and expression lines in one sentence, an indirect name for a
 * prescription-only medicine (CAP 12.12; MHRA Blue Guide, indirect promotion). */
export const toxinAction: WordList = {
  id: 'toxin-action',
  description: 'Verbs for what a botulinum toxin does to muscles (relax, freeze, paralyse, weaken, block), used as indirect names for it.',
  entries: [
    'relax', 'relaxes', 'relaxed', 'relaxing', 'freeze', 'freezes', 'freezing', 'frozen', 'paralyse', 'paralyses', 'paralysing', 'paralyze',
    'paralyzes', 'paralyzing', 'weaken', 'weakens', 'weakening', 'retrain', 'retrains', 'retraining',
  ],
};

/** Lines that come from muscle movement, which a toxin is used for. */
export const expressionLine: WordList = {
  id: 'expression-line',
  description: 'Dynamic (expression) lines a botulinum toxin is used for: frown lines, crow\'s feet, forehead lines, creases, furrows.',
  entries: ['line', 'lines', 'wrinkle', 'wrinkles', 'crease', 'creases', 'furrow', 'furrows', "crow's feet", 'crows feet', 'frown lines', 'frown line'],
};
