// The word groups rule patterns need at one place each, with no broader list
// holding exactly their words. Each list is what one or two patterns of one
// rule wrote inline before: the same words in the same order, so matching is
// as it was (an entry's first spelling is the one a capture reports). Many are
// near relatives of a family list in claim-strength.ts or actions.ts, kept
// apart on purpose: swapping in the larger family would change what matches.
// Widening a pattern's vocabulary is a rule change, made by pointing the
// pattern at a family list and measuring it with `npm run eval`.
//
// tests/unit/inline-groups.test.ts keeps new long groups out of patterns.
import type { WordList } from '../../src/match/matcher.js';

// ---------------------------------------------------------------------------
// disease-therapeutic

export const reliefGivingVerb: WordList = {
  id: 'relief-giving-verb',
  description: 'Verbs that hand the reader relief or a cure ("find relief", "gives relief"), before a therapeutic noun.',
  entries: [
    'find', 'get', 'bring', 'give', 'gives', 'provide', 'offer', 'offers',
  ],
};

export const enoughOfPhrase: WordList = {
  id: 'enough-of-phrase',
  description: 'Phrases of being done with a problem ("tired of", "say goodbye to", "no more"), before a condition the product ends.',
  entries: [
    'put up with', 'tired of', 'fed up with', 'sick of', 'done with', 'say goodbye to', 'goodbye to', 'no more', 'end your',
  ],
};

export const causationVerb: WordList = {
  id: 'causation-verb',
  description: 'Verbs saying what causes or brings on a condition ("causes", "triggers", "produces").',
  entries: [
    'causes', 'cause', 'brings', 'bring', 'triggers', 'trigger', 'produces', 'produce',
  ],
};

export const symptomTreatVerb: WordList = {
  id: 'symptom-treat-verb',
  description: 'Verbs of treating a symptom (treat, cure, heal, relieve, alleviate, remedy, soothe), captured as the claim\'s verb.',
  entries: [
    'treat', 'cure', 'heal', 'relieve', 'alleviate', 'remedy', 'soothe',
  ],
};

/** A question that asks the reader about a condition, which the next
 * sentence may answer with the offer ("Do you have eczema? Our cream can help."). */
export const conditionQuestion: WordList = {
  id: 'condition-question',
  description: 'Questions that ask the reader whether they have a condition (do you have, do you suffer from, are you living with).',
  entries: [
    'do you have', 'have you got', 'do you suffer from', 'do you suffer with', 'do you struggle with', 'are you struggling with', 'are you suffering from',
    'are you living with', 'are you dealing with', 'are you bothered by', 'tired of',
  ],
};

/** What sufferers of a condition are said to see after the offer ("new growth", "clearer skin"). */
export const sufferResult: WordList = {
  id: 'sufferer-result',
  description: 'Results sufferers of a condition are said to see or report (new growth, fewer flares, clearer, calmer, relief, a difference).',
  entries: [
    'new growth', 'regrowth', 'fewer', 'less', 'clearer', 'calmer', 'smoother', 'softer', 'results', 'improvement', 'improvements', 'relief',
    'a difference', 'visible', 'real',
  ],
};

export const livingWithPhrase: WordList = {
  id: 'living-with-phrase',
  description: 'How a reader is said to have a condition (experiencing, living with, battling, struggling with, prone to).',
  entries: [
    'experiencing', 'experience', 'experiences', 'living with', 'battling', 'struggling with', 'prone to',
  ],
};

export const injuredSkinDeterminer: WordList = {
  id: 'injured-skin-determiner',
  description: 'Words between "heal" and the skin or wound it heals (the, your, damaged, broken, injured, irritated).',
  entries: [
    'the', 'your', 'damaged', 'broken', 'injured', 'irritated',
  ],
};

export const causedByPhrase: WordList = {
  id: 'caused-by-phrase',
  description: 'Links from a symptom to the condition behind it (associated with, caused by, linked to, due to).',
  entries: [
    'associated with', 'caused by', 'linked to', 'due to', 'from', 'of',
  ],
};

// ---------------------------------------------------------------------------
// structure-function

export const beOrGetForm: WordList = {
  id: 'be-or-get-form',
  description: 'Forms of "be" and "get" before a participle (a structure/function change done to the body).',
  entries: [
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets',
  ],
};

export const rebuildVerb: WordList = {
  id: 'rebuild-verb',
  description: 'Verbs of rebuilding the skin\'s structure (repair, regenerate, remodel, renew), captured as the claim\'s verb.',
  entries: [
    'repair', 'regenerate', 'rebuild', 'reconstruct', 'restructure', 'reactivate', 'remodel', 'regenerating', 'renew',
  ],
};

export const activePrincipleNoun: WordList = {
  id: 'active-principle-noun',
  description: 'What a "regenerative" or "rejuvenating" claim is made of (technology, compounds, properties, therapy, effect).',
  entries: [
    'technology', 'compounds', 'potential', 'processes', 'process', 'medicine', 'treatment', 'therapy', 'power', 'properties', 'effect',
  ],
};

export const shrinkDissolveVerb: WordList = {
  id: 'shrink-dissolve-verb',
  description: 'Forms of shrink, dissolve and destroy: what a product is said to do to fat or fat cells.',
  entries: [
    'shrinking', 'shrink', 'shrinks', 'dissolving', 'dissolve', 'dissolves', 'destroy', 'destroys', 'destroying',
  ],
};

export const ageingReversalVerb: WordList = {
  id: 'ageing-reversal-verb',
  description: 'Verbs of stopping or reversing ageing (reverse, stop, halt, slow down, turn back), captured as the verb.',
  entries: [
    'reverse', 'stop', 'halt', 'slow', 'slow down', 'turn back',
  ],
};

export const rebuiltSkinOrItself: WordList = {
  id: 'rebuilt-skin-or-itself',
  description: 'What a rebuilding verb acts on (skin, damaged skin, structural damage, skin tissue, itself), captured as skin.',
  entries: [
    'skin', 'damaged skin', 'damage', 'skin damage', 'structural damage', 'skin tissue', 'itself',
  ],
};

export const rebuildVerbBase: WordList = {
  id: 'rebuild-verb-base',
  description: 'Base forms of rebuilding verbs (repair, regenerate, rebuild, reconstruct, restructure, reactivate, remodel), captured as the verb.',
  entries: [
    'repair', 'regenerate', 'rebuild', 'reconstruct', 'restructure', 'reactivate', 'remodel',
  ],
};

export const rebuiltSkin: WordList = {
  id: 'rebuilt-skin',
  description: 'What a rebuilding verb acts on (skin, damaged skin, structural damage, skin tissue), captured as skin.',
  entries: [
    'skin', 'damaged skin', 'damage', 'skin damage', 'structural damage', 'skin tissue',
  ],
};

/** Where an action is said to reach below the look of the skin (rulebook 6.2:
 * acting on cells and tissue): "at a cellular level", "from the inside out". */
