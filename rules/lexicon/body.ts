// Body structures and processes, and the verbs and nouns that act on them:
// what a structure/function claim (rulebook 6.2) is made of. Saying a product
// or treatment changes one of these is a drug or device claim in the US (FD&C
// 201(g)(1)(C)) and a physiological claim in the UK and EU.
//
// Structures follow the MeSH Anatomy tree (A17 Integumentary System, A10
// Tissues, A11 Cells, A02 Musculoskeletal System, A15 Hemic and Immune
// Systems) and process names MeSH Phenomena and Processes (G04 Cell
// Physiological Phenomena, G16 Biological Phenomena); the claims the rulebook
// and its sources cite (1.1, 1.2, 1.4, 4.2: "stimulates collagen",
// "regenerate cells", "increase or decrease the production of melanin",
// "triggers angiogenesis and collagenesis", "boosts the activity of genes")
// decide which belong. Surface structures a cosmetic may act on (dead skin
// cells, the hair shaft) are kept apart in `bodySurface`.
import type { WordList } from '../../src/match/matcher.js';
import { familyList, withSpellings, type FamilySpec } from './families.js';

const MESH = 'MeSH Anatomy';

/** The layers of the skin and the tissue beneath, down to where a needle or
 * a "deep-penetrating" active is said to reach. */
export const bodySkinLayer: WordList = {
  id: 'body-skin-layer',
  description: `Skin layers and tissues: ${MESH} A17.815 (Skin: Dermis, Epidermis), A10.165 (Connective Tissue), A10.615 (Extracellular Matrix); rulebook 6.2 "thickens the dermis/epidermis", "penetrates deep layers".`,
  entries: withSpellings([
    'dermis', 'epidermis', 'hypodermis', 'subcutis', 'subcutaneous tissue', 'subcutaneous layer', 'papillary dermis', 'reticular dermis', 'deep dermis',
    'dermal layer', 'basal layer', 'basement membrane', 'dermal-epidermal junction', 'living skin', 'deeper layers', 'deep layers', 'deepest layer', 'deeper layers of the skin', 'deep layers of the skin', 'deepest layers of the skin', 'skin barrier',
    'skin barrier function', 'barrier function', 'lipid barrier', 'extracellular matrix', 'skin matrix', 'dermal matrix', 'connective tissue',
    'skin tissue', 'tissue', 'new tissue', 'new skin tissue', 'new skin', 'skin structure', 'skin density', 'dermal density', 'skin thickness',
    'dermal thickness',
  ]),
};

/** Surface structures cosmetics act on: exfoliating dead cells or conditioning
 * the hair shaft is cosmetic (FDA microneedling guidance: "removal of stratum
 * corneum" is a non-device claim). Listed so the judge can tell them from the
 * living structures above. */
export const bodySurface: WordList = {
  id: 'body-surface',
  description: 'Surface structures a cosmetic may act on: stratum corneum, dead skin cells, hair shaft, cuticle, nail plate (FDA microneedling guidance, non-device claims; rulebook 1.4).',
  entries: withSpellings([
    'stratum corneum', 'dead skin cells', 'dead cells', 'dead skin', 'surface cells', 'outer layer of the skin', 'outer layer of skin', 'top layer of skin',
    'surface layer', 'skin surface', 'hair shaft', 'hair fibre', 'cuticle', 'hair cuticle', 'nail plate',
  ]),
};

/** Cells, proteins and molecules of the skin. */
export const bodyCellMatrix: WordList = {
  id: 'body-cell-matrix',
  description: `Cells, proteins and molecules: ${MESH} A11 (Cells: Fibroblasts, Keratinocytes, Stem Cells), D12 (Collagen, Elastin, Keratins, Intercellular Signaling Peptides); rulebook 1.2 and 6.2 ("stem cells", "growth factors", "youth proteins", "boosts the activity of genes").`,
  entries: withSpellings([
    'collagen', 'new collagen', 'natural collagen', 'own collagen', 'collagen fibres', 'collagen levels', 'type i collagen', 'type iii collagen', 'elastin',
    'elastin fibres', 'elastic fibres', 'collagen and elastin', 'keratin', 'fibroblast', 'keratinocyte', 'stem cell', 'skin stem cells', 'cell', 'skin cell',
    'new cell', 'new skin cells', 'fresh cells', 'fresh skin cells', 'young cells', 'younger cells', 'healthy cells', 'healthy skin cells', 'growth factor', 'cytokine', 'protein', 'youth protein',
    'structural proteins', 'natural hyaluronic acid', 'glycosaminoglycans', 'proteoglycans', 'matrix metalloproteinases', 'dna', 'gene', 'gene expression',
    'telomere', 'telomerase', 'mitochondria', 'sirtuins', 'cellular energy', 'atp',
  ]),
};

