// The user phrases npm run bench scales the matcher with: N two-word phrases,
// as a config file's `phrases` (scripts/bench.js compares 2,000 with 200).

// Two-word phrases from everyday marketing words, some of which do occur in
// ordinary docs, so the prefilter and the matcher both meet them.
const FIRST = [
  'instant', 'visible', 'radiant', 'lasting', 'rapid', 'total', 'deep', 'pure', 'gentle', 'smooth', 'fresh', 'bright',
  'natural', 'clinical', 'expert', 'advanced', 'daily', 'overnight', 'powerful', 'complete', 'active', 'intense', 'ultimate',
  'perfect', 'youthful', 'healthy', 'clear', 'even', 'firm', 'soft', 'new', 'fast', 'real', 'proven', 'premium', 'custom',
  'simple', 'modern', 'secure', 'stable', 'quick', 'strong', 'light', 'full', 'open', 'smart', 'safe', 'free', 'easy', 'best',
];
const SECOND = [
  'glow', 'renewal', 'results', 'repair', 'radiance', 'hydration', 'lift', 'boost', 'care', 'finish', 'formula', 'treatment',
  'recovery', 'protection', 'balance', 'support', 'change', 'update', 'release', 'version', 'process', 'system', 'service',
  'access', 'control', 'design', 'performance', 'experience', 'solution', 'upgrade', 'transformation', 'texture', 'tone',
  'clarity', 'comfort', 'defence', 'detox', 'energy', 'fix', 'shine',
];
const all = FIRST.flatMap((a) => SECOND.map((b) => `${a} ${b}`));
// A fixed shuffle, so the 200 are a spread of the 2,000 and every run uses the same.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
for (let i = all.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [all[i], all[j]] = [all[j], all[i]];
}

/** The first `count` phrases, as config file entries. */
export function userPhrases(count) {
  return all.slice(0, count).map((p, i) => ({ id: `house/phrase-${i}`, match: [p], message: `Avoid "${p}".`, severity: 'warn' }));
}
