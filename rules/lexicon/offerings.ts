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
    'practitioner', 'specialist', 'injector', 'team', 'microneedling',
  ]),
};
