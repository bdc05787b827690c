#!/usr/bin/env node
// npm run bench [-- CORPUS] [--runs N] [--startup-runs N]
//
// Measures claimlint against the floor it cannot beat, in one run on one
// machine, so the ratios hold even on a noisy shared box: every comparison
// alternates its two sides run by run and reports medians.
//   throughput  claimlint --concurrency off / bare remark parse of the same files
//   concurrency claimlint --concurrency auto / the same bare parse
//   start-up    claimlint on one small file (clean, and with claims) / node -e 0
//   memory      peak RSS of claimlint / peak RSS of the bare parse
//   phrases     corpus time with 2,000 user phrases in a config file / with 200,
//               with the prefilter and without it (CLAIMLINT_NO_PREFILTER=1)
//   cache       second --cache run / first (cold) run
// It also checks that the prefilter changes no result on the corpus.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { userPhrases } from './bench/phrases.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = flag('--runs', 5);
const startupRuns = flag('--startup-runs', 20);
const corpus = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.join(root, '..', 'shared', 'corpus'));
if (!existsSync(corpus)) {
  console.error(`bench: corpus not found: ${corpus} (pass a directory of Markdown files)`);
  process.exit(2);
}

const bin = path.join(root, 'bin', 'claimlint.js');
const bare = path.join(root, 'scripts', 'bench', 'parse.js');
const rssPreload = pathToFileURL(path.join(root, 'scripts', 'bench', 'max-rss.js')).href;
const work = mkdtempSync(path.join(os.tmpdir(), 'claimlint-bench-'));
const withClaims = path.join(root, 'fixtures', 'seed-article.md');
const clean = path.join(work, 'opening-hours.md');
writeFileSync(
  clean,
  '# Opening hours\n\nThe clinic is open Monday to Saturday, 9am to 6pm, and parking is free at the back.\n\nBook online or call the front desk; we answer within a day.\n',
);

/** Runs a node script to completion; returns wall milliseconds. Output goes to /dev/null. */
function time(nodeArgs, { env = {}, ok = [0, 1], stdout = 'ignore' } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, nodeArgs, { cwd: root, stdio: ['ignore', stdout, 'pipe'], env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!ok.includes(r.status ?? -1)) {
    console.error(`bench: node ${nodeArgs.join(' ')} exited ${r.status ?? r.signal}\n${r.stderr}`);
    process.exit(2);
  }
  return stdout === 'pipe' ? r.stdout : ms;
}

function peakKiB(nodeArgs) {
  const file = path.join(work, 'rss');
  time(['--import', rssPreload, ...nodeArgs], { env: { BENCH_RSS_FILE: file } });
  return Number(readFileSync(file, 'utf8'));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Alternates the sides `n` times, so drift on the machine hits each alike. */
function alternate(n, sides) {
  const times = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  for (let i = 0; i < n; i++) for (const [k, run] of Object.entries(sides)) times[k].push(run());
  return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
}

const lint = (...extra) => [bin, corpus, '--format', 'json', ...extra];
const rows = [];
const row = (what, ours, base, ratio, target) => {
  rows.push({ what, ours, base, ratio, target, ok: ratio <= target });
  console.error(`  ${what}: ${ratio.toFixed(2)} (target <= ${target})`);
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

console.error(`bench: corpus ${corpus}, ${runs} runs (${startupRuns} for start-up)`);
const files = Number(spawnSync(process.execPath, [bare, corpus], { encoding: 'utf8' }).stdout.trim());

const t = alternate(runs, {
  bare: () => time([bare, corpus]),
  off: () => time(lint('--concurrency', 'off')),
  auto: () => time(lint('--concurrency', 'auto')),
});
row('corpus, one process (--concurrency off) / bare parse', fmt(t.off), fmt(t.bare), t.off / t.bare, 1.15);
row('corpus, --concurrency auto / bare parse (one process)', fmt(t.auto), fmt(t.bare), t.auto / t.bare, 0.7);

const s = alternate(startupRuns, {
  node: () => time(['-e', '0']),
  clean: () => time([bin, clean]),
  claims: () => time([bin, withClaims]),
});
row('one small clean file / node -e 0', fmt(s.clean), fmt(s.node), s.clean / s.node, 1.5);
row('one small file with claims (seed article) / node -e 0', fmt(s.claims), fmt(s.node), s.claims / s.node, 1.5);

const mem = { bare: [], off: [] };
for (let i = 0; i < Math.min(runs, 3); i++) {
  mem.bare.push(peakKiB([bare, corpus]));
  mem.off.push(peakKiB(lint('--concurrency', 'off')));
}
const mb = (kib) => `${(kib / 1024).toFixed(0)} MB`;
row('peak memory, one process / bare parse', mb(median(mem.off)), mb(median(mem.bare)), median(mem.off) / median(mem.bare), 1.3);

const noPrefilter = { env: { CLAIMLINT_NO_PREFILTER: '1' } };
const phraseConfig = (count) => {
  const file = path.join(work, `phrases-${count}.json`);
  writeFileSync(file, JSON.stringify({ phrases: userPhrases(count) }));
  return lint('--concurrency', 'off', '-c', file);
};
const [few, many] = [phraseConfig(200), phraseConfig(2000)];
const p = alternate(runs, {
  few: () => time(few),
  many: () => time(many),
  fewAll: () => time(few, noPrefilter),
  manyAll: () => time(many, noPrefilter),
});
row('corpus with 2,000 user phrases / with 200', fmt(p.many), fmt(p.few), p.many / p.few, 1.2);
row('the same, prefilter off (every file parsed and matched)', fmt(p.manyAll), fmt(p.fewAll), p.manyAll / p.fewAll, 1.2);

const cacheFile = path.join(work, 'cache');
const firsts = [];
const seconds = [];
for (let i = 0; i < runs; i++) {
  rmSync(cacheFile, { force: true });
  firsts.push(time(lint('--concurrency', 'off', '--cache', '--cache-location', cacheFile)));
  seconds.push(time(lint('--concurrency', 'off', '--cache', '--cache-location', cacheFile)));
}
row('second --cache run / first', fmt(median(seconds)), fmt(median(firsts)), median(seconds) / median(firsts), 0.2);

const report = (env) => time(lint('--concurrency', 'off'), { env, stdout: 'pipe' }).toString();
const identical = report({}) === report({ CLAIMLINT_NO_PREFILTER: '1' });
console.error(`  prefilter changes no result: ${identical ? 'yes' : 'NO'}`);

rmSync(work, { recursive: true, force: true });
const cpu = os.cpus();
const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism?.() ?? cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${os.platform()}`;
const size = Number(spawnSync('du', ['-sb', corpus], { encoding: 'utf8' }).stdout.split('\t')[0]) / 1e6;
console.log(`\nMachine: ${machine}. Corpus: ${files} files, ${size.toFixed(1)} MB. Medians of ${runs} alternating runs (${startupRuns} for start-up).\n`);
console.log('| measure | claimlint | baseline | ratio | target |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.what} | ${r.ours} | ${r.base} | ${r.ratio.toFixed(2)} | <= ${r.target} ${r.ok ? 'met' : '**not met**'} |`);
console.log(`\nResults with and without the prefilter identical: ${identical ? 'yes' : '**no**'}.`);
if (!identical) process.exitCode = 1;
writeFileSync(path.join(os.tmpdir(), 'claimlint-bench-last.json'), JSON.stringify({ machine, files, rows }, null, 2));
