#!/usr/bin/env node
// Lints a directory in one thread through the library API with N generated
// user phrases (npm run bench compares 2,000 against 200). The phrases go in
// as a resolved configuration, the shape a config file's `phrases` becomes.
// Usage: node scripts/bench/phrases.js DIR N
import { discoverFiles } from '../../dist/src/files.js';
import { DEFAULT_CONFIG } from '../../dist/src/config-types.js';
import { lintFiles } from '../../dist/src/lint-files.js';

const [dir, count] = [process.argv[2], Number(process.argv[3] ?? 2000)];
if (!dir || !Number.isInteger(count)) {
  console.error('usage: node scripts/bench/phrases.js DIR N');
  process.exit(2);
}

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
const phrases = all.slice(0, count).map((p, i) => ({ id: `house-phrase-${i}`, match: [p], message: `Avoid "${p}".`, severity: 'warn' }));

const { files } = await discoverFiles([dir]);
const config = { ...DEFAULT_CONFIG, phrases };
const results = await lintFiles(
  files.map((file) => ({ file, config })),
  { concurrency: 'off' },
);
process.stdout.write(`${results.length} files, ${results.reduce((n, r) => n + r.warningCount, 0)} phrase warnings\n`);