export const belowSurfacePhrase: WordList = {
  id: 'below-surface-phrase',
  description: 'Where a renewal is said to act below the look of the skin (at a cellular level, from within, from the inside out, beneath the surface).',
  entries: [
    'at a cellular level', 'at the cellular level', 'on a cellular level', 'at a deep cellular level', 'at a deeper level', 'from within', 'from deep within',
    'from the inside out', 'from the inside', 'beneath the surface', 'below the surface', 'under the surface',
  ],
};

/** Verbs of renewal that act on the body when said to reach below the surface. */
export const renewalVerb: WordList = {
  id: 'renewal-verb',
  description: 'Verbs of renewal that claim a body change when they act below the surface (rejuvenate, renew, repair, regenerate, rebuild, remodel).',
  entries: ['rejuvenate', 'renew', 'repair', 'regenerate', 'rebuild', 'remodel', 'restore', 'revitalise', 'revitalize', 'heal', 'transform', 'work', 'act'],
};

export const deepLayerWord: WordList = {
  id: 'deep-layer-word',
  description: 'How deep a product is said to penetrate (deep, deeply, dermis, deeper layers, tissue).',
  entries: [
    'deep', 'deeper', 'deeply', 'dermis', 'deeper layers', 'deep layers', 'tissue',
  ],
};

export const muscleRelaxVerb: WordList = {
  id: 'muscle-relax-verb',
  description: 'Verbs of relaxing or freezing muscles (relax, freeze, paralyse), captured as the verb: a Botox-like action.',
  entries: [
    'relax', 'relaxes', 'relaxing', 'freeze', 'freezes', 'paralyse', 'paralyze',
  ],
};

export const tissueRenewalVerb: WordList = {
  id: 'tissue-renewal-verb',
  description: 'What new cells or collagen are said to do (replace, form, grow).',
  entries: [
    'replace', 'replaces', 'form', 'forms', 'grow', 'grows',
  ],
};

// ---------------------------------------------------------------------------
// permanence

export const comeBackVerb: WordList = {
  id: 'come-back-verb',
  description: 'What a treated concern is said never to do again (come back, grow back, wear off, need another).',
  entries: [
    'come back', 'return', 'grow back', 'reappear', 'need another', 'fade', 'wear off', 'go away',
  ],
};

export const lastingBenefitNoun: WordList = {
  id: 'lasting-benefit-noun',
  description: 'Nouns a permanence word goes with (results, effects, benefits, improvement, change).',
  entries: [
    'results', 'result', 'effects', 'effect', 'smoothness', 'solution', 'confidence', 'benefits', 'improvement', 'change', 'reduction',
  ],
};

/** Adjectives of lasting before the noun they promise lasts ("lasting results"). */
export const lastingAdjective: WordList = {
  id: 'lasting-adjective',
  description: 'Adjectives that say a result lasts (lasting, long-lasting), captured as the trigger.',
  entries: [
    // Exact: "lasting" folds to the key of "last", and "the last change" or
    // "last-minute changes" say when, not for how long.
    { phrase: 'lasting', exact: 'yes' }, 'long-lasting', 'long lasting', 'longlasting',
  ],
};

/** Words that describe a concern's look, joined in pairs before it ("brown
 * and red spots", "fine and deep lines", "age and sun spots"): the pair is
 * one object, and a verb before it acts on the concern. */
export const concernDescriptor: WordList = {
  id: 'concern-descriptor',
  description: 'Colours, depths, sizes and kinds that describe a concern, joined in pairs before it (brown and red spots, fine and deep lines).',
  entries: [
    'red', 'brown', 'dark', 'light', 'white', 'pink', 'purple', 'blue', 'grey', 'gray', 'black', 'yellow',
    'fine', 'deep', 'shallow', 'large', 'small', 'big', 'tiny', 'raised', 'flat', 'pitted', 'old', 'new', 'stubborn',
    'mild', 'moderate', 'severe', 'visible', 'superficial', 'surface', 'age', 'sun', 'puffy', 'dry', 'rough', 'uneven',
  ],
};

/** What a writer's own promise promises when it promises a result ("we
 * guarantee smoother skin", "I promise it works"); "clear pricing", "a smooth
 * booking" promise service. */
export const promisedLook: WordList = {
  id: 'promised-look',
  description: 'Results a writer may guarantee or promise: comparative looks (smoother, firmer, younger) and "results", "it works".',
  entries: [
    'smoother', 'firmer', 'tighter', 'brighter', 'younger', 'clearer', 'plumper', 'softer', 'slimmer', 'thicker', 'fuller', 'lifted',
    'results', 'result', 'it works', 'it will work', 'visible results', 'a difference',
  ],
};

export const permanenceNegator: WordList = {
  id: 'permanence-negator',
  description: 'Negations that make a permanence claim ("does not", "won\'t", "never" come back).',
  entries: [
    'does not', 'do not', 'doesn\'t', 'don\'t', 'won\'t', 'will not', 'never', 'cannot', 'can\'t',
  ],
};

export const permanenceTrigger: WordList = {
  id: 'permanence-trigger',
  description: 'Permanence words a claim rests on (permanent, forever, lifelong, everlasting), captured as the trigger.',
  entries: [
    'permanent', 'permanently', 'forever', 'lifelong', 'life-long', 'everlasting',
  ],
};

export const comeBackNegator: WordList = {
  id: 'come-back-negator',
  description: 'Negations before a verb of coming back (never, won\'t, don\'t, do not).',
  entries: [
    'never', 'won\'t', 'will not', 'wont', 'don\'t', 'do not',
  ],
};

export const regrowthNegator: WordList = {
  id: 'regrowth-negator',
  description: 'Negations before a verb of regrowing or returning (does not, doesn\'t, won\'t, never).',
  entries: [
    'does not', 'do not', 'doesn\'t', 'don\'t', 'won\'t', 'will not', 'never',
  ],
};

// ---------------------------------------------------------------------------
// authority-endorsement

export const expertEndorsementVerb: WordList = {
  id: 'expert-endorsement-verb',
  description: 'Participles an expert endorses or makes a product with (recommended, approved, tested, designed, favourite), captured as the verb.',
  entries: [
    'recommended', 'approved', 'endorsed', 'developed', 'tested', 'formulated', 'designed', 'created', 'trusted', 'preferred', 'favourite',
    'favorite',
  ],
};

export const expertBackedParticiple: WordList = {
  id: 'expert-backed-participle',
  description: 'Participles before an expert endorser ("recommended by", "formulated with", "loved by").',
  entries: [
    'recommended', 'approved', 'endorsed', 'developed', 'formulated', 'designed', 'created', 'trusted', 'used', 'loved', 'preferred',
  ],
};

export const approvalVerb: WordList = {
  id: 'approval-verb',
  description: 'Approval and registration words after an authority (approved, certified, registered, licensed, accredited), captured as the verb.',
  entries: [
    'approved', 'approval', 'certified', 'registered', 'endorsed', 'licensed', 'accredited',
  ],
};

