// How strong a claim is: the word families of absolute, permanence, safety,
// speed, proof, endorsement, comparison, hype and free-from claims (rulebook
// 6.3-6.11). Each list is this project's own compilation from the rulebook's
// trigger lists, the phrases regulators cite (rulebook 1-4: FDA warning
// letters, FTC orders, ASA rulings, CAP advice, the EU Technical Document's
// free-from examples) and ordinary English vocabulary around them; the
// word groups written inline in rules/*.ts patterns are all here (a test
// checks), so a pattern can name a list instead of spelling words out.
//
// Many of these words are everyday English ("safe", "instant", "natural"):
// a list entry is a candidate, and the judge decides in context. Where a
// compound with a trigger word is normally acceptable ("semi-permanent",
// "natural-looking"), it is listed in the family's `-qualified` list so the
// judge can tell it apart.
import type { WordList } from '../../src/match/matcher.js';
import { familyList, withSpellings } from './families.js';

// ---------------------------------------------------------------------------
// 6.3 absolute / guaranteed / universal

/** Words that make a claim certain or complete. */
export const absoluteWord: WordList = familyList(
  'absolute-word',
  'Certainty and completeness (rulebook 6.3: completely, totally, 100%, guaranteed, always; CAP 3.1/3.7; ASA PCK Skin, Perfect Cosmetics).',
  [
    { base: 'complete', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'total', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'entire', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'full', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'whole', pos: 'adjective', adverbs: ['wholly'] },
    { base: 'absolute', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'utter', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'perfect', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'definite', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'certain', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'undoubted', pos: 'adjective', adverbs: ['-ly'] },
  ],
  {
    // The adjectives themselves are everyday ("complete the form", "full face").
    pos: ['adverb'],
    phrases: [
      '100 %', '100 percent', '100 per cent', 'one hundred percent', 'always', 'every time', 'every single time', 'without fail', 'without exception',
      'guaranteed', 'guaranteed results', 'results guaranteed', 'guaranteed to', 'assured results', 'never fails', 'works every time',
      '100 % effective', 'without a doubt', 'no doubt', 'the result is', 'take years off', 'knock years off', 'shave years off', 'take a decade off',
    ],
  },
);

/** Results described as flawless or free of a concern. */
export const absoluteResult: WordList = {
  id: 'absolute-result',
  description: 'Results promised as perfect (rulebook 6.3: flawless, perfect skin, wrinkle-free).',
  entries: [
    'flawless', 'flawless skin', 'perfect skin', 'perfect complexion', 'perfect results', 'perfect face', 'picture-perfect', 'poreless', 'wrinkle-free',
    'line-free', 'scar-free', 'blemish-free', 'spot-free', 'acne-free', 'cellulite-free', 'hair-free', 'ageless', 'immaculate', 'faultless', 'airbrushed',
    'airbrushed skin',
  ],
};

/** Claims that a result comes to everyone (rulebook 6.3 "every client/everyone,
 * all skin types (as efficacy)"; 6.8 "suitable for everyone"). */
export const universalScope: WordList = {
  id: 'universal-scope',
  description: 'Universal scope (rulebook 6.3 "every client/everyone, all skin types, all scars"; 6.8 "suitable for everyone/all skin types"; CAP hair-removal advice "all skin/hair types").',
  entries: [
    'everyone', 'everybody', 'anyone', 'anybody', 'every client', 'every patient', 'every customer', 'every woman', 'every man', 'all clients', 'all patients',
    'all customers', 'all skin types', 'every skin type', 'any skin type', 'all skin tones', 'every skin tone', 'any skin tone', 'all hair types',
    'every hair type', 'all hair colours', 'all ages', 'any age', 'every age', 'all scars', 'any scar', 'every scar', 'every case', 'all cases', 'any case',
    'no matter your skin type', 'whatever your skin type', 'works for everyone', 'works on everyone', 'works for all', 'works for every', 'works on all',
    'suitable for everyone', 'suitable for all', 'suitable results for all',
  ],
};

// ---------------------------------------------------------------------------
// 6.4 permanence