/** Pigment and the cells and enzyme that make it (FDA: "increase or decrease
 * the production of melanin" is a drug claim). */
export const bodyPigment: WordList = {
  id: 'body-pigment',
  description: `Pigment: ${MESH} A11.436 (Melanocytes), D08 (Monophenol Monooxygenase = tyrosinase), D23 (Melanins); FDA "Is It a Cosmetic, a Drug, or Both?" (rulebook 1.1), Golden Caviar 2016 (1.2).`,
  entries: withSpellings(['melanin', 'melanocyte', 'melanosome', 'tyrosinase', 'pigment cells', 'pigment-producing cells', 'eumelanin']),
};

/** The hair follicle and its cycle (FDA: "restore hair growth"). */
export const bodyHair: WordList = {
  id: 'body-hair',
  description: `Hair follicle and growth cycle: ${MESH} A17.360.296 (Hair Follicle); hair cycle phases (anagen, catagen, telogen); FDA "restore hair growth" (rulebook 1.1).`,
  entries: withSpellings([
    'hair follicle', 'follicle', 'hair bulb', 'dermal papilla', 'hair matrix', 'follicle stem cells', 'hair growth cycle', 'growth cycle', 'anagen',
    'anagen phase', 'catagen', 'telogen', 'telogen phase', 'growth phase', 'resting phase',
  ]),
};

/** Glands of the skin. */
export const bodyGland: WordList = {
  id: 'body-gland',
  description: `Skin glands: ${MESH} A17.815.808 (Sebaceous Glands), A17.815.771 (Sweat Glands); rulebook 6.2 and 7 ("the glands produce sebum" is a textbook statement, not a claim).`,
  entries: withSpellings(['sebaceous gland', 'oil gland', 'sebum', 'sweat gland', 'eccrine gland', 'apocrine gland']),
};

/** Fat, muscle, fascia and bone: what body-contouring, toxin and "lifting"
 * claims act on. */
export const bodyFatMuscle: WordList = {
  id: 'body-fat-muscle',
  description: `Fat, muscle and fascia: ${MESH} A10.165.114 (Adipose Tissue), A11.329.040 (Adipocytes), A02.633 (Muscles, Facial Muscles), A02.340 (Fascia), A02.835 (Skeleton); ASA Lamphall "destroys fat cells", MyCityDeal "freeze-like effects on the face muscles" (rulebook 4.3).`,
  entries: withSpellings([
    'fat cell', 'adipocyte', 'adipose tissue', 'fat tissue', 'subcutaneous fat', 'visceral fat', 'fat layer', 'muscle', 'facial muscle', 'face muscles',
    'underlying muscle', 'muscle tissue', 'muscle fibres', 'pelvic floor muscles', 'masseter', 'platysma', 'frontalis', 'glabellar muscles', 'corrugator',
    'fascia', 'smas', 'superficial musculoaponeurotic system', 'ligament', 'retaining ligaments', 'tendon', 'cartilage', 'bone', 'facial bone', 'bone density',
  ]),
};

/** Blood, lymph and what they carry. */
export const bodyCirculation: WordList = {
  id: 'body-circulation',
  description: `Circulation and lymph: ${MESH} A07 (Cardiovascular System: Blood Vessels, Capillaries), A15.382 (Lymphatic System), G09 (Circulatory Phenomena: Microcirculation); Glaser Weil summary of FDA letters "boosting/promoting circulation" (rulebook 1.2).`,
  entries: withSpellings([
    'blood flow', 'blood circulation', 'circulation', 'microcirculation', 'blood supply', 'blood vessel', 'capillary', 'new blood vessels', 'lymph',
    'lymphatic system', 'lymphatic vessels', 'lymph nodes', 'oxygen supply', 'oxygen levels', 'nutrient supply', 'toxin', 'waste products', 'metabolic waste',
  ]),
};