export const expertStandingWord: WordList = {
  id: 'expert-standing-word',
  description: 'Words that rank the experts behind a product (leading, top, many, real, practising).',
  entries: [
    'leading', 'top', 'many', 'most', 'real', 'practising', 'practicing',
  ],
};

// ---------------------------------------------------------------------------
// absolute-guarantee

export const beOrGetPassiveAuxiliary: WordList = {
  id: 'be-or-get-passive-auxiliary',
  description: 'Auxiliaries of "be" and "get" before a removal participle ("are erased", "will be eliminated", "can be fixed").',
  entries: [
    'is', 'are', 'was', 'were', 'get', 'gets', 'got', 'will be', 'can be', 'be', 'been',
  ],
};

export const removalParticiple: WordList = {
  id: 'removal-participle',
  description: 'Participles of removal after a passive auxiliary (removed, erased, banished, wiped out, melted away).',
  entries: [
    'removed', 'eliminated', 'erased', 'banished', 'corrected', 'fixed', 'reversed', 'wiped out', 'melted away', 'dissolved',
  ],
};

export const beOrGetAuxiliary: WordList = {
  id: 'be-or-get-auxiliary',
  description: 'Auxiliaries of "be" and "get" before an absolute word and a reduction participle.',
  entries: [
    'is', 'are', 'was', 'were', 'get', 'gets', 'got', 'will be', 'be',
  ],
};

export const correctingParticiple: WordList = {
  id: 'correcting-participle',
  description: '-ing forms of correcting and reducing verbs ("correcting", "erasing", "smoothing") in a product\'s absolute promise, captured as passive.',
  entries: [
    'correcting', 'removing', 'erasing', 'eliminating', 'reducing', 'minimizing', 'banishing', 'busting', 'fighting', 'fading', 'diminishing',
    'clearing', 'smoothing', 'filling',
  ],
};

export const productOrActionNoun: WordList = {
  id: 'product-or-action-noun',
  description: 'Products and what they act with (serum, device, formula, technology, action, benefits): the subject of an absolute promise.',
  entries: [
    'serum', 'cream', 'formula', 'treatment', 'mask', 'gel', 'oil', 'balm', 'lotion', 'peel', 'facial', 'device', 'pen', 'patch', 'patches', 'drops',
    'complex', 'technology', 'system', 'ingredient', 'active', 'actives', 'moisturiser', 'moisturizer', 'concentrate', 'solution', 'therapy', 'laser',
    'power', 'action', 'benefits',
  ],
};

export const universalTargetNoun: WordList = {
  id: 'universal-target-noun',
  description: 'Skin types, scars, wrinkles and clients: what a claim says it works on every one of.',
  entries: [
    'skin types', 'skin type', 'scars', 'scar', 'skin tones', 'skin tone', 'wrinkles', 'clients', 'patients',
    // Bare "types" and "cases" are of skin only where the copy is about skin
    // ("a report that works for any inspection type").
    { phrase: 'cases', sense: 'skin-sense' }, { phrase: 'types', sense: 'skin-sense' },
  ],
};

export const vanishVerb: WordList = {
  id: 'vanish-verb',
  description: 'Verbs of a concern disappearing for good (disappear, vanish, be gone, clear up).',
  entries: [
    'disappear', 'vanish', 'fade away', 'go away', 'be erased', 'be removed', 'clear up', 'never come back', 'never return',
    // Gone, as a verb's complement ("are gone") or a headline's ("Wrinkles gone in weeks", "Eczema: gone").
    'gone', 'be gone', 'is gone', 'are gone',
    // Idioms of the same: "wrinkles are history", "dandruff is a thing of the past".
    'be history', 'is history', 'are history', 'be a thing of the past', 'is a thing of the past', 'are a thing of the past',
    'are things of the past', 'become a thing of the past', 'becomes a thing of the past',
  ],
};

/** A headline's verdict on a concern after its colon or dash: "Eczema: gone", "Breakouts — sorted". */
export const headlineVerdict: WordList = {
  id: 'headline-verdict',
  description: 'Verdicts a headline gives a concern after a colon or dash (gone, history, a thing of the past, solved, sorted, banished).',
  entries: [
    'gone', 'gone for good', 'history', 'a thing of the past', 'solved', 'sorted', 'fixed', 'banished', 'erased', 'eliminated', 'vanished', 'no more',
  ],
};

export const perfectedResultAdjective: WordList = {
  id: 'perfected-result-adjective',
  description: 'Comparatives and perfect results an absolute claim promises (smoother, younger, flawless, clearer).',
  entries: [
    'smoother', 'firmer', 'younger', 'flawless', 'perfect', 'clear', 'clearer', 'tighter', 'brighter',
  ],
};

export const concernFreeResult: WordList = {
  id: 'concern-free-result',
  description: '"-free" results promised as absolute (wrinkle-free, blemish-free, cellulite-free, fat-free).',
  entries: [
    'hair-free', 'wrinkle-free', 'line-free', 'blemish-free', 'scar-free', 'spot-free', 'cellulite-free', 'acne-free', 'fat-free',
  ],
};

export const everySkinKind: WordList = {
  id: 'every-skin-kind',
  description: 'Kinds of skin, hair and age a claim says suit everyone (skin types, skin tones, skin colours, ages).',
  entries: [
    'skin types', 'skin type', 'ages', 'skin tones', 'skin tone', 'skin shade', 'skin shades', 'skin colours', 'skin colors', 'skin conditions',
    'hair types',
  ],
};

export const reductionParticiple: WordList = {
  id: 'reduction-participle',
  description: 'Participles of reduction after a passive auxiliary (reduced, minimized, diminished, smoothed out, faded), captured as passive.',
  entries: [
    'reduced', 'minimized', 'diminished', 'lessened', 'improved', 'smoothed out', 'faded',
  ],
};

export const guaranteedOutcomeNoun: WordList = {
  id: 'guaranteed-outcome-noun',
  description: 'What is guaranteed (result, outcome, improvement, success).',
  entries: [
    'result', 'results', 'outcome', 'outcomes', 'improvement', 'success',
  ],
};

export const perfectResultAdjective: WordList = {
  id: 'perfect-result-adjective',
  description: 'Perfect and concern-free adjectives before skin or results (flawless, perfect, wrinkle-free, poreless).',
  entries: [
    'flawless', 'perfect', 'wrinkle-free', 'line-free', 'scar-free', 'blemish-free', 'poreless',
  ],
};

export const worksForEveryonePhrase: WordList = {
  id: 'works-for-everyone-phrase',
  description: 'Phrases promising results every time or for everyone (100 % effective, works every time, every single time).',
  entries: [
    '100 % effective', 'works for everyone', 'works on everyone', 'works every time', 'works for every', 'suitable results for all',
    'every single time',
  ],
};

export const concernFreeSubject: WordList = {
  id: 'concern-free-subject',
  description: 'What a "-free" result is said of (skin, face, body, complexion, you, results).',
  entries: [
    'skin', 'face', 'body', 'complexion', 'you', 'results',
  ],
};