/** Permanent, lasting, forever. */
export const permanenceWord: WordList = familyList(
  'permanence-word',
  'Permanence (rulebook 6.4: permanent(ly), forever, for good, never again, long-lasting, results that last, lifelong; ASA Braun "permanent visible hair removal", Wowcher "Permanent results").',
  [
    { base: 'permanent', pos: 'adjective', adverbs: ['-ly'], nouns: ['permanence', 'permanency'] },
    { base: 'irreversible', pos: 'adjective', adverbs: ['irreversibly'] },
    { base: 'everlasting', pos: 'adjective' },
    { base: 'lifelong', pos: 'adjective' },
  ],
  {
    phrases: [
      'indefinitely', 'forever', 'for ever', 'for good', 'for life', 'life-long', 'a lifetime', 'for a lifetime', 'lasts a lifetime', 'never again', 'once and for all',
      'here to stay', 'long-term solution', 'permanent solution', 'lasting solution', 'lasting cure', 'lasting results', 'long-lasting', 'longlasting',
      'long-lasting results', 'long-term results', 'durable results', 'results that last', 'results which last', 'results will last', 'lasts forever', 'for years to come', 'years of results', 'stop ageing', 'stop the clock', 'changing your skin forever', 'permanent results',
      'permanent fix', 'permanent hair removal', 'no more shaving',
    ],
  },
);

/** Verbs of a condition coming back, for "never comes back", "won't grow back". */
export const recurrenceVerb: WordList = familyList(
  'recurrence-verb',
  'Verbs of coming back, negated in permanence claims (rulebook 6.4 "won\'t come back"; CAP fillers advice "permanently eliminated").',
  [
    { base: 'come back', pos: 'verb' },
    { base: 'grow back', pos: 'verb' },
    { base: 'go away', pos: 'verb' },
    { base: 'wear off', pos: 'verb' },
    { base: 'return', pos: 'verb' },
    { base: 'reappear', pos: 'verb' },
    { base: 'recur', pos: 'verb', double: true, nouns: ['recurrence'] },
    { base: 'need another', pos: 'verb' },
    { base: 'fade', pos: 'verb' },
  ],
  { pos: ['verb'] },
);

/** Compounds with a permanence word that name a service or the accepted
 * wording (rulebook 6.4: FDA-cleared "permanent hair reduction"). */
export const permanenceQualified: WordList = {
  id: 'permanence-qualified',
  description: 'Accepted or descriptive compounds with a permanence word (rulebook 6.4 "permanent hair reduction" with the definition disclosed; semi-permanent make-up as a service name).',
  entries: ['semi-permanent', 'permanent makeup', 'permanent make-up', 'permanent hair reduction', 'long-term hair reduction', 'maintenance sessions', 'maintenance treatments'],
};

// ---------------------------------------------------------------------------
// 6.8 safety, pain and downtime

/** Assurances of safety and comfort. */
export const safetyWord: WordList = familyList(
  'safety-word',
  'Safety, pain and downtime assurances (rulebook 6.8; ASA NKD Medical, Wowcher "Non-invasive and totally safe", Lamphall "no down time"; CAP: electrolysis "not painless").',
  [
    { base: 'safe', pos: 'adjective', adverbs: ['-ly'], nouns: ['safety'] },
    { base: 'harmless', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'painless', pos: 'adjective', adverbs: ['-ly'] },
  ],
  {
    phrases: [
      'totally safe', 'completely safe', '100 % safe', 'perfectly safe', 'entirely safe', 'absolutely safe', 'fully safe', 'guaranteed safe', 'proven safe',
      'clinically safe', 'safe and effective', 'safe for everyone', 'safe for all skin types', 'risk-free', 'no risk', 'zero risk', 'without risk',
      'no side effects', 'side-effect free', 'zero side effects', 'without side effects', 'pain-free', 'no pain', 'without pain', 'zero pain',
      'discomfort-free', 'no discomfort', 'minimal discomfort', 'no downtime', 'zero downtime', 'no down time', 'without downtime', 'minimal downtime',
      'little to no downtime', 'no recovery time', 'no recovery period', 'non-invasive', 'noninvasive', 'no scarring', 'without scarring', 'no complications',
      'complication-free', 'no damage', 'damage-free', 'no tissue destruction', 'non-irritating', 'non-irritant', 'no irritation', 'no reactions',
      'gentle enough for anyone', 'gentle enough for everyone', '0 % infection rate', 'zero infection rate', 'without a trace', 'without leaving a trace',
      'without leaving marks', 'without leaving scars',
    ],
  },
);

/** Adverse outcomes a safety claim denies ("no X", "without X", "X are impossible"). */
export const harmNoun: WordList = {
  id: 'harm-noun',
  description: 'Adverse outcomes a safety claim denies (rulebook 6.8; FDA microneedling risks: infection, nerve and vessel damage, scarring, hyperpigmentation).',
  entries: [
    'side effect', 'risk', 'downtime', 'down time', 'recovery time', 'recovery period', 'pain', 'scarring', 'complication', 'discomfort', 'damage',
    'tissue destruction', 'tissue damage', 'nerve damage', 'infection', 'infection rate', 'reaction', 'adverse reaction', 'allergic reaction', 'irritation',
    'redness', 'swelling', 'bruising', 'burns', 'pigment changes',
  ],
};

