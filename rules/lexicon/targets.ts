// What claims act on, as the rules ask for it: each list here gathers the
// vocabularies of conditions.ts, body.ts, actions.ts and the older lists of
// concerns.ts and verbs.ts, so a pattern names one list per role.
import type { WordList } from '../../src/match/matcher.js';
import { conditionAmbiguous } from './conditions.js';

/** Diseases, injuries and medical conditions: a cosmetic may not claim to act on them (rulebook 6.1). */
export const medicalCondition: WordList = {
  id: 'medical-condition',
  description: 'Every disease and medical condition: the ICD-10/MeSH condition lists and the rulebook\'s named diseases (rulebook 6.1).',
  entries: [
    '{disease}', '{condition}', 'inflammation', 'skin inflammation', 'ulceration', 'fissure', 'hay fever', 'hayfever', 'allergies',
    // The generic names writers give conditions: "great for skin issues like rosacea".
    'skin problem', 'skin issue', 'skin complaint', 'skin trouble', 'problem skin', 'troubled skin', 'pigmentation issue', 'scalp problem', 'scalp issue',
  ],
};

/** Conditions the rulebook treats as medical in some wordings and as appearance in others:
 * treating, curing or healing them is a disease claim; reducing them an absolute one. */
export const borderlineCondition: WordList = {
  id: 'borderline-condition',
  description: 'Conditions that are an appearance concern or a disease depending on the wording (rulebook 6.1, 6.3; see condition-ambiguous).',
  entries: ['{condition-ambiguous}'],
};

/** Signs a condition shows: the ICD-10 symptoms and the visible signs copy names
 * ("the redness of rosacea", "flare-ups caused by eczema"). Tied to a named
 * condition, acting on them is acting on the condition (rulebook 6.1); alone,
 * "redness" is an appearance concern. */
export const conditionSign: WordList = {
  id: 'condition-sign',
  description: 'Symptoms and visible signs of a condition, for claims that tie them to it (rulebook 6.1: "reduces the redness associated with rosacea").',
  entries: ['{symptom-sign}', 'redness', 'flushing', 'blushing', 'flare-up', 'flare', 'breakout', 'bump', 'blotchiness', 'visible vessels', 'visible veins', 'spots', 'lesions'],
};

/** Verbs of shielding: "protect ... from", "defend ... against" a condition (rulebook 6.1: prevention). */
export const protectVerb: WordList = {
  id: 'protect-verb',
  description: 'Verbs of shielding the body from a condition; with a condition after "from" or "against", a claim to prevent it (rulebook 6.1).',
  entries: ['protect', 'shield', 'defend', 'guard', 'safeguard'],
};

/** Verbs that say a product treats: the strong therapeutic ones and the broader fight/clear/prevent family. */
export const therapeuticAction: WordList = {
  id: 'therapeutic-action',
  description: 'Verbs of treating, curing, relieving, preventing or fighting a condition (rulebook 6.1).',
  entries: ['{treat-verb}', '{therapeutic-verb}', 'help with', 'deal with', 'address', 'protect from', 'lower the risk of', 'reduce the risk of', 'cut the risk of'],
};

/** Body structures and processes a cosmetic may not claim to change (rulebook 6.2). */
export const bodyTarget: WordList = {
  id: 'body-target',
  description: 'Body structures and physiological processes (rulebook 6.2): the older structure list and the MeSH-based body lists.',
  entries: [
    '{structure}', '{body-skin-layer}', '{body-cell-matrix}', '{body-pigment}', '{body-hair}', '{body-gland}', '{body-fat-muscle}', '{body-circulation}', '{body-system}', '{body-process}',
    // Properties of tissue that only a change of structure alters (ASA: "improves skin's elasticity").
    'elasticity', 'skin elasticity', 'elastin fibres', 'hair thickness', 'lash length', 'eyelash length', 'lash density', 'eyelash density', 'hair density',
    'regenerative process', 'regenerative processes', 'repair mechanism', 'repair mechanisms', 'repair mode', 'growth factors', 'stem cells',
    'healing compounds', 'cellular signals', 'muscle recovery', 'fat volume', 'fat cell membrane', 'fat cell membranes', 'lymph', 'lymph circulation',
    'scar tissue', 'fibrous tissue',
    // Healing as the body's process (MeSH G16 Wound Healing): only with a verb that acts on it
    // ("speeds healing", "supercharges healing"); "healing time" on its own says nothing.
    'healing', 'natural healing', 'healing response', 'natural healing response',
  ],
};