export const worksOnAllWord: WordList = {
  id: 'works-on-all-word',
  description: 'Words of efficacy before "all" or "every" skin type (effective, treats, successful, works, results).',
  entries: [
    'effective', 'treat', 'treats', 'successful', 'works', 'work', 'results',
  ],
};

// ---------------------------------------------------------------------------
// unsubstantiated-proof

export const proofAdverb: WordList = {
  id: 'proof-adverb',
  description: 'Adverbs and nouns that say how a claim was proven (clinically, scientifically, laboratory, independently).',
  entries: [
    'clinically', 'scientifically', 'medically', 'dermatologically', 'laboratory', 'lab', 'independently', 'clinical',
  ],
};

export const provenThing: WordList = {
  id: 'proven-thing',
  description: 'What a proof verb is followed by ("proven to", "proven results", "proven formula", "proven efficacy").',
  entries: [
    'to', 'results', 'formula', 'technology', 'effective', 'treatment', 'method', 'ingredients', 'solution', 'efficacy',
  ],
};

export const proofSourceNoun: WordList = {
  id: 'proof-source-noun',
  description: 'Who or what is said to show a result (studies, research, trials, evidence, experts, doctors).',
  entries: [
    'studies', 'study', 'research', 'science', 'tests', 'trials', 'evidence', 'experts', 'scientists', 'doctors',
  ],
};

export const proofVerbForm: WordList = {
  id: 'proof-verb-form',
  description: 'Forms of show, prove, demonstrate and confirm after a proof source.',
  entries: [
    'show', 'shows', 'showed', 'shown', 'prove', 'proves', 'proved', 'proven', 'demonstrate', 'demonstrates', 'demonstrated', 'confirm', 'confirms',
    'confirmed',
  ],
};

export const measuredChangeWord: WordList = {
  id: 'measured-change-word',
  description: 'Changes a study is said to have found (decrease, improvement, fewer, smoother, younger).',
  entries: [
    'decrease', 'reduction', 'improvement', 'increase', 'less', 'more', 'fewer', 'smoother', 'firmer', 'reduced', 'improved', 'increased', 'younger',
    'brighter',
  ],
};

export const studyResultWord: WordList = {
  id: 'study-result-word',
  description: 'Results participants are said to have seen (fewer, reduced, smaller, no, visible).',
  entries: [
    'fewer', 'less', 'reduced', 'smaller', 'no', 'improved', 'reduction', 'decrease', 'lower', 'visible',
  ],
};

export const scienceBackedPhrase: WordList = {
  id: 'science-backed-phrase',
  description: 'Phrases that claim scientific backing (backed by science, clinically effective, medically approved).',
  entries: [
    'backed by science', 'science-backed', 'scientifically developed', 'scientifically formulated', 'clinical results', 'clinically effective',
    'clinically-effective', 'evidence-based results', 'medically approved',
  ],
};

export const measuredChangeVerb: WordList = {
  id: 'measured-change-verb',
  description: 'Verbs a study figure is said to measure ("boosts hydration by 60%", "reduces wrinkle depth by 35%").',
  entries: [
    'reduce', 'decrease', 'diminish', 'lessen', 'lower', 'cut', 'minimize', 'improve', 'increase', 'boost', 'raise', 'enhance',
    'lift', 'firm', 'tighten', 'smooth', 'plump', 'brighten', 'restore', 'strengthen', 'thicken',
  ],
};

export const measuredSkinTarget: WordList = {
  id: 'measured-skin-target',
  description: 'What a figure for the skin measures: its qualities and processes, and the concerns (rulebook 6.3, 6.8).',
  entries: [
    '{concern}', 'hydration', 'skin hydration', 'moisture', 'moisture levels', 'elasticity', 'firmness', 'radiance', 'smoothness',
    'plumpness', 'density', 'thickness', 'volume', 'collagen', 'elastin', 'collagen production', 'wrinkle depth', 'skin tone',
    'texture', 'brightness', 'luminosity', 'skin barrier', 'water loss', 'sebum', 'oil production', 'hair growth', 'hair density',
    'skin', 'complexion', 'hair', 'lashes', 'nails',
  ],
};

export const figureApproximator: WordList = {
  id: 'figure-approximator',
  description: 'Words that round a figure a result is measured by ("a reduction of about 20 percent").',
  entries: ['about', 'around', 'approximately', 'nearly', 'almost', 'over', 'more than', 'up to', 'roughly'],
};

export const studySawVerb: WordList = {
  id: 'study-saw-verb',
  description: 'Verbs of study participants seeing a result (saw, noticed, had, experienced, achieved).',
  entries: [
    'saw', 'see', 'noticed', 'had', 'experienced', 'got', 'achieved',
  ],
};

export const studyGainComparative: WordList = {
  id: 'study-gain-comparative',
  description: 'Comparatives a percentage of users is said to gain (longer, thicker, fuller, denser, more hydrated).',
  entries: [
    'longer', 'thicker', 'fuller', 'denser', 'more hydrated', 'younger',
  ],
};

export const evidenceSuggestVerb: WordList = {
  id: 'evidence-suggest-verb',
  description: 'Verbs of evidence suggesting a result (suggest, indicate, reveal).',
  entries: [
    'suggest', 'suggests', 'indicate', 'indicates', 'reveal', 'reveals',
  ],
};

export const customerChoiceVerb: WordList = {
  id: 'customer-choice-verb',
  description: 'Verbs of a number of customers choosing or trusting a product (chose, trust, love, recommend).',
  entries: [
    'chose', 'choose', 'trust', 'trusted', 'love', 'recommend',
  ],
};

// ---------------------------------------------------------------------------
// safety-no-risk

export const safeAndQuality: WordList = {
  id: 'safe-and-quality',
  description: 'What "safe and" or "safe," is paired with (effective, gentle, painless, natural, minimally).',
  entries: [
    'effective', 'gentle', 'painless', 'simple', 'easy', 'comfortable', 'natural', 'minimally',
  ],
};

export const safeIntensifier: WordList = {
  id: 'safe-intensifier',
  description: 'Words that make "safe" absolute or proven (totally, 100 %, guaranteed, always, proven).',
  entries: [
    'totally', 'completely', '100 %', 'perfectly', 'entirely', 'absolutely', 'fully', 'guaranteed', 'always', 'extremely', 'very', 'proven',
  ],
};

export const everyoneWord: WordList = {
  id: 'everyone-word',
  description: 'Who "safe for" is said to cover (everyone, all skin types, all ages).',
  entries: [
    'everyone', 'all', 'any', 'every', 'anyone', 'all skin types', 'all ages', 'everybody',
  ],
};

export const noHarmNoun: WordList = {
  id: 'no-harm-noun',
  description: 'Harms denied after "no" (side effects, downtime, recovery time, complications, tissue destruction).',
  entries: [
    'side effects', 'side-effects', 'side effect', 'risk', 'risks', 'downtime', 'down time', 'down-time', 'recovery time', 'pain', 'scarring',
    'complications', 'discomfort', 'damage', 'tissue destruction',
  ],
};

