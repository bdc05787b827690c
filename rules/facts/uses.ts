// The uses writers name for a prescription medicine: a treatment area or
// purpose, in the words clinic pages use ("crow's feet", "jaw slimming",
// "lip flip"). This is vocabulary, not a fact: which uses FDA approved for a
// product is in its indications (./products.ts, each sourced), tagged with
// these ids. A use no indication of a product covers, on a label recorded
// whole, is off-label for it.
import type { ProductKind } from './types.js';

export interface TreatmentUse {
  readonly id: string;
  /** Plain name, as a message shows it ("crow's feet"). */
  readonly name: string;
  /** The kinds of product the words name a use of. */
  readonly kinds: readonly ProductKind[];
  /** How writers name it. Compared by word key (case, spelling, inflection folded). */
  readonly terms: readonly string[];
}

const toxin: readonly ProductKind[] = ['botulinum-toxin'];
const fatInjection: readonly ProductKind[] = ['deoxycholic-acid-injection'];

export const treatmentUses: readonly TreatmentUse[] = [
  // ---- Uses on some toxin's US label --------------------------------------------
  {
    id: 'glabellar-lines',
    name: 'frown lines',
    kinds: toxin,
    terms: ['frown lines', 'frown line', 'glabellar lines', 'glabellar line', 'lines between the brows', 'lines between the eyebrows', 'lines between your brows', 'lines between your eyebrows'],
  },
  { id: 'lateral-canthal-lines', name: "crow's feet", kinds: toxin, terms: ["crow's feet", 'crows feet', "crow's-feet", 'lateral canthal lines'] },
  { id: 'forehead-lines', name: 'forehead lines', kinds: toxin, terms: ['forehead lines', 'forehead line', 'forehead wrinkles', 'horizontal forehead lines', 'worry lines'] },
  { id: 'platysma-bands', name: 'neck bands', kinds: toxin, terms: ['neck bands', 'platysma bands', 'platysmal bands', 'vertical neck bands'] },
  {
    id: 'axillary-hyperhidrosis',
    name: 'underarm sweating',
    kinds: toxin,
    // Sweating named without a place is read as the labelled underarm use.
    terms: ['underarm sweating', 'armpit sweating', 'axillary hyperhidrosis', 'hyperhidrosis', 'excessive sweating', 'heavy sweating'],
  },
  { id: 'chronic-migraine', name: 'chronic migraine', kinds: toxin, terms: ['migraine', 'migraines', 'chronic migraine', 'chronic migraines'] },
  { id: 'overactive-bladder', name: 'overactive bladder', kinds: toxin, terms: ['overactive bladder', 'bladder leakage', 'urinary incontinence'] },
  { id: 'cervical-dystonia', name: 'cervical dystonia', kinds: toxin, terms: ['cervical dystonia', 'spasmodic torticollis'] },
  { id: 'spasticity', name: 'spasticity', kinds: toxin, terms: ['spasticity', 'limb spasticity', 'muscle spasticity'] },
  { id: 'blepharospasm', name: 'blepharospasm', kinds: toxin, terms: ['blepharospasm', 'eyelid spasms', 'eyelid spasm'] },
  { id: 'strabismus', name: 'strabismus', kinds: toxin, terms: ['strabismus', 'crossed eyes'] },
  { id: 'sialorrhea', name: 'drooling (sialorrhea)', kinds: toxin, terms: ['sialorrhea', 'sialorrhoea', 'excessive drooling', 'drooling'] },

  // ---- Uses no toxin's US label covers ----------------------------------------------
  {
    id: 'masseter',
    name: 'jaw slimming',
    kinds: toxin,
    terms: ['jaw slimming', 'jawline slimming', 'face slimming', 'facial slimming', 'slimmer jaw', 'slimmer jawline', 'masseter', 'masseters', 'masseter muscles', 'masseter reduction'],
  },
  { id: 'bruxism', name: 'teeth grinding and jaw clenching', kinds: toxin, terms: ['teeth grinding', 'tooth grinding', 'grinding your teeth', 'bruxism', 'jaw clenching', 'tmj', 'tmj pain'] },
  { id: 'lip-flip', name: 'a lip flip', kinds: toxin, terms: ['lip flip', 'lip flips'] },
  { id: 'gummy-smile', name: 'a gummy smile', kinds: toxin, terms: ['gummy smile', 'gummy smiles'] },
  { id: 'bunny-lines', name: 'bunny lines', kinds: toxin, terms: ['bunny lines', 'bunny line', 'nose wrinkles'] },
  { id: 'chin-dimpling', name: 'a dimpled chin', kinds: toxin, terms: ['dimpled chin', 'chin dimpling', 'orange peel chin', 'pebbled chin', 'pebble chin', 'cobblestone chin'] },
  { id: 'brow-lift', name: 'a brow lift', kinds: toxin, terms: ['brow lift', 'eyebrow lift', 'brow lifts', 'lifting the brows'] },
  { id: 'lip-lines', name: "smoker's lines", kinds: toxin, terms: ["smoker's lines", 'smokers lines', 'lip lines', 'barcode lines'] },
  { id: 'mouth-corners', name: 'downturned mouth corners', kinds: toxin, terms: ['downturned mouth', 'mouth corners', 'corners of the mouth', 'downturned corners'] },
  { id: 'neck-lines', name: 'horizontal neck lines', kinds: toxin, terms: ['neck lines', 'necklace lines', 'horizontal neck lines', 'neck wrinkles'] },
  { id: 'trapezius', name: 'shoulder slimming', kinds: toxin, terms: ['trap tox', 'traptox', 'trapezius', 'shoulder slimming'] },
  { id: 'hand-foot-sweating', name: 'sweaty palms or feet', kinds: toxin, terms: ['sweaty palms', 'sweaty hands', 'palm sweating', 'palmar hyperhidrosis', 'sweaty feet', 'foot sweating', 'plantar hyperhidrosis', 'scalp sweating'] },
  { id: 'under-eye', name: 'under-eye lines', kinds: toxin, terms: ['under-eye lines', 'under eye lines', 'under-eye wrinkles', 'under eye wrinkles'] },
  { id: 'chest-lines', name: 'chest lines', kinds: toxin, terms: ['chest wrinkles', 'chest lines', 'décolletage lines', 'decollete lines'] },

  // ---- Fat-dissolving injection -------------------------------------------------------
  {
    id: 'submental-fat',
    name: 'fat under the chin',
    // A toxin named for a double chin is named for a use none of them has.
    kinds: [...fatInjection, ...toxin],
    terms: ['double chin', 'double chins', 'submental fat', 'submental fullness', 'fat under the chin', 'under-chin fat'],
  },
  { id: 'jowls', name: 'jowls', kinds: fatInjection, terms: ['jowls', 'jowl fat'] },
  {
    id: 'body-fat',
    name: 'fat on the body',
    kinds: fatInjection,
    terms: ['bra fat', 'bra line fat', 'bra rolls', 'underarm fat', 'arm fat', 'belly fat', 'stomach fat', 'love handles', 'muffin top', 'knee fat', 'back fat', 'thigh fat', 'banana rolls'],
  },
];

const byId = new Map(treatmentUses.map((u) => [u.id, u]));

export function getUse(id: string): TreatmentUse | undefined {
  return byId.get(id);
}