/** Verbs of harm, negated in safety claims ("won't damage", "doesn't hurt"). */
export const harmVerb: WordList = familyList(
  'harm-verb',
  'Verbs of harm, negated in safety claims (rulebook 6.8 "won\'t damage").',
  [
    { base: 'damage', pos: 'verb' },
    { base: 'hurt', pos: 'verb' },
    { base: 'harm', pos: 'verb' },
    { base: 'scar', pos: 'verb' },
    { base: 'burn', pos: 'verb' },
    { base: 'injure', pos: 'verb' },
    { base: 'irritate', pos: 'verb' },
    { base: 'sting', pos: 'verb' },
  ],
  { pos: ['verb'] },
);

// ---------------------------------------------------------------------------
// 6.5 speed

/** Speed and time-bound words. */
export const speedWord: WordList = familyList(
  'speed-word',
  'Speed and instant-result words (rulebook 6.5: instant(ly), immediately, overnight, fast(-acting), rapid(ly), quick results, from the first session; ASA Easylife, HiSmile; FTC L\'Oreal "in just 7 days").',
  [
    { base: 'instant', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'instantaneous', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'immediate', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'rapid', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'quick', pos: 'adjective', adverbs: ['-ly'], adjectives: ['quicker'] },
    { base: 'fast', pos: 'adjective', adjectives: ['faster'] },
    { base: 'swift', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'speedy', pos: 'adjective' },
  ],
  {
    phrases: [
      'overnight', 'fast-acting', 'quick-acting', 'rapid-acting', 'in no time', 'in a flash', 'in seconds', 'in minutes', 'within seconds', 'within minutes',
      'within hours', 'within days', 'in days', 'same-day', 'right away', 'straight away', 'straightaway', 'at once', 'from the first session',
      'from the first treatment', 'from the first application', 'from the very first use', 'after one session', 'after just one session',
      'after a single session', 'after one treatment', 'upon application', 'on application', 'on contact', 'express results', 'accelerated results',
      'times faster', 'visible results in',
    ],
  },
);

// ---------------------------------------------------------------------------
// 6.6 proof

/** Verbs of proof: "proven", "shown", "demonstrated". */
export const proofVerb: WordList = familyList(
  'proof-verb',
  'Verbs of establishing a claim (rulebook 6.6; FTC establishment claims "clinically proven", "tests show", "studies prove").',
  [
    { base: 'prove', pos: 'verb', nouns: ['proof'] },
    { base: 'show', pos: 'verb' },
    { base: 'demonstrate', pos: 'verb', nouns: ['-ion'] },
    { base: 'confirm', pos: 'verb', nouns: ['-ation'] },
    { base: 'validate', pos: 'verb', nouns: ['-ion'] },
    { base: 'establish', pos: 'verb' },
    { base: 'verify', pos: 'verb', nouns: ['verification'] },
    { base: 'substantiate', pos: 'verb', nouns: ['-ion'] },
    { base: 'test', pos: 'verb' },
  ],
);

/** What a proof claim cites: "studies", "research", "trials". */
export const proofSource: WordList = {
  id: 'proof-source',
  description: 'Sources an establishment claim invokes (rulebook 6.6: studies show, research shows, science shows, tests show, evidence shows, clinical trials; CAP: in-vitro evidence rejected).',
  entries: [
    'study', 'research', 'science', 'test', 'trial', 'clinical trial', 'clinical study', 'clinical research', 'scientific research', 'scientific study',
    'independent study', 'independent test', 'peer-reviewed study', 'published study', 'laboratory test', 'lab test', 'in-vitro study', 'in vitro test',
    'in-vivo study', 'consumer study', 'consumer perception study', 'user trial', 'panel test', 'evidence', 'scientific evidence', 'clinical evidence',
    'data', 'clinical data', 'scientists',
  ],
};

/** Adverbs and adjectives that make a test or a proof sound scientific. */
export const proofQualifier: WordList = {
  id: 'proof-qualifier',
  description: 'Qualifiers of proof (rulebook 6.6: clinically, scientifically, medically, dermatologically proven/tested).',
  entries: [
    'clinically', 'scientifically', 'medically', 'dermatologically', 'independently', 'independent', 'laboratory', 'lab', 'clinical', 'scientific', 'experimentally',
    'objectively', 'in vivo', 'in vitro',
  ],
};

