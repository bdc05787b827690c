// Trigger word families for the NLP comparison (scripts/nlp-compare.js).
// Each form lists the word classes it can take in English, first the class
// claimlint's lists give it today (a verb list holds "treat", "treats",
// "treated", "treating" through the word key; "treatment" folds to a key of
// its own and would sit in a noun list). The classes are facts about the
// words, written from a dictionary's point of view, not from the eval text.
//   V verb, N noun, A adjective, R adverb

/** family -> { form: classes } */
export const FAMILIES = {
  reduce: { reduce: 'V', reduces: 'V', reduced: 'VA', reducing: 'VA', reduction: 'N', reductions: 'N' },
  treat: { treat: 'VN', treats: 'VN', treated: 'VA', treating: 'V', treatment: 'N', treatments: 'N', treatable: 'A' },
  heal: { heal: 'V', heals: 'V', healed: 'VA', healing: 'VNA' },
  stimulate: { stimulate: 'V', stimulates: 'V', stimulated: 'VA', stimulating: 'VA', stimulation: 'N' },
  boost: { boost: 'VN', boosts: 'VN', boosted: 'VA', boosting: 'VA', booster: 'N', boosters: 'N' },
  repair: { repair: 'VN', repairs: 'VN', repaired: 'VA', repairing: 'VA' },
  relieve: { relieve: 'V', relieves: 'V', relieved: 'VA', relieving: 'VA', relief: 'N' },
  cure: { cure: 'VN', cures: 'VN', cured: 'VA', curing: 'V' },
  eliminate: { eliminate: 'V', eliminates: 'V', eliminated: 'VA', eliminating: 'V', elimination: 'N' },
  remove: { remove: 'V', removes: 'V', removed: 'VA', removing: 'V', removal: 'N' },
  improve: { improve: 'V', improves: 'V', improved: 'VA', improving: 'VA', improvement: 'N', improvements: 'N' },
  prevent: { prevent: 'V', prevents: 'V', prevented: 'VA', preventing: 'V', prevention: 'N' },
  restore: { restore: 'V', restores: 'V', restored: 'VA', restoring: 'VA', restoration: 'N' },
  rejuvenate: { rejuvenate: 'V', rejuvenates: 'V', rejuvenated: 'VA', rejuvenating: 'VA', rejuvenation: 'N' },
  tighten: { tighten: 'V', tightens: 'V', tightened: 'VA', tightening: 'VAN' },
  erase: { erase: 'V', erases: 'V', erased: 'VA', erasing: 'V' },
  guarantee: { guarantee: 'VN', guarantees: 'VN', guaranteed: 'VA' },
  regrow: { regrow: 'V', regrows: 'V', regrew: 'V', regrown: 'VA', regrowing: 'V', regrowth: 'N' },
  minimise: {
    minimise: 'V', minimize: 'V', minimises: 'V', minimizes: 'V', minimised: 'VA', minimized: 'VA', minimising: 'V', minimizing: 'V',
  },
  lift: { lift: 'VN', lifts: 'VN', lifted: 'VA', lifting: 'VAN' },
  smooth: { smooth: 'AV', smooths: 'V', smoothes: 'V', smoothed: 'VA', smoothing: 'VAN' },
  firm: { firm: 'AVN', firms: 'VN', firmed: 'VA', firming: 'VA' },
  last: { last: 'AVR', lasts: 'V', lasted: 'V', lasting: 'AV' },
  promote: { promote: 'V', promotes: 'V', promoted: 'VA', promoting: 'V' },
  increase: { increase: 'VN', increases: 'VN', increased: 'VA', increasing: 'VA' },
  destroy: { destroy: 'V', destroys: 'V', destroyed: 'VA', destroying: 'V' },
  prove: { prove: 'V', proves: 'V', proved: 'VA', proven: 'AV' },
  permanent: { permanent: 'A', permanently: 'R' },
  safe: { safe: 'A', safely: 'R', safer: 'A', safest: 'A' },
  painless: { painless: 'A', painlessly: 'R' },
  instant: { instant: 'AN', instantly: 'R' },
  immediate: { immediate: 'A', immediately: 'R' },
  effective: { effective: 'A', effectively: 'R' },
  natural: { natural: 'A', naturally: 'R' },
  gentle: { gentle: 'A', gently: 'R' },
};

/** form -> { family, classes } */
export const FORMS = new Map(
  Object.entries(FAMILIES).flatMap(([family, forms]) => Object.entries(forms).map(([form, classes]) => [form, { family, classes }])),
);
