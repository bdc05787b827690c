// What a claim is made for: the product forms and the services, places and
// people a brand or clinic offers. Patterns need them to tell an offer ("the
// best serum", "an eczema cream") from a textbook statement; the same nouns
// were repeated inline in several rules' patterns.
import type { WordList } from '../../src/match/matcher.js';
import { withSpellings } from './families.js';

/** Forms a cosmetic or medicine comes in ("eczema cream", "scar-erasing serum"). */
export const productForm: WordList = {
  id: 'product-form',
  description: 'Product forms (cosmetic and OTC dosage forms: serum, cream, balm, ointment, gel, drops, tablets, patch), as named in product names (rulebook 7.5).',
  entries: withSpellings([
    'serum', 'cream', 'balm', 'ointment', 'lotion', 'gel', 'oil', 'wash', 'face wash', 'cleanser', 'toner', 'mask', 'peel', 'spray', 'mist', 'drops', 'tablets',
    'capsules', 'supplement', 'patch', 'moisturiser', 'concentrate', 'complex', 'formula', 'ampoule', 'essence', 'shampoo', 'conditioner', 'scrub', 'kit',
    'device', 'pen', 'roller', 'tool', 'machine', 'app', 'range', 'collection', 'ingredient', 'active', 'product',
  ]),
};

/** Services, places and people that make an offer ("the best clinic in town"). */
export const offering: WordList = {
  id: 'offering',
  description: 'What a clinic or brand offers: treatments, procedures, places and practitioners (rulebook 6.9 comparisons of "the best [treatment/clinic]").',
  entries: withSpellings([
    'treatment', 'procedure', 'therapy', 'facial', 'session', 'course', 'programme', 'plan', 'package', 'service', 'care', 'skincare', 'option', 'choice',
    'solution', 'technology', 'system', 'method', 'approach', 'protocol', 'technique', 'clinic', 'salon', 'spa', 'studio', 'practice', 'centre', 'brand',
    'practitioner', 'specialist', 'injector', 'team', 'microneedling', 'surgery', 'operation',
  ]),
};

/** Aesthetic procedures by the names clinics advertise them under ("Microneedling for hair loss"). */
export const procedure: WordList = {
  id: 'procedure',
  description: 'Aesthetic and cosmetic procedures by their common names (rulebook 1.4, 4.2, 6.13): energy, needle, peel, light and injectable treatments.',
  entries: withSpellings([
    'microneedling', 'micro-needling', 'rf microneedling', 'collagen induction therapy', 'laser', 'laser treatment', 'laser therapy', 'laser resurfacing',
    'fractional laser', 'co2 laser', 'ipl', 'intense pulsed light', 'photofacial', 'photorejuvenation', 'bbl', 'chemical peel', 'peel', 'dermaplaning',
    'microdermabrasion', 'hydrafacial', 'prp', 'platelet-rich plasma', 'prf', 'exosomes', 'radiofrequency', 'radio frequency',
    'hifu', 'focused ultrasound', 'ultherapy', 'thermage', 'morpheus8', 'cryolipolysis', 'coolsculpting', 'fat freezing', 'led', 'led therapy',
    'red light therapy', 'light therapy', 'photodynamic therapy', 'injections', 'injectable', 'dermal filler', 'filler',
    'skin booster', 'profhilo', 'sculptra', 'mesotherapy', 'electrolysis', 'laser hair removal', 'sclerotherapy', 'body sculpting',
    'body contouring', 'lymphatic drainage', 'facial massage', 'cupping', 'acupuncture', 'tattoo removal', 'plasma pen', 'fibroblast therapy',
  ]),
};

/** What an offer is: a product, a service or a procedure. */
export const offer: WordList = {
  id: 'offer',
  description: 'Anything a brand or clinic offers: product forms, services and procedures (rulebook 6.9, 7.5: what a claim is made for).',
  entries: ['{product-form}', '{offering}', '{procedure}'],
};

/** Treatments that break the skin with a needle or cannula: where one is named,
 * "minimally invasive" is the honest word for a procedure copy calls
 * non-invasive (ASA rulings on "non-invasive" injectables and threads). */
export const needleTreatment: WordList = {
  id: 'needle-treatment',
  description: 'Treatments given with a needle or cannula (injections, fillers, toxin, threads, microneedling, PRP, mesotherapy): "minimally invasive", not "non-invasive" (ASA rulings on "non-invasive" injectables and thread lifts).',
  entries: withSpellings([
    'needle', 'microneedling', 'micro-needling', 'injection', 'injectable', 'inject', 'filler', 'toxin', 'botox', 'thread lift', 'threads', 'prp',
    'mesotherapy', 'cannula', 'dermapen', 'skinpen',
  ]),
};