/** Fixed establishment phrases. */
export const proofPhrase: WordList = {
  id: 'proof-phrase',
  description: 'Establishment phrases (rulebook 6.6; FTC L\'Oreal "clinically proven"; ASA Easylife "Clinically proven to remove"; CAP "82% decrease ... based on 52 customer responses").',
  entries: [
    'clinically proven', 'scientifically proven', 'medically proven', 'dermatologically proven', 'clinically tested', 'clinically shown', 'clinically validated',
    'clinically demonstrated', 'independently tested', 'laboratory tested', 'lab tested', 'proven to', 'proven results', 'proven formula', 'proven technology',
    'proven effective', 'proven treatment', 'proven method', 'proven ingredients', 'proven solution', 'proven efficacy', 'backed by science', 'science-backed',
    'research-backed', 'scientifically developed', 'scientifically formulated', 'clinical results', 'clinically effective', 'evidence-based',
    'evidence-based results', 'studies show', 'research shows', 'science shows', 'science proves', 'tests show', 'trials show',
    'evidence shows', 'data shows', 'clinical trials show', 'several studies', 'numerous studies', 'many studies', 'countless studies', 'multiple studies',
    'in clinical trials', 'peer-reviewed',
  ],
};

// ---------------------------------------------------------------------------
// 6.7 endorsement and regulatory status

/** Verbs of approval and their nouns: "approved", "certification", "FDA-cleared". */
export const endorsementVerb: WordList = familyList(
  'endorsement-verb',
  'Verbs of approval and endorsement (rulebook 1.3 and 6.7: approved, certified, registered, cleared, recommended; 21 CFR 710.8/720.9).',
  [
    { base: 'approve', pos: 'verb', nouns: ['-al'] },
    { base: 'certify', pos: 'verb', nouns: ['certification'] },
    { base: 'register', pos: 'verb', nouns: ['registration'] },
    { base: 'endorse', pos: 'verb', nouns: ['-ment'] },
    { base: 'license', pos: 'verb', nouns: ['licence'] },
    { base: 'accredit', pos: 'verb', nouns: ['-ation'] },
    { base: 'authorise', pos: 'verb', nouns: ['-ation'] },
    { base: 'clear', pos: 'verb', nouns: ['-ance'] },
    { base: 'recommend', pos: 'verb', nouns: ['-ation'] },
    { base: 'award', pos: 'verb' },
  ],
);

/** Everyday verbs that endorse only with an expert as agent ("developed by dermatologists"). */
export const endorsementVerbWeak: WordList = familyList(
  'endorsement-verb-weak',
  'Verbs that endorse only with an expert agent (rulebook 6.7: doctor developed, developed by dermatologists, trusted by professionals).',
  [
    { base: 'develop', pos: 'verb' },
    { base: 'formulate', pos: 'verb' },
    { base: 'design', pos: 'verb' },
    { base: 'create', pos: 'verb' },
    { base: 'trust', pos: 'verb' },
    { base: 'test', pos: 'verb' },
    { base: 'prefer', pos: 'verb', double: true },
    { base: 'love', pos: 'verb' },
    { base: 'use', pos: 'verb' },
    { base: 'choose', pos: 'verb' },
    { base: 'favour', pos: 'verb', nouns: ['favourite'] },
  ],
);

/** Regulators and governments whose approval a claim may invoke. */
export const endorserAuthority: WordList = {
  id: 'endorser-authority',
  description: 'Regulators and official bodies (rulebook 1.3, 3.2 legal-compliance criterion, 6.7).',
  entries: [
    'fda', 'u.s. fda', 'us fda', 'the fda', 'food and drug administration', 'mhra', 'the mhra', 'ema', 'the ema', 'european medicines agency', 'health canada',
    'tga', 'nhs', 'the nhs', 'government', 'the government', 'eu', 'european union', 'european commission', 'who', 'world health organization', 'nice',
    'cqc', 'care quality commission', 'ce', 'ukca',
  ],
};

/** Professional bodies, charities and certification schemes. */
export const endorserBody: WordList = {
  id: 'endorser-body',
  description: 'Professional bodies, patient charities and certifiers whose approval a claim may invoke (rulebook 6.7, 6.11 "certified" natural/organic).',
  entries: withSpellings([
    'british association of dermatologists', 'american academy of dermatology', 'skin cancer foundation', 'allergy uk', 'national eczema society',
    'national eczema association', 'british skin foundation', 'gmc', 'general medical council', 'nmc', 'jccp', 'save face', 'iso', 'ecocert', 'cosmos',
    'soil association', 'leaping bunny', 'vegan society',
  ]),
};