/** Immune, nervous and endocrine systems and metabolism. */
export const bodySystem: WordList = {
  id: 'body-system',
  description: `Immune, nervous and endocrine systems and metabolism: ${MESH} A15.382 (Immune System), A08 (Nervous System), G03 (Metabolism), D06 (Hormones); Skin Authority "improve anti-inflammatory response" (rulebook 1.2).`,
  entries: withSpellings([
    'immune system', 'immune response', 'immunity', 'immune cells', 'inflammatory response', 'anti-inflammatory response', 'inflammatory process',
    'healing response', 'wound healing response', 'wound response', 'nerve', 'nerve endings', 'nervous system', 'nerve signals', 'neurotransmitter',
    'acetylcholine', 'pain receptors', 'hormone', 'hormone levels', 'oestrogen', 'testosterone', 'dht', 'dihydrotestosterone', '5-alpha reductase', 'cortisol',
    'metabolism', 'metabolic rate', 'cellular metabolism',
  ]),
};

/** Physiological processes named as nouns: what "boosts ..." and "... of new"
 * claims name. */
export const bodyProcess: WordList = {
  id: 'body-process',
  description:
    'Physiological processes: MeSH G04 (Cell Physiological Phenomena: cell division, proliferation, regeneration), G16 (Wound Healing, Regeneration), G07 (Hair growth), G03 (Lipolysis, Melanogenesis); rulebook 6.2 triggers (collagen induction/production/synthesis, cell renewal/turnover, angiogenesis/collagenesis).',
  entries: withSpellings([
    'collagen production', 'collagen synthesis', 'collagen induction', 'collagen formation', 'collagen remodelling', 'collagenesis', 'neocollagenesis',
    'elastin production', 'elastogenesis', 'cell turnover', 'cell renewal', 'cellular renewal', 'cell regeneration', 'cellular regeneration', 'cell division',
    'cell proliferation', 'cell growth', 'cell activity', 'cellular activity', 'cellular repair', 'dna repair', 'skin regeneration', 'skin renewal',
    'tissue repair', 'tissue regeneration', 'wound healing', 'healing process', 'natural healing process', 'repair process', 'natural repair process',
    "skin's repair process", 'self-repair', 'scar remodelling', 'melanin production', 'melanogenesis', 'pigment production', 'sebum production',
    'oil production', 'sweat production', 'hair growth', 'hair regrowth', 'new hair growth', 'hyaluronic acid production', 'lipolysis', 'fat metabolism',
    'fat breakdown', 'apoptosis', 'cell death', 'thermogenesis', 'muscle contraction', 'muscle activity', 'lymphatic drainage', 'detoxification', 'angiogenesis',
    'oxygenation', 'ageing process', 'cellular ageing', 'cellular breakdown', 'glycation', 'skin growth', 'new skin growth', 'new skin formation',
    'skin remodelling', 'tissue remodelling', 'dermal remodelling', 'regeneration process', 'regenerative response', 'cellular rejuvenation', 'cell rejuvenation',
  ]),
};

/** Attributes of a structure that a claim says change ("collagen levels", "skin density"). */
export const bodyQuantity: WordList = {
  id: 'body-quantity',
  description: 'Measures of a structure a claim says rise or fall (rulebook 4.2 "skin thickness increased by over 8%").',
  entries: ['levels', 'density', 'thickness', 'content', 'activity', 'function', 'fibres', 'count', 'volume'],
};