export const noRiskWord: WordList = {
  id: 'no-risk-word',
  description: 'Words that deny risk in themselves (risk-free, harmless, painless, non-invasive, damage-free), captured as the claim.',
  entries: [
    'risk-free', 'risk free', 'harmless', 'painless', 'pain-free', 'pain free', 'non-invasive', 'noninvasive', 'side-effect free', 'side-effect-free',
    'damage-free',
  ],
};

export const withoutHarmNoun: WordList = {
  id: 'without-harm-noun',
  description: 'Harms a treatment is said to come "without" (pain, scarring, downtime, side effects).',
  entries: [
    'pain', 'scarring', 'downtime', 'side effects', 'risk', 'risks', 'damage', 'discomfort',
  ],
};

export const harmNegator: WordList = {
  id: 'harm-negator',
  description: 'Negations before a harm verb ("won\'t damage", "cannot scar", "never irritate").',
  entries: [
    'won\'t', 'will not', 'wont', 'does not', 'doesn\'t', 'cannot', 'can\'t', 'never',
  ],
};

export const complicationNoun: WordList = {
  id: 'complication-noun',
  description: 'Complications said to be impossible or unheard of (complications, side effects, infections, reactions).',
  entries: [
    'complications', 'complication', 'side effects', 'side-effects', 'risks', 'risk', 'scarring', 'infection', 'infections', 'reactions', 'reaction',
  ],
};

export const complicationPlural: WordList = {
  id: 'complication-plural',
  description: 'Complications a product is said to make impossible (plural forms).',
  entries: [
    'complications', 'side effects', 'side-effects', 'risks', 'scarring', 'infection', 'infections', 'reactions',
  ],
};

export const safeCopula: WordList = {
  id: 'safe-copula',
  description: 'Forms of "be" before "safe" (is, are, being, it\'s).',
  entries: [
    'is', 'are', 'be', 'being', 'it\'s', 'its',
  ],
};

export const safeAndPairing: WordList = {
  id: 'safe-and-pairing',
  description: 'What "safe and" is paired with (effective, gentle, painless, simple, easy, comfortable, natural).',
  entries: [
    'effective', 'gentle', 'painless', 'simple', 'easy', 'comfortable', 'natural',
  ],
};

export const safeOptionNoun: WordList = {
  id: 'safe-option-noun',
  description: 'What "a safe" qualifies (treatment, procedure, option, method, alternative, choice).',
  entries: [
    'treatment', 'procedure', 'option', 'way', 'method', 'alternative', 'choice',
  ],
};

export const zeroHarmNoun: WordList = {
  id: 'zero-harm-noun',
  description: 'Harms a figure of zero is claimed for (downtime, risk, pain, side effects, infection rate).',
  entries: [
    'downtime', 'down time', 'risk', 'risks', 'pain', 'side effects', 'infection rate',
  ],
};

export const leftMarkNoun: WordList = {
  id: 'left-mark-noun',
  description: 'Marks a treatment is said to leave none of (scars, marks, trace, damage).',
  entries: [
    'scars', 'scar', 'marks', 'mark', 'trace', 'damage',
  ],
};

export const harmVerbBase: WordList = {
  id: 'harm-verb-base',
  description: 'Base forms of harm verbs after a negation (damage, hurt, harm, scar, burn, injure, irritate).',
  entries: [
    'damage', 'hurt', 'harm', 'scar', 'burn', 'injure', 'irritate',
  ],
};

export const suitableForKind: WordList = {
  id: 'suitable-for-kind',
  description: 'Kinds of skin and age "suitable for all" is said of (skin types, skin tones, ages).',
  entries: [
    'skin types', 'skin type', 'skin tones', 'skin tone', 'ages', 'age',
  ],
};

export const reactionNoun: WordList = {
  id: 'reaction-noun',
  description: 'Reactions said to have no chance of happening (reactions, side effects, complications, infection).',
  entries: [
    'reaction', 'reactions', 'side effects', 'complications', 'scarring', 'infection', 'damage',
  ],
};

export const sparedTissueNoun: WordList = {
  id: 'spared-tissue-noun',
  description: 'Tissue a treatment is said not to harm (nerves, blood vessels, muscles, skin, surrounding).',
  entries: [
    'nerve', 'nerves', 'blood vessels', 'muscles', 'skin', 'tissue', 'surrounding',
  ],
};

// ---------------------------------------------------------------------------
// speed-instant

export const speedyResultNoun: WordList = {
  id: 'speedy-result-noun',
  description: 'Results and effects a speed word qualifies (results, lift, glow, hydration, firmness, coverage).',
  entries: [
    'results', 'result', 'lift', 'lifting', 'glow', 'radiance', 'hydration', 'plumping', 'brightening', 'smoothing', 'tightening', 'facelift',
    'boost', 'relief', 'fix', 'effect', 'effects', 'improvement', 'transformation', 'difference', 'change', 'youth', 'firmness', 'smoothness',
    'luminosity', 'coverage',
  ],
};

export const visibleChangeWord: WordList = {
  id: 'visible-change-word',
  description: 'What is said to happen at once (visible, smoother, tighter, lifts, erases, reduces, see).',
  entries: [
    'visible', 'noticeable', 'smoother', 'firmer', 'tighter', 'brighter', 'younger', 'lifted', 'plumper', 'lifts', 'tightens', 'smooths', 'brightens',
    'conceals', 'works', 'erases', 'removes', 'reduces', 'see',
  ],
};

export const resultChangeNoun: WordList = {
  id: 'result-change-noun',
  description: 'Results and changes seen quickly (results, transformation, difference, renewal, success).',
  entries: [
    'results', 'result', 'transformation', 'change', 'changes', 'difference', 'repair', 'renewal', 'success',
  ],
};

export const worksFastVerb: WordList = {
  id: 'works-fast-verb',
  description: 'Verbs of a product working or a concern vanishing, before "overnight" (works, repairs, renews, disappears).',
  entries: [
    'works', 'work', 'repairs', 'transforms', 'renews', 'disappears', 'disappear', 'vanish', 'vanishes',
  ],
};

export const sessionOrTimeUnit: WordList = {
  id: 'session-or-time-unit',
  description: 'Sessions and units of time results are promised within (sessions, treatments, applications, days, minutes).',
  entries: [
    'sessions', 'session', 'treatments', 'treatment', 'visits', 'applications', 'uses', 'days', 'day', 'weeks', 'week', 'hours', 'minutes',
  ],
};

export const seeResultVerb: WordList = {
  id: 'see-result-verb',
  description: 'Verbs of getting a visible result at once (see, notice, get, achieve, experience, enjoy).',
  entries: [
    'see', 'notice', 'get', 'achieve', 'experience', 'enjoy',
  ],
};

export const fastAdjective: WordList = {
  id: 'fast-adjective',
  description: 'Adjectives of speed before results (fast, rapid, quick, speedy, express, instant).',
  entries: [
    'fast', 'rapid', 'quick', 'speedy', 'express', 'instant',
  ],
};