/** Experts invoked as endorsers. */
export const endorserExpert: WordList = {
  id: 'endorser-expert',
  description: 'Experts invoked as endorsers (rulebook 6.7 dermatologist recommended, doctor developed; FTC Endorsement Guides, expert endorsers).',
  entries: [
    'dermatologist', 'doctor', 'physician', 'surgeon', 'plastic surgeon', 'cosmetic surgeon', 'clinician', 'expert', 'the experts', 'scientist',
    'professional', 'skin expert', 'skincare expert', 'skin specialist', 'skin doctor', 'aesthetic doctor', 'cosmetic doctor', 'medical professional',
    'healthcare professional', 'nurse', 'aesthetic nurse', 'pharmacist', 'dentist', 'trichologist', 'podiatrist', 'celebrity', 'the stars',
    'influencer', 'make-up artist',
  ],
};

/** Fixed endorsement phrases. */
export const endorsementPhrase: WordList = {
  id: 'endorsement-phrase',
  description: 'Endorsement and status phrases (rulebook 6.7; FDA Bellus SkinPen "FDA-approved"; HPRA "Approved for sale in Europe"; NAD Neutrogena "#1 Dermatologist Recommended").',
  entries: [
    'dermatologist recommended', 'dermatologist tested', 'dermatologist approved', 'dermatologically tested', 'dermatologically approved', 'doctor recommended',
    'doctor developed', 'doctor approved', 'developed by dermatologists', 'recommended by doctors', '# 1 dermatologist recommended',
    'no. 1 dermatologist recommended', 'award-winning', 'multi-award-winning', 'clinically certified', 'trusted by professionals', 'used by professionals',
    'professional-grade', 'medical-grade', 'hospital-grade', 'pharmaceutical-grade', 'clinic-grade', 'fda approved', 'fda registered', 'fda certified',
    'fda cleared', 'fda listed', 'ce approved', 'ce certified', 'ce marked', 'approved for sale in europe', 'complies with eu legislation', 'eu approved',
    'mhra approved', 'nhs approved', 'government approved', 'medically approved', 'as seen on tv', 'celebrity favourite', 'loved by celebrities',
    'as used by the stars',
  ],
};

// ---------------------------------------------------------------------------
// 6.9 comparison and superlatives

/** Superlatives and claims to beat the rest. */
export const comparisonWord: WordList = familyList(
  'comparison-word',
  'Superlatives and comparisons (rulebook 6.9: best, #1, leading, world-first, only, unrivalled, superior to, better than, most effective, gold standard; ASA Medichem, Lamphall; EU honesty criterion "unique").',
  [
    { base: 'good', pos: 'adjective', compare: 'er' },
    { base: 'strong', pos: 'adjective', compare: 'er' },
    { base: 'fast', pos: 'adjective', compare: 'er' },
    { base: 'quick', pos: 'adjective', compare: 'er' },
    { base: 'sure', pos: 'adjective', compare: 'er' },
    { base: 'safe', pos: 'adjective', compare: 'er' },
    { base: 'great', pos: 'adjective', compare: 'er' },
    { base: 'effective', pos: 'adjective', compare: 'more' },
    { base: 'advanced', pos: 'adjective', compare: 'more' },
    { base: 'powerful', pos: 'adjective', compare: 'more' },
    { base: 'innovative', pos: 'adjective', compare: 'more' },
    { base: 'trusted', pos: 'adjective', compare: 'more' },
    { base: 'popular', pos: 'adjective', compare: 'more' },
    { base: 'successful', pos: 'adjective', compare: 'more' },
    { base: 'potent', pos: 'adjective', compare: 'more' },
    { base: 'comprehensive', pos: 'adjective', compare: 'more' },
    { base: 'natural-looking', pos: 'adjective', compare: 'more' },
  ],
  {
    // The superlatives: the plain adjectives ("a good result") and most
    // comparatives ("better skin", "stronger nails") claim nothing over a
    // rival until "than" follows, so those come as "X than" phrases.
    keep: (f) => /^(best|most .*|.*est)$/.test(f.form),
    phrases: [
      'finest', 'more effective', 'more advanced', 'more powerful', 'faster than', 'quicker than', 'safer than', 'stronger than', 'greater than',
      { phrase: '# 1', soft: 'a popular' },
      // Exact: "one" folds to "on", so "numbers on the invoice" read as "number one".
      'no 1', { phrase: 'number one', exact: 'yes' }, 'number 1', 'n1', 'nr 1', 'top-rated', 'highest-rated', 'best-rated', 'best-selling', 'bestselling', 'best seller',
      'bestseller', 'leading', 'world-leading', 'industry-leading', 'market-leading', 'world-first', 'first and only',
      'the first', 'the only', 'one and only', 'unique', 'unrivalled', 'unbeatable', 'unmatched', 'unparalleled', 'unsurpassed', 'unequalled', 'incomparable',
      'n° 1', 'second to none', 'superior', 'superior to', 'better than', 'beats', 'more effective than', 'outperforms', 'works better than', 'gold standard', 'best-in-class',
      'ultimate', 'supreme', 'most natural', 'only proven', 'only proven way', 'the one and only',
    ],
  },
);