// Verbs of physiological change. The verb alone decides nothing ("stimulates
// the senses"); with a structure or process as its object it is a claim.
const processFamilies: FamilySpec[] = [
  { base: 'stimulate', pos: 'verb', nouns: ['-ion', 'stimulant', 'stimulator'], adjectives: ['stimulatory'] },
  { base: 'boost', pos: 'verb', nouns: ['-er'] },
  { base: 'increase', pos: 'verb' },
  { base: 'decrease', pos: 'verb' },
  { base: 'induce', pos: 'verb', nouns: ['induction'] },
  { base: 'trigger', pos: 'verb' },
  { base: 'activate', pos: 'verb', nouns: ['-ion', 'activator'] },
  { base: 'reactivate', pos: 'verb', nouns: ['-ion'] },
  { base: 'promote', pos: 'verb', nouns: ['-ion'] },
  { base: 'rebuild', pos: 'verb' },
  { base: 'regenerate', pos: 'verb', nouns: ['-ion'], adjectives: ['-ive'] },
  { base: 'repair', pos: 'verb', adjectives: ['reparative'] },
  { base: 'restore', pos: 'verb', nouns: ['-ation'], adjectives: ['restorative'] },
  { base: 'renew', pos: 'verb', nouns: ['-al'] },
  { base: 'reconstruct', pos: 'verb', nouns: ['-ion'], adjectives: ['-ive'] },
  { base: 'remodel', pos: 'verb' },
  { base: 'restructure', pos: 'verb' },
  { base: 'reorganise', pos: 'verb' },
  { base: 'produce', pos: 'verb', nouns: ['production'] },
  { base: 'synthesise', pos: 'verb', nouns: ['synthesis'] },
  { base: 'strengthen', pos: 'verb' },
  { base: 'thicken', pos: 'verb' },
  { base: 'inhibit', pos: 'verb', nouns: ['-ion', '-or'] },
  { base: 'block', pos: 'verb', nouns: ['-er'] },
  { base: 'suppress', pos: 'verb', nouns: ['-ion'] },
  { base: 'accelerate', pos: 'verb', nouns: ['-ion'] },
  { base: 'speed up', pos: 'verb' },
  { base: 'enhance', pos: 'verb', nouns: ['-ment'] },
  { base: 'encourage', pos: 'verb' },
  { base: 'kick-start', pos: 'verb' },
  { base: 'jump-start', pos: 'verb' },
  { base: 'kickstart', pos: 'verb' },
  { base: 'jumpstart', pos: 'verb' },
  { base: 'fire up', pos: 'verb' },
  { base: 'awaken', pos: 'verb' },
  { base: 'reawaken', pos: 'verb' },
  { base: 'wake up', pos: 'verb' },
  { base: 'switch on', pos: 'verb' },
  { base: 'switch back on', pos: 'verb' },
  { base: 'turn on', pos: 'verb' },
  { base: 'recruit', pos: 'verb', nouns: ['-ment'] },
  { base: 'grow', pos: 'verb', nouns: ['growth'] },
  { base: 'regrow', pos: 'verb', nouns: ['regrowth'] },
  { base: 'build', pos: 'verb' },
  { base: 'rejuvenate', pos: 'verb', nouns: ['-ion'] },
  { base: 'revitalise', pos: 'verb', nouns: ['-ation'] },
  { base: 'revive', pos: 'verb', nouns: ['-al'] },
  { base: 'destroy', pos: 'verb', nouns: ['destruction'], adjectives: ['destructive'] },
  { base: 'kill', pos: 'verb' },
  { base: 'freeze', pos: 'verb' },
  { base: 'paralyse', pos: 'verb', nouns: ['paralysis'] },
  { base: 'relax', pos: 'verb', nouns: ['-ation', 'relaxant'] },
  { base: 'penetrate', pos: 'verb', nouns: ['-ion'] },
  { base: 'absorb', pos: 'verb', nouns: ['absorption'] },
  { base: 'oxygenate', pos: 'verb', nouns: ['-ion'] },
  { base: 'detoxify', pos: 'verb', nouns: ['detoxification', 'detox'] },
  { base: 'regulate', pos: 'verb', nouns: ['-ion'] },
  { base: 'normalise', pos: 'verb' },
  { base: 'rebalance', pos: 'verb' },
  { base: 'slow down', pos: 'verb' },
  { base: 'halt', pos: 'verb' },
  { base: 'shrink', pos: 'verb', nouns: ['-age'] },
  { base: 'break down', pos: 'verb', nouns: ['breakdown'] },
  { base: 'dissolve', pos: 'verb' },
  { base: 'contract', pos: 'verb', nouns: ['-ion'] },
  { base: 'proliferate', pos: 'verb', nouns: ['-ion'] },
  { base: 'multiply', pos: 'verb' },
  { base: 'replenish', pos: 'verb', nouns: ['-ment'] },
  { base: 'energise', pos: 'verb' },
  { base: 'nourish', pos: 'verb', nouns: ['-ment'] },
  { base: 'reprogramme', pos: 'verb' },
  { base: 'reset', pos: 'verb' },
  { base: 'modulate', pos: 'verb', nouns: ['-ion'] },
  { base: 'upregulate', pos: 'verb' },
  { base: 'downregulate', pos: 'verb' },
  { base: 'signal', pos: 'verb', double: true },
  { base: 'plump up', pos: 'verb' },
  { base: 'elevate', pos: 'verb' },
];

