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

export const permanenceNegator: WordList = {
  id: 'permanence-negator',
  description: 'Negations that make a permanence claim ("does not", "won\'t", "never" come back).',
  entries: [
    'does not', 'do not', 'doesn\'t', 'don\'t', 'won\'t', 'will not', 'never', 'cannot', 'can\'t',
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
    'skin types', 'skin type', 'scars', 'scar', 'skin tones', 'skin tone', 'wrinkles', 'clients', 'patients', 'cases', 'types',
  ],
};

export const vanishVerb: WordList = {
  id: 'vanish-verb',
  description: 'Verbs of a concern disappearing for good (disappear, vanish, be gone, clear up).',
  entries: [
    'disappear', 'vanish', 'be gone', 'fade away', 'go away', 'be erased', 'be removed', 'clear up',
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

// ---------------------------------------------------------------------------
// comparative-superlative

export const rankedOffering: WordList = {
  id: 'ranked-offering',
  description: 'Treatments, products, clinics and practitioners a ranking is claimed for ("the best serum").',
  entries: [
    'treatment', 'treatments', 'clinic', 'clinics', 'product', 'products', 'serum', 'cream', 'results', 'skincare', 'facial', 'facials', 'procedure',
    'procedures', 'option', 'solution', 'choice', 'technology', 'device', 'formula', 'microneedling', 'peel', 'laser', 'moisturiser', 'moisturizer',
    'cleanser', 'face wash', 'facewash', 'brand', 'practitioner', 'practitioners', 'team', 'care', 'service', 'machine', 'system', 'method',
    'approach', 'patch', 'mask', 'balm', 'oil', 'gel', 'lotion', 'toner', 'kit', 'pen', 'roller', 'tool', 'app', 'programme', 'program', 'plan',
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
    '# 1', 'no 1', 'no. 1', 'number one', 'number 1', 'n1', 'n° 1', 'nr 1',
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