/** What a comparison claims to beat or equal (rulebook 6.9 "better than
 * Botox/fillers/surgery", "alternative to Botox/liposuction/surgery"). */
export const comparisonTarget: WordList = {
  id: 'comparison-target',
  description: 'What a comparison claims to beat or equal (rulebook 6.9; FDA Sircuit "Botox-like results").',
  entries: withSpellings([
    'botox', 'filler', 'dermal filler', 'surgery', 'cosmetic surgery', 'plastic surgery', 'a facelift', 'facelift', 'liposuction', 'laser', 'injection',
    'injectables', 'needles', 'the knife', 'retinol', 'competitors', 'the competition', 'any other', 'other brands', 'leading brands', 'the rest',
    // Medicines: a cosmetic "as effective as" a medicine claims a medicine's effect (CAP 12.1; rulebook 6.9).
    'steroid', 'steroid cream', 'hydrocortisone', 'prescription cream', 'prescription medicine', 'prescription medication', 'antibiotic', 'medication',
  ]),
};

/** Fixed comparison phrases. */
export const comparisonPhrase: WordList = {
  id: 'comparison-phrase',
  description: 'Drug and procedure comparisons (rulebook 6.9; FDA Sircuit 2016 "Botox-like results"; HPRA "superior formulation to leading product Y").',
  entries: [
    'botox-like', 'like botox', 'like a facelift', 'facelift in a jar', 'facelift in a bottle', 'needle-free botox', 'botox in a bottle', 'botox in a jar',
    'better than botox', 'alternative to botox', 'alternative to surgery', 'alternative to fillers', 'alternative to liposuction', 'alternative to a facelift',
    'non-surgical facelift', 'liquid facelift', 'surgical results without surgery', 'without going under the knife', 'filler-like', 'rivals surgery',
    'instead of surgery',
  ],
};

// ---------------------------------------------------------------------------
// 6.10 hype

/** Miracle and breakthrough language, with the plainer word a rewrite offers. */
export const hypeTerm: WordList = {
  id: 'hype-term',
  description: 'Miracle and breakthrough language (rulebook 6.10; ASA Perfect Cosmetics "miracle", PCK Skin "breakthrough", Dermaskin "revolutionary"; FTC L\'Oreal "new era of skincare").',
  entries: [
    { phrase: 'miracle', soft: 'nourishing' },
    { phrase: 'miraculous', soft: 'noticeable' },
    { phrase: 'miraculously', soft: 'noticeably' },
    { phrase: 'magic', soft: 'care' },
    { phrase: 'magical', soft: 'pleasant' },
    { phrase: 'magically', soft: 'gently' },
    { phrase: 'revolutionary', soft: 'modern' },
    { phrase: 'revolutionise', soft: 'refresh' },
    { phrase: 'revolution', soft: 'new approach' },
    { phrase: 'breakthrough', soft: 'new' },
    { phrase: 'groundbreaking', soft: 'new' },
    { phrase: 'ground-breaking', soft: 'new' },
    { phrase: 'game-changer', soft: 'favourite' },
    { phrase: 'game-changing', soft: 'popular' },
    { phrase: 'life-changing', soft: 'welcome' },
    { phrase: 'life-transforming', soft: 'welcome' },
    { phrase: 'transformative', soft: 'noticeable' },
    { phrase: 'astonishing', soft: 'noticeable' },
    { phrase: 'astounding', soft: 'noticeable' },
    { phrase: 'unbelievable', soft: 'noticeable' },
    { phrase: 'jaw-dropping', soft: 'noticeable' },
    { phrase: 'mind-blowing', soft: 'noticeable' },
    { phrase: 'fountain of youth', soft: 'skincare routine' },
    { phrase: 'elixir', soft: 'serum' },
    { phrase: 'elixir of youth', soft: 'serum' },
    { phrase: 'holy grail', soft: 'favourite' },
    { phrase: 'wonder ingredient', soft: 'key ingredient' },
    { phrase: 'wonder cream', soft: 'cream' },
    { phrase: 'wonder product', soft: 'product' },
    { phrase: 'wonder treatment', soft: 'treatment' },
    { phrase: 'wonder drug', soft: 'treatment' },
    { phrase: 'panacea', soft: 'option' },
    { phrase: 'new era', soft: 'new approach' },
    { phrase: 'turn back time', soft: 'refresh your look' },
    { phrase: 'turn back the clock', soft: 'refresh your look' },
    { phrase: 'rewind the clock', soft: 'refresh your look' },
    { phrase: 'defy age', soft: 'care for your skin' },
    { phrase: 'age-defying', soft: 'skin-caring' },
    { phrase: 'age-reversing', soft: 'refreshing' },
    { phrase: 'age reversal', soft: 'skin care' },
    { phrase: 'secret weapon', soft: 'favourite' },
    { phrase: 'best-kept secret', soft: 'favourite' },
    { phrase: 'next-generation', soft: 'modern' },
    { phrase: 'space-age', soft: 'modern' },
    { phrase: 'nasa technology', soft: 'technology' },
    { phrase: 'cutting-edge', soft: 'modern' },
    { phrase: 'secret to youth', soft: 'routine' },
    { phrase: 'secret of youth', soft: 'routine' },
    { phrase: 'secret of the stars', soft: 'favourite' },
    { phrase: 'hollywood secret', soft: 'favourite' },
    { phrase: 'celebrity secret', soft: 'favourite' },
    { phrase: "don't want you to know", soft: 'may not mention' },
  ],
};