/** Verbs of physiological change (rulebook 6.2), with their irregular and
 * spelling forms. */
export const processVerb: WordList = familyList(
  'process-verb',
  'Verbs that change a body structure or process: rulebook 6.2 triggers and FDA-cited claims (stimulate, boost, trigger, activate, rebuild, regenerate, repair, remodel, increase/decrease production, destroy, inhibit, penetrate).',
  processFamilies,
  { pos: ['verb'] },
);

/** Their nouns and adjectives ("stimulation of", "regenerative", "collagen booster"). */
export const processNoun: WordList = familyList(
  'process-noun',
  'Nouns and adjectives of the process verbs (rulebook 6.2: collagen induction/production/synthesis, cell renewal, fat-cell destruction; stimulation, regeneration, penetration, regenerative).',
  processFamilies,
  { pos: ['noun', 'adjective'], phrases: ['formation', 'creation', 'generation', 'turnover', 'repair', 'rebuilding', 'strengthening', 'remodelling'] },
);

/** Everyday verbs that make a structure claim only with a structure as their
 * direct object ("creates new collagen", "feeds the follicle"). */
export const processVerbWeak: WordList = familyList(
  'process-verb-weak',
  'Everyday verbs that make a structure claim only with a body structure as direct object (rulebook 6.2 "new skin cells replace"; the rest of the former physio-verb list).',
  [
    { base: 'create', pos: 'verb' },
    { base: 'form', pos: 'verb' },
    { base: 'generate', pos: 'verb' },
    { base: 'supply', pos: 'verb' },
    { base: 'feed', pos: 'verb' },
    { base: 'change', pos: 'verb' },
    { base: 'alter', pos: 'verb' },
    { base: 'modify', pos: 'verb' },
    { base: 'target', pos: 'verb' },
    { base: 'reach', pos: 'verb' },
    { base: 'open', pos: 'verb' },
    { base: 'unclog', pos: 'verb' },
    { base: 'balance', pos: 'verb' },
    { base: 'slow', pos: 'verb' },
    { base: 'lower', pos: 'verb' },
    { base: 'bind to', pos: 'verb' },
    { base: 'instruct', pos: 'verb' },
    { base: 'tell', pos: 'verb' },
    { base: 'communicate with', pos: 'verb' },
    { base: 'recharge', pos: 'verb' },
    { base: 'replace', pos: 'verb' },
    { base: 'stop', pos: 'verb' },
    { base: 'turn back', pos: 'verb' },
  ],
);

/** Compounds of a structure and a process verb written as one adjective. */
export const processCompound: WordList = {
  id: 'process-compound',
  description: 'Structure-and-process compounds (rulebook 6.2 "muscle-relaxing / freeze-like", "fat-cell destruction"; ASA MyCityDeal "freeze-like effects", Lamphall "destroys fat cells").',
  entries: [
    'freeze-like', 'muscle-relaxing', 'muscle-freezing', 'fat-dissolving', 'fat-melting', 'fat-burning', 'fat-destroying', 'fat-freezing', 'fat-busting',
    'self-repairing', 'collagen-boosting', 'collagen-building', 'collagen-stimulating', 'cell-renewing', 'skin-regenerating', 'wound healing response',
  ],
};