export const firstUseNoun: WordList = {
  id: 'first-use-noun',
  description: 'What "from the first" is said of (session, treatment, application, use, wash, visit).',
  entries: [
    'session', 'treatment', 'application', 'use', 'wash', 'visit',
  ],
};

export const fewSessionsNumber: WordList = {
  id: 'few-sessions-number',
  description: 'Small numbers of sessions results are promised after (one, a single, two, three).',
  entries: [
    'one', '1', 'a single', 'two', 'three', '2', '3',
  ],
};

// ---------------------------------------------------------------------------
// comparative-superlative

export const rankedOffering: WordList = {
  id: 'ranked-offering',
  description: 'Treatments, products, clinics and practitioners a ranking is claimed for ("the best serum").',
  entries: [
    'treatment', 'treatments', 'clinic', 'clinics', 'product', 'products', 'serum', 'cream', 'results', 'skincare', 'facial', 'facials', 'procedure',
    'procedures', 'option', 'solution', 'choice', 'technology', 'device', 'formula', 'microneedling', 'peel', 'laser', 'moisturiser', 'moisturizer',
    'cleanser', 'face wash', 'facewash', 'brand', 'practitioner', 'practitioners', 'team', 'care', 'service', 'machine', 'system', 'method',
    // Exact: "plan" folds to the key of "planning" ("the first planning meeting").
    'approach', 'patch', 'mask', 'balm', 'oil', 'gel', 'lotion', 'toner', 'kit', 'pen', 'roller', 'tool', 'app', 'programme', 'program',
    { phrase: 'plan', exact: 'yes' }, { phrase: 'plans', exact: 'yes' },
    'range', 'collection', 'ingredient', 'filler', 'fillers', 'injectable', 'injectables', 'salon', 'spa', 'studio', 'specialist', 'specialists',
    'surgeon', 'doctor', 'nurse',
  ],
};

export const rankingScope: WordList = {
  id: 'ranking-scope',
  description: 'Where something is said to be best (the world, the market, the UK, town, class).',
  entries: [
    'the', 'town', 'london', 'the uk', 'the us', 'the world', 'the market', 'class',
  ],
};

export const numberOneClaim: WordList = {
  id: 'number-one-claim',
  description: 'Ways of writing "number one" (# 1, no. 1, number one, n° 1), captured as the claim.',
  entries: [
    // Exact: "one" folds to "on", so "numbers on the invoice" read as "number one".
    // "number 1" too: "entry numbers 3, 2 and 1" lists entries, it ranks nothing.
    '# 1', 'no 1', 'no. 1', { phrase: 'number one', exact: 'yes' }, { phrase: 'number 1', exact: 'yes' }, 'n1', 'n° 1', 'nr 1',
  ],
};

export const numberOneWhat: WordList = {
  id: 'number-one-what',
  description: 'What "number one" is claimed for (brand, clinic, product, dermatologist recommended, rated, selling).',
  entries: [
    'brand', 'clinic', 'treatment', 'product', 'choice', 'skincare', 'serum', 'recommended', 'dermatologist', 'rated', 'selling', 'in',
  ],
};

export const rankedOfferingOrQuality: WordList = {
  id: 'ranked-offering-or-quality',
  description: 'The offerings of ranked-offering, and the qualities a superlative may rank (quality, expertise, efficacy, comfort).',
  entries: [
    '{ranked-offering}', 'quality', 'expertise', 'experience', 'efficacy', 'performance', 'precision', 'comfort',
  ],
};

export const outperformedRival: WordList = {
  id: 'outperformed-rival',
  description: 'What a product is said to beat (Botox, fillers, surgery, competitors, the competition).',
  entries: [
    'botox', 'fillers', 'filler', 'surgery', 'a facelift', 'facelifts', 'competitors', 'any other', 'other', 'the rest', 'leading', 'lasers',
    'injections', 'retinol', 'the competition',
    // Whatever a comparison may be made with: medicines, surgery, other treatments by name.
    '{comparison-target}', '{procedure}', 'retinoid', 'retinoids', 'prescription retinoids', 'tretinoin', 'tummy tuck', 'a tummy tuck', 'facelift surgery',
    'surgical', 'surgical procedures', 'invasive procedures', 'traditional', 'conventional',
  ],
};

export const likeBotoxPhrase: WordList = {
  id: 'like-botox-phrase',
  description: 'Phrases likening a cosmetic to Botox or surgery ("Botox-like", "liquid facelift", "alternative to fillers").',
  entries: [
    'botox-like', 'botox like', 'like botox', 'like a facelift', 'facelift in a jar', 'needle-free botox', 'botox in a bottle', 'botox in a jar',
    'better than botox', 'alternative to botox', 'alternative to surgery', 'alternative to fillers', 'alternative to liposuction',
    'alternative to a facelift', 'non-surgical facelift', 'liquid facelift',
  ],
};

export const avoidedProcedure: WordList = {
  id: 'avoided-procedure',
  description: 'Procedures a product is said to spare the reader (injectables, needles, surgery, going under the knife).',
  entries: [
    'injectables', 'injections', 'needles', 'surgery', 'fillers', 'botox', 'the needles', 'going under the knife',
  ],
};

export const fastestWayWord: WordList = {
  id: 'fastest-way-word',
  description: 'Superlatives before "way to" (fastest, quickest, most effective, surest, only proven, only).',
  entries: [
    'fastest', 'quickest', 'most effective', 'surest', 'only proven', 'only',
  ],
};

export const outperformsPhrase: WordList = {
  id: 'outperforms-phrase',
  description: 'Phrases of one product beating another (superior to, better than, outperforms, beats).',
  entries: [
    'superior to', 'better than', 'outperforms', 'more effective than', 'works better than', 'beats', 'stronger than',
  ],
};

/** Comparatives a result is said to have over a rival's ("better results than surgery"). */
export const betterWord: WordList = {
  id: 'better-word',
  description: 'Comparatives of a result over a rival\'s (better, faster, longer-lasting, more natural ... results than).',
  entries: ['better', 'faster', 'quicker', 'greater', 'stronger', 'longer-lasting', 'longer lasting', 'more dramatic', 'more natural', 'more effective', 'more visible', 'superior'],
};

/** Saying that nothing else measures up to the offer. */
export const nothingComparesPhrase: WordList = {
  id: 'nothing-compares-phrase',
  description: 'Saying nothing else measures up (nothing compares to, nothing comes close, nothing beats, no other ... comes close).',
  entries: [
    'nothing compares', 'nothing else compares', 'nothing comes close', 'nothing else comes close', 'nothing beats', 'nothing can beat', 'nothing can compare',
    'none compare', 'no one comes close', 'nobody comes close', 'nobody does it better', 'no one does it better', 'in a league of its own', 'in a class of its own',
  ],
};