/** Intensifiers that are hype next to a result ("dramatic results"), puffery elsewhere. */
export const hypeIntensifier: WordList = familyList(
  'hype-intensifier',
  'Intensifiers that hype a result (rulebook 6.10 "incredible/insane/dramatic results"; EU 655/2013: obvious hyperbole needs no substantiation, so only next to a result).',
  [
    { base: 'amazing', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'incredible', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'dramatic', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'remarkable', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'phenomenal', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'extraordinary', pos: 'adjective', adverbs: ['extraordinarily'] },
    { base: 'spectacular', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'sensational', pos: 'adjective', adverbs: ['-ly'] },
    { base: 'staggering', pos: 'adjective' },
    { base: 'stunning', pos: 'adjective' },
    { base: 'insane', pos: 'adjective' },
    { base: 'crazy', pos: 'adjective' },
    { base: 'unreal', pos: 'adjective' },
    { base: 'unprecedented', pos: 'adjective' },
    { base: 'exceptional', pos: 'adjective' },
    { base: 'outstanding', pos: 'adjective' },
  ],
);

/** Heads of hype product names ("Wrinkle Killer", "Acne Eraser"): the name is
 * a claim (rulebook 7.5). */
export const hypeName: WordList = {
  id: 'hype-name',
  description: 'Hype product-name heads (rulebook 7.5 "Wrinkle Killer", "Scar Oil Treatment", "Miracle Nail Doctor"; ASA MyCityDeal "Wrinkle Killer Snake Serum").',
  entries: ['killer', 'eraser', 'buster', 'zapper', 'destroyer', 'blaster', 'assassin', 'terminator', 'slayer', 'annihilator', 'fighter', 'doctor', 'rescue'],
};

// ---------------------------------------------------------------------------
// 6.11 free-from and natural

/** The words that make a free-from claim ("free from", "no", "0%", "-free"). */
export const freeFromMarker: WordList = {
  id: 'free-from-marker',
  description: 'Free-from markers (rulebook 6.11: free from, free-from, -free, no, without, 0%; EU Technical Document Annex III).',
  entries: ['free', 'free from', 'free of', 'no', 'zero', '0 %', 'without', 'contains no', 'does not contain', 'formulated without', 'made without', 'no added', 'never contains'],
};

/** Words that sharpen a free-from claim ("no harsh chemicals", "no added fragrance"). */
export const freeFromModifier: WordList = {
  id: 'free-from-modifier',
  description: 'Modifiers in free-from claims (rulebook 6.11 "no nasties"; CTPA: free-from must not imply the product is safer).',
  entries: ['added', 'harsh', 'nasty', 'artificial', 'synthetic', 'toxic', 'harmful', 'unnecessary', 'questionable'],
};

