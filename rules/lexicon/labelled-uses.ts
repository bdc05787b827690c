// Medicines whose whole US label is recorded, and the uses writers name for
// them, both read from the product facts (rules/facts), so a product or use
// added there is matched without a second list to keep.
import type { WordList } from '../../src/match/matcher.js';
import { productNames } from '../facts/lookup.js';
import { treatmentUses } from '../facts/uses.js';

/** Prescription medicines with their whole US label on record (toxins, deoxycholic acid). */
export const labelledMedicine: WordList = {
  id: 'labelled-medicine',
  description: 'Prescription medicines whose whole US label is recorded in the product facts, by every name writers use.',
  entries: productNames((p) => p.us?.wholeLabel !== undefined)
    .filter((n) => n.type === 'product' && !n.ambiguous)
    .map((n) => ({ phrase: n.name, product: n.id })),
};

/** Treatment areas and purposes writers name for those medicines; `use` is the use's id. */
export const treatmentUse: WordList = {
  id: 'treatment-use',
  description: 'Uses writers name for a toxin or a fat-dissolving injection ("crow\'s feet", "jaw slimming", "lip flip"), each tagged with its use.',
  entries: treatmentUses.flatMap((u) => u.terms.map((phrase) => ({ phrase, use: u.id }))),
};