export const procedureFreeWord: WordList = {
  id: 'procedure-free-word',
  description: 'Claims of needing no procedure (needle-free, surgery-free, injection-free, liposuction free).',
  entries: [
    'liposuction free', 'surgery free', 'needle free', 'needle-free', 'surgery-free', 'injection-free',
  ],
};

// ---------------------------------------------------------------------------
// before-after-testimonial

export const testimonyGoneParticiple: WordList = {
  id: 'testimony-gone-participle',
  description: 'What a writer says happened to a concern (gone, disappeared, healed, transformed).',
  entries: [
    'gone', 'disappeared', 'vanished', 'cleared', 'healed', 'faded', 'erased', 'reduced', 'improved', 'transformed',
  ],
};

export const testimonyFadedParticiple: WordList = {
  id: 'testimony-faded-participle',
  description: 'What a concern has or had done (gone, vanished, faded, been erased).',
  entries: [
    'gone', 'disappeared', 'vanished', 'faded', 'reduced', 'been reduced', 'been erased', 'been removed',
  ],
};

export const testimonyObserveVerb: WordList = {
  id: 'testimony-observe-verb',
  description: 'What customers saw or reported (saw, noticed, reported, experienced, love).',
  entries: [
    'saw', 'see', 'noticed', 'notice', 'reported', 'report', 'experienced', 'experience', 'love',
  ],
};

export const testimonyBodyNoun: WordList = {
  id: 'testimony-body-noun',
  description: 'Skin, face, hair and concerns a testimonial says changed (skin, scars, wrinkles, acne).',
  entries: [
    'skin', 'face', 'hair', 'scars', 'wrinkles', 'lines', 'acne', 'complexion',
  ],
};

export const testimonyChangedWord: WordList = {
  id: 'testimony-changed-word',
  description: 'How a testimonial says the skin became (gone, cleared, smooth, flawless, transformed).',
  entries: [
    'gone', 'cleared', 'smooth', 'flawless', 'transformed', 'diminished', 'disappeared', 'improved',
  ],
};

export const testimonySeeVerb: WordList = {
  id: 'testimony-see-verb',
  description: 'Verbs of seeing a difference (noticed, saw, can see, have seen, looked).',
  entries: [
    'noticed', 'notice', 'saw', 'see', 'can see', 'could see', 'have seen', '\'ve seen', 'looked', 'look',
  ],
};

export const testimonySeeVerbNarrow: WordList = {
  id: 'testimony-see-verb-narrow',
  description: 'Verbs of seeing a difference, without "look" (noticed, saw, can see, have seen).',
  entries: [
    'noticed', 'notice', 'saw', 'see', 'can see', 'could see', 'have seen', '\'ve seen',
  ],
};

export const testimonyResultAdjective: WordList = {
  id: 'testimony-result-adjective',
  description: 'How skin looked after (smooth, minimal, clear, flawless, radiant, transformed).',
  entries: [
    'smooth', 'minimal', 'clear', 'flawless', 'gone', 'even', 'radiant', 'transformed',
  ],
};

export const testimonyComparative: WordList = {
  id: 'testimony-comparative',
  description: 'Comparatives a typical result is given with (thicker, fuller, smoother, younger, fewer).',
  entries: [
    'thicker', 'fuller', 'stronger', 'smoother', 'firmer', 'younger', 'fewer', 'less',
  ],
};

export const beOrHaveForm: WordList = {
  id: 'be-or-have-form',
  description: 'Forms of "be" and "have" between a concern and what happened to it (is, was, has, had).',
  entries: [
    'is', 'are', 'was', 'were', 'has', 'have', 'had',
  ],
};

export const healedParticiple: WordList = {
  id: 'healed-participle',
  description: 'What a writer says happened to a disease (gone, cleared, healed, cured, faded).',
  entries: [
    'gone', 'disappeared', 'vanished', 'cleared', 'healed', 'cured', 'faded',
  ],
};

export const testimonySubject: WordList = {
  id: 'testimony-subject',
  description: 'Who a "years younger" testimonial is about (I, you, she, they, clients, customers).',
  entries: [
    'i', 'you', 'she', 'he', 'they', 'clients', 'customers',
  ],
};

export const customerGroup: WordList = {
  id: 'customer-group',
  description: 'Customers and clients a testimonial speaks for (customers, patients, users, our clients).',
  entries: [
    'customers', 'clients', 'patients', 'users', 'our clients', 'our customers',
  ],
};

export const differenceIntensifier: WordList = {
  id: 'difference-intensifier',
  description: 'Words that magnify a difference seen (strong, huge, dramatic, amazing, visible, incredible).',
  entries: [
    'strong', 'huge', 'dramatic', 'amazing', 'real', 'visible', 'incredible',
  ],
};

export const renewedFeelingPhrase: WordList = {
  id: 'renewed-feeling-phrase',
  description: 'How a testimonial writer says they feel (like a new, years younger, more confident).',
  entries: [
    'like a new', 'years younger', 'ten years younger', 'more confident', 'amazing', 'so confident',
  ],
};

export const reportVerb: WordList = {
  id: 'report-verb',
  description: 'Verbs of customers reporting a result (report, notice, see, saw).',
  entries: [
    'report', 'reported', 'notice', 'noticed', 'see', 'saw',
  ],
};

export const testimonySkinNoun: WordList = {
  id: 'testimony-skin-noun',
  description: 'Skin and scars a testimonial describes (complexion, skin, scarring, scars, face).',
  entries: [
    'complexion', 'skin', 'scarring', 'scaring', 'scars', 'face',
  ],
};

// ---------------------------------------------------------------------------
// hype

export const hypeAdjective: WordList = {
  id: 'hype-adjective',
  description: 'Hype adjectives before a result (astonishing, incredible, phenomenal, unreal).',
  entries: [
    'astonishing', 'amazing', 'incredible', 'insane', 'dramatic', 'remarkable', 'stunning', 'phenomenal', 'extraordinary', 'spectacular', 'unreal',
    'crazy',
  ],
};

export const hypeTargetConcern: WordList = {
  id: 'hype-target-concern',
  description: 'Concerns a hype product name says it kills (wrinkle, acne, fat, cellulite, zit).',
  entries: [
    'wrinkle', 'wrinkles', 'acne', 'fat', 'cellulite', 'scar', 'line', 'age', 'pimple', 'zit', 'spot', 'blemish',
  ],
};

export const hypeNameHead: WordList = {
  id: 'hype-name-head',
  description: 'Heads of hype product names (killer, eraser, buster, zapper, assassin).',
  entries: [
    'killer', 'killers', 'eraser', 'erasers', 'buster', 'busters', 'zapper', 'destroyer', 'blaster', 'assassin',
  ],
};

export const youthHypeWord: WordList = {
  id: 'youth-hype-word',
  description: 'What a hype "secret" or "fountain" is of (youth, ageless, perfect, flawless, glowing).',
  entries: [
    'youth', 'youthful', 'ageless', 'younger', 'perfect', 'flawless', 'beautiful', 'clear', 'glowing',
  ],
};

