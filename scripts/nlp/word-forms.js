// Word forms for the lemma comparison (scripts/nlp-compare.js lemmas). Facts
// of English morphology, written from a grammar's point of view: which forms
// are inflections of one word, which are derivations in one family, which
// look alike and are different words.

/** Inflections of one word: a matcher should treat each group as one word. */
export const INFLECTION = [
  ['treat', 'treats', 'treated', 'treating'],
  ['relieve', 'relieves', 'relieved', 'relieving'],
  ['heal', 'heals', 'healed', 'healing'],
  ['stimulate', 'stimulates', 'stimulated', 'stimulating'],
  ['reduce', 'reduces', 'reduced', 'reducing'],
  ['remove', 'removes', 'removed', 'removing'],
  ['cure', 'cures', 'cured', 'curing'],
  ['boost', 'boosts', 'boosted', 'boosting'],
  ['repair', 'repairs', 'repaired', 'repairing'],
  ['erase', 'erases', 'erased', 'erasing'],
  ['tighten', 'tightens', 'tightened', 'tightening'],
  ['eliminate', 'eliminates', 'eliminated', 'eliminating'],
  ['remedy', 'remedies', 'remedied', 'remedying'],
  ['soothe', 'soothes', 'soothed', 'soothing'],
  ['guarantee', 'guarantees', 'guaranteed', 'guaranteeing'],
  ['stop', 'stops', 'stopped', 'stopping'],
  ['diminish', 'diminishes', 'diminished', 'diminishing'],
  ['prove', 'proves', 'proved', 'proven', 'proving'],
  ['regrow', 'regrows', 'regrew', 'regrown', 'regrowing'],
  ['grow', 'grows', 'grew', 'grown', 'growing'],
  ['fight', 'fights', 'fought', 'fighting'],
  ['scar', 'scars'],
  ['wrinkle', 'wrinkles'],
  ['blemish', 'blemishes'],
  ['injury', 'injuries'],
  ['therapy', 'therapies'],
  ['follicle', 'follicles'],
  ['crease', 'creases'],
  ['fungus', 'fungi'],
  ['bacterium', 'bacteria'],
  ['safe', 'safer', 'safest'],
  ['firm', 'firmer', 'firmest'],
  ['young', 'younger', 'youngest'],
];

/** British and American spellings of one word. */
export const SPELLING = [
  ['minimise', 'minimize'],
  ['minimised', 'minimized'],
  ['minimising', 'minimizing'],
  ['moisturise', 'moisturize'],
  ['ageing', 'aging'],
  ['colour', 'color'],
  ['tumour', 'tumor'],
  ['oedema', 'edema'],
  ['haemorrhoids', 'hemorrhoids'],
  ['anaemia', 'anemia'],
];

/** Derivations in one claim family: issue 13 wants each family generated
 * ("treat, treats, treated, treating, treatment, treatable"). */
export const DERIVATION = [
  ['treat', 'treatment', 'treatable'],
  ['relieve', 'relief'],
  ['regrow', 'regrowth'],
  ['remedy', 'remedial'],
  ['heal', 'healer'],
  ['permanent', 'permanently', 'permanence'],
  ['instant', 'instantly'],
  ['prevent', 'prevention', 'preventive'],
  ['eliminate', 'elimination'],
  ['remove', 'removal'],
  ['improve', 'improvement'],
  ['reduce', 'reduction'],
  ['restore', 'restoration'],
  ['rejuvenate', 'rejuvenation'],
  ['stimulate', 'stimulation'],
  ['cure', 'curative'],
  ['prove', 'proof'],
  ['effective', 'effectively'],
];

/** Look-alikes that are different words: folding them together turns plain
 * prose into claims ("for good" is not "goods"; "painless" is not "pain"). */
export const DIFFERENT = [
  ['good', 'goods'],
  ['new', 'news'],
  ['pain', 'painless'],
  ['general', 'generally'],
  ['natural', 'nature'],
  ['organ', 'organic'],
  ['care', 'careful'],
  ['heal', 'health'],
  ['mark', 'market'],
  ['free', 'freedom'],
  ['cell', 'cellulite'],
  ['tone', 'toner'],
  ['physical', 'physician'],
  ['cure', 'curious'],
  ['result', 'resultant'],
  ['wit', 'witness'],
];