/** Verbs that act on body structures and processes. */
export const bodyAction: WordList = {
  id: 'body-action',
  description: 'Verbs that change a body structure or process (rulebook 6.2).',
  entries: ['{physio-verb}', '{process-verb}', 'support', 'aid', 'disrupt', 'supercharge', 'train', 'maintain', 'oxygenate', 'work on', 'act on', 'kick into', 'churn out', 'break up', 'break down'],
};

/** Restoring hair growth: a drug claim in the US (rulebook 1.1: "restore hair growth"). */
export const hairRegrowth: WordList = {
  id: 'hair-regrowth',
  description: 'Claims to restore or regrow hair (rulebook 1.1, FDA: "restore hair growth", "hair restoration").',
  entries: [
    'hair regrowth', 'regrowth of hair', 'regrow hair', 'hair restoration', 'restore hair', 'restore hair growth', 'restores hair growth',
    'hair loss prevention', 'prevent hair loss', 'stop hair loss', 'reverse hair loss', 'thicker hair', 'fuller hair', 'denser hair',
    'new hair growth', 'grow new hair', 'eyelash growth', 'lash growth', 'brow growth', 'eyebrow growth',
  ],
};

/** Words that make a statement about the body a textbook one: what the body
 * does by itself, or with age, not what the offer does to it. */
export const textbookMarker: WordList = {
  id: 'textbook-marker',
  description: 'Markers of an explanatory statement about the body, not a claim for a product (rulebook 7.6 scope: "collagen is a protein").',
  entries: [
    'as we age', 'as you age', 'with age', 'with ageing', 'over the years', 'naturally occurring', 'plays a role', 'play a role', 'plays a key role',
    'plays a crucial role', 'plays an important role', 'is responsible for', 'are responsible for', 'is a protein', 'is a type of', 'is found in',
    'are found in', 'is made of', 'are made of', 'declines', 'decline', 'slows down', 'starts to slow', 'begins to slow', 'decreases with', 'diminishes with',
    'breaks down over time', 'is produced by', 'are produced by', 'in our bodies', 'in the human body', 'important for', 'essential for', 'vital for', 'a type of',
    // The body's own course, by age: "collagen production naturally slows after our mid-twenties".
    'renew every', 'renews every', 'are replaced every', 'is replaced every', 'shed every', 'turn over every', 'roughly every', 'about every',
    'every 28 days', 'in young adults', 'in older adults',
    'naturally slows', 'naturally declines', 'naturally decreases', 'naturally diminishes', 'after the age of', 'by the age of', 'from the age of',
    'our twenties', 'our thirties', 'our mid-twenties', 'our mid-thirties', 'your twenties', 'your thirties', 'your mid-twenties',
    // What a condition is: "acne is a common skin condition involving blocked follicles".
    'is a common', 'is a condition', 'is a skin condition', 'is a chronic', 'is caused by', 'are caused by', 'occurs when', 'occur when', 'happens when', 'develops when',
  ],
};

// Codes of the borderline conditions where a reduction claim is itself a drug
// claim in the US: stretch marks and cellulite (FDA: "stretch mark reduction",
// "cellulite reduction"), pigmentation (acting on melanin), spider veins
// (FDA: "treat varicose veins"), dandruff and thinning hair (FDA: "dandruff
// treatment", "hair restoration"). Scars, sun damage and the rest are
// appearance concerns when reduced: "reduce scars" is absolute (rulebook 6.3).
const DRUG_WHEN_REDUCED = new Set(['L90.6', 'no ICD-10 code (MeSH Cellulite)', 'L81.4', 'I78.1, I78.8', 'L21.0', 'L65']);

/** Borderline conditions whose reduction is a drug claim (rulebook 1.1, 1.2, 6.1). */
export const drugWhenReduced: WordList = {
  id: 'drug-when-reduced',
  description: 'Borderline conditions whose reduction is a drug claim in the US: stretch marks, cellulite, hyperpigmentation and age spots, spider veins, dandruff, thinning hair (rulebook 1.1, 1.2, 6.1).',
  entries: conditionAmbiguous.entries.filter((e) => typeof e !== 'string' && DRUG_WHEN_REDUCED.has(e['code'] ?? '')),
};

/** Claims to heal wounds or speed healing (rulebook 1.2: "help activate wound healing"; 6.1). */
export const healingClaim: WordList = {
  id: 'healing-claim',
  description: 'Wound-healing claims (rulebook 1.2 FDA warning letters: "help activate wound healing"; 6.1 triggers: wound healing).',
  entries: ['wound healing', 'wound-healing', 'medical-grade results', 'speed healing', 'speeds healing', 'accelerate healing', 'accelerates healing', 'faster healing', 'heal faster'],
};