export const insiderSource: WordList = {
  id: 'insider-source',
  description: 'Whose secret a hype claim says it shares (Hollywood, celebrities, dermatologists, insiders).',
  entries: [
    'hollywood', 'celebrities', 'celebrity', 'stars', 'doctors', 'dermatologists', 'experts', 'models', 'insiders',
  ],
};

export const stateOfTheArtPhrase: WordList = {
  id: 'state-of-the-art-phrase',
  description: 'Technology hype (cutting-edge, state-of-the-art, next-generation, next-level).',
  entries: [
    'cutting-edge', 'cutting edge', 'state-of-the-art', 'state of the art', 'next-generation', 'next generation', 'next-level', 'next level',
  ],
};

export const hypedResultNoun: WordList = {
  id: 'hyped-result-noun',
  description: 'Results a hype word qualifies (results, improvement, transformation, firming, effects).',
  entries: [
    'results', 'result', 'improvement', 'improvements', 'transformation', 'difference', 'change', 'changes', 'lifting', 'firming', 'smoothing',
    'effects',
  ],
};

export const resultEffectNoun: WordList = {
  id: 'result-effect-noun',
  description: 'Results a hype adjective qualifies (results, transformation, difference, effects).',
  entries: [
    'results', 'result', 'transformation', 'transformations', 'difference', 'effects',
  ],
};

export const turnBackVerb: WordList = {
  id: 'turn-back-verb',
  description: 'Forms of turn, wind and set in "turn back the clock".',
  entries: [
    'turn', 'turns', 'turning', 'wind', 'winds', 'set', 'sets',
  ],
};

export const slowStopVerb: WordList = {
  id: 'slow-stop-verb',
  description: 'Forms of slow and stop in "slow down the clock".',
  entries: [
    'slow', 'slows', 'slowing', 'stop', 'stops', 'stopping',
  ],
};

// ---------------------------------------------------------------------------
// free-from-natural

export const nonToxicWord: WordList = {
  id: 'non-toxic-word',
  description: 'Purity and allergen-free claims (chemical-free, non-toxic, no nasties, clean beauty, hypoallergenic).',
  entries: [
    'chemical-free', 'chemical free', 'non-toxic', 'nontoxic', 'non toxic', 'toxin-free', 'toxin free', 'no nasties', 'clean beauty',
    'nothing artificial', 'hypoallergenic', 'hypo-allergenic', 'allergen-free', 'allergy-free',
  ],
};

export const allNaturalPhrase: WordList = {
  id: 'all-natural-phrase',
  description: 'Intensified natural claims (all natural, 100 % organic, naturally safe).',
  entries: [
    'all natural', 'all-natural', '100 % natural', 'purely natural', 'completely natural', 'totally natural', 'entirely natural', '100 % organic',
    'all organic', 'pure and natural', 'natural and safe', 'natural so safe', 'naturally safe',
  ],
};

export const cleanWhat: WordList = {
  id: 'clean-what',
  description: 'What "clean" is said of in a purity claim (clean beauty, clean skincare, clean formula, clean by).',
  entries: [
    'beauty', 'skincare', 'products', 'standards', 'standard', 'formula', 'formulas', 'ingredients', 'by',
  ],
};

export const sourcedFromVerb: WordList = {
  id: 'sourced-from-verb',
  description: 'Words of where a product\'s ingredients come from (derived from, made from, uses, contains).',
  entries: [
    'derived from', 'made from', 'uses', 'use', 'contains', 'contain',
  ],
};

export const toxinExposurePhrase: WordList = {
  id: 'toxin-exposure-phrase',
  description: 'Phrases about exposure to toxins (full of, subject to, absorb, free of, exclude, eliminate).',
  entries: [
    'full of', 'subject to', 'absorb', 'free of', 'exclude', 'excludes', 'eliminate',
  ],
};

export const purerComparative: WordList = {
  id: 'purer-comparative',
  description: 'Comparatives a purity claim makes (safer, better, healthier, gentler, kinder, purer).',
  entries: [
    'safer', 'better', 'healthier', 'gentler', 'kinder', 'purer',
  ],
};

// ---------------------------------------------------------------------------
// trivialising-pressure

export const trivialisedProcedure: WordList = {
  id: 'trivialised-procedure',
  description: 'Procedures pressure copy treats as trivial (treatment, filler, facial, liposuction, nose job).',
  entries: [
    'treatment', 'facial', 'lift', 'filler', 'fillers', 'session', 'peel', 'procedure', 'course', 'injection', 'injections', 'makeover',
    'microneedling', 'laser', 'liposuction', 'tummy tuck', 'boob job', 'nose job', 'bbl',
  ],
};

export const newYouNoun: WordList = {
  id: 'new-you-noun',
  description: 'What "new year, new" is said of (you, me, face, body, look, skin).',
  entries: [
    'you', 'me', 'face', 'body', 'look', 'skin',
  ],
};

// ---------------------------------------------------------------------------
// prescription-medicine

export const medicineHashtag: WordList = {
  id: 'medicine-hashtag',
  description: 'Prescription medicines as hashtags run together after "#" (#botox, #antiwrinkleinjections, #hayfeverjab).',
  entries: [
    'botox', 'botulinumtoxin', 'antiwrinkle', 'antiwrinkleinjections', 'hayfeverinjection', 'hayfeverinjections', 'hayfeverjab',
  ],
};

export const toxinPurposeLink: WordList = {
  id: 'toxin-purpose-link',
  description: 'Words that open the clause saying what relaxing a muscle is for ("relax the muscles of the brow so that lines soften", "..., preventing creases").',
  entries: ['to', 'so', 'so that', 'which', 'and', 'helping', 'preventing', 'stopping'],
};

// ---------------------------------------------------------------------------
// off-label-use

export const medicineDoseNoun: WordList = {
  id: 'medicine-dose-noun',
  description: 'Nouns for a dose or course of a named medicine ("Botox injections in the jaw", "20 units for").',
  entries: ['injection', 'injections', 'treatment', 'treatments', 'shot', 'shots', 'units'],
};

export const offLabelPreposition: WordList = {
  id: 'off-label-preposition',
  description: 'Prepositions that join a named medicine to the use or place it is given for ("for jaw slimming", "into the masseters").',
  entries: ['for', 'to', 'in', 'into', 'on', 'around', 'along'],
};

export const offLabelVerb: WordList = {
  id: 'off-label-verb',
  description: 'Verbs that say what a named medicine does for a use ("slim the jaw", "relieve migraines", "flip the lip").',
  entries: ['treat', 'relieve', 'ease', 'slim', 'lift', 'soften', 'relax', 'reduce', 'improve', 'smooth', 'target', 'address', 'correct', 'fix', 'stop', 'flip'],
};

export const offLabelPraise: WordList = {
  id: 'off-label-praise',
  description: 'Words that recommend a named medicine for a use ("great for teeth grinding", "approved for").',
  entries: ['great', 'good', 'ideal', 'perfect', 'used', 'injected', 'effective', 'popular', 'brilliant', 'amazing', 'approved'],
};