/** Denials that a risk exists ("complications are impossible"). */
export const harmDenial: WordList = {
  id: 'harm-denial',
  description: 'Words that deny a risk exists (rulebook 6.8; safety claims "complications are impossible").',
  entries: ['impossible', 'non-existent', 'nonexistent', 'unheard of', 'nil', 'negligible', 'eliminated'],
};

/** Substances named in free-from claims. */
export const freeFromIngredient: WordList = {
  id: 'free-from-ingredient',
  description:
    'Substances named in free-from claims (rulebook 6.11 and 3.3: EU Technical Document Annex III examples - parabens, triclosan, corticosteroids, formaldehyde, heavy metals, preservatives, fragrance, allergens, alcohol, acetone; HPRA "Does not contain Lead"; "no nasties").',
  entries: withSpellings([
    'paraben', 'sulphate', 'sulphite', 'sls', 'sles', 'sodium lauryl sulphate', 'sodium laureth sulphate', 'fragrance', 'perfume', 'parfum', 'artificial fragrance',
    'synthetic fragrance', 'preservative', 'alcohol', 'drying alcohol', 'denatured alcohol', 'silicone', 'chemical', 'harsh chemicals', 'nasty chemicals',
    'toxic chemicals', 'harmful chemicals', 'harmful ingredients', 'nasty ingredients', 'nasties', 'toxin', 'phthalate', 'mineral oil', 'petroleum',
    'petrolatum', 'talc', 'formaldehyde', 'formaldehyde releasers', 'steroid', 'corticosteroid', 'allergen', 'synthetic', 'dye', 'artificial colour',
    'colourant', 'gluten', 'pesticide', 'heavy metal', 'lead', 'mercury', 'triclosan', 'bpa', 'microplastic', 'nanoparticles', 'irritant', 'hormone',
    'hormone disruptors', 'endocrine disruptors', 'carcinogens', 'lanolin', 'oxybenzone', 'hydroquinone', 'acetone', 'essential oils', 'aluminium', 'peg',
    'palm oil', 'gmo', 'animal ingredients', 'additives', 'artificial additives', 'artificial ingredients',
    // Classes the Annex III guidance also names: "free from allergenic substances".
    'allergenic substance', 'sensitising substance', 'irritating substance', 'bleaching agent',
  ]),
};

/** Natural, clean and non-toxic claims. */
export const purityWord: WordList = {
  id: 'purity-word',
  description: 'Natural, organic, clean and non-toxic claims (rulebook 6.11; CTPA position paper; "non-toxic" and "no nasties" treated as denigrating; NAD Oral Essentials "Certified Non-Toxic").',
  entries: [
    'natural', 'all natural', '100 % natural', 'purely natural', 'completely natural', 'totally natural', 'entirely natural', 'naturally safe', 'natural and safe',
    'natural so safe', 'pure and natural', 'organic', '100 % organic', 'all organic', 'clean beauty', 'clean formula', 'green beauty', 'non-toxic', 'nontoxic',
    'toxin-free', 'chemical-free', 'no chemicals', 'no nasties', 'nothing artificial', 'hypoallergenic', 'hypo-allergenic', 'allergen-free', 'allergy-free',
  ],
};

/** Compounds with "natural" that describe a look, not the formula. */
export const purityQualified: WordList = {
  id: 'purity-qualified',
  description: '"Natural" compounds that describe a look or the body, not a free-from or purity claim (rulebook 6.11 applies to the product).',
  entries: ['natural-looking', 'natural results', 'look natural', 'natural appearance', 'naturally occurring', 'natural collagen', 'natural healing process', 'natural glow'],
};

/** Permanence idioms, matched as written: "for good" is a promise, "for goods" is shopping (rulebook 6.4). */
export const permanenceIdiom: WordList = {
  id: 'permanence-idiom',
  description: 'Idioms of permanence, matched exactly as written (rulebook 6.4: for good, never again, once and for all, here to stay).',
  entries: [
    { phrase: 'for good', exact: 'yes' },
    { phrase: 'for life', exact: 'yes' },
    { phrase: 'once and for all', exact: 'yes' },
    { phrase: 'never again', exact: 'yes' },
    { phrase: 'here to stay', exact: 'yes' },
  ],
};

/** The participle that turns whatever follows into a promise ("a guaranteed smooth finish");
 * matched exactly, so "a guarantee of a refund" is not read as one. */
export const guaranteeParticiple: WordList = {
  id: 'guarantee-participle',
  description: 'Participles of guaranteeing before a result (rulebook 6.3: "guaranteed results").',
  entries: [
    { phrase: 'guaranteed', exact: 'yes' },
    { phrase: 'guaranteed-to-work', exact: 'yes' },
  ],
};
