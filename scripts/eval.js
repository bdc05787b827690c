#!/usr/bin/env node
// Scores claimlint against labelled real sentences (JSON lines: text, label
// flag|ok, category, source): precision, recall and F1 for each file and
// overall, per category, then the misses and false alarms.
//
//   npm run eval                      every file in ../shared/eval, a table each and overall
//   npm run eval -- FILE [FILE...]    those files
//   --market us|eu|uk                 judge every row in one market (default: each row's own, below)
//   --misses                          list misses, false alarms and wrong categories (default with one file)
//   --json                            the figures (and lists) as JSON
//
// Each row is judged in the market of the page it came from (scripts/eval-market.js):
// a POM name is a finding on a UK clinic's page and not on a US one.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../dist/src/screen/lint-text.js';
import { rulePack, rules } from '../dist/rules/index.js';
import { sharedPath } from './bench/shared-dir.js';
import { marketOf } from './eval-market.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const marketAt = args.indexOf('--market');
const forcedMarket = marketAt >= 0 ? args[marketAt + 1] : undefined;
const named = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--market');
const evalDir = sharedPath('eval');
const files = named.length > 0 ? named : readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(evalDir, f));
const showLists = args.includes('--misses') || files.length === 1;

const configs = new Map();
const configFor = (market) => {
  if (!configs.has(market)) configs.set(market, { market, rules: {}, phrases: [], approved: [] });
  return configs.get(market);
};
const ratio = (a, b) => (b === 0 ? null : a / b);
const f1 = (p, r) => (p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r));
// A sentence's primary category is that of its most serious finding (rule
// order is priority), so each sentence gets one predicted label, as it has one gold label.
const rank = new Map(rules.map((r, i) => [r.meta.category, i]));
const primaryOf = (messages) =>
  messages.map((m) => m.category).filter(Boolean).sort((a, b) => (rank.get(a) ?? 99) - (rank.get(b) ?? 99))[0];

function score(rows) {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const any = new Map();
  const primary = new Map();
  const cell = (map, c) => {
    if (!map.has(c)) map.set(c, { tp: 0, fp: 0, fn: 0 });
    return map.get(c);
  };
  const misses = [];
  const falseAlarms = [];
  const wrongCategory = [];
  for (const row of rows) {
    const market = forcedMarket ?? marketOf(row.source);
    const messages = lintText(row.text, { pack: rulePack, config: configFor(market) }).messages.filter((m) => m.ruleId);
    const predicted = new Set(messages.map((m) => m.category).filter(Boolean));
    const flagged = messages.length > 0;
    const top = primaryOf(messages);
    if (row.label === 'flag') {
      if (top === row.category) cell(primary, row.category).tp++;
      else {
        cell(primary, row.category).fn++;
        if (top) cell(primary, top).fp++;
      }
      if (flagged) counts.tp++;
      else {
        counts.fn++;
        misses.push({ ...row, market });
      }
      if (predicted.has(row.category)) cell(any, row.category).tp++;
      else {
        cell(any, row.category).fn++;
        if (flagged) wrongCategory.push({ ...row, market, predicted: [...predicted] });
      }
      for (const p of predicted) if (p !== row.category) cell(any, p).fp++;
    } else {
      if (top) cell(primary, top).fp++;
      if (flagged) {
        counts.fp++;
        falseAlarms.push({ ...row, market, predicted: messages.map((m) => `${m.ruleId}: ${m.claim}`) });
      } else counts.tn++;
      for (const p of predicted) cell(any, p).fp++;
    }
  }
  return { counts, any, primary, misses, falseAlarms, wrongCategory };
}

const figures = (c) => {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return { precision, recall, f1: f1(precision, recall), ...c };
};
const table = (map) => Object.fromEntries([...map.entries()].sort().map(([c, v]) => [c, figures(v)]));

const perFile = [];
const total = { tp: 0, fp: 0, fn: 0, tn: 0 };
const totalAny = new Map();
for (const file of files) {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const s = score(rows);
  for (const k of Object.keys(total)) total[k] += s.counts[k];
  for (const [c, v] of s.any) {
    const t = totalAny.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    t.tp += v.tp;
    t.fp += v.fp;
    t.fn += v.fn;
    totalAny.set(c, t);
  }
  perFile.push({ file: path.relative(process.cwd(), file), sentences: rows.length, overall: figures(s.counts), categories: table(s.any), primaryCategories: table(s.primary), misses: s.misses, falseAlarms: s.falseAlarms, wrongCategory: s.wrongCategory });
}
const overall = figures(total);
const categories = table(totalAny);

if (asJson) {
  console.log(JSON.stringify({ market: forcedMarket ?? 'per row', files: perFile, overall, categories }, null, 2));
  process.exit(0);
}

const pct = (x) => (x === null ? '    - ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const catTable = (title, cats) => {
  console.log(title);
  console.log('category                    precision  recall     F1     tp  fp  fn');
  for (const [c, v] of Object.entries(cats)) {
    console.log(`${c.padEnd(27)} ${pct(v.precision)}   ${pct(v.recall)}  ${pct(v.f1)}  ${String(v.tp).padStart(3)} ${String(v.fp).padStart(3)} ${String(v.fn).padStart(3)}`);
  }
  console.log('');
};
console.log(`claimlint eval (market: ${forcedMarket ?? "each row's own"})\n`);
console.log('file                              sentences  precision  recall     F1    (tp, fp, fn, tn)');
for (const f of perFile) {
  const o = f.overall;
  console.log(`${f.file.padEnd(34)} ${String(f.sentences).padStart(8)}   ${pct(o.precision)}   ${pct(o.recall)}  ${pct(o.f1)}   (${o.tp}, ${o.fp}, ${o.fn}, ${o.tn})`);
}
if (perFile.length > 1) {
  console.log(`${'all'.padEnd(34)} ${String(perFile.reduce((n, f) => n + f.sentences, 0)).padStart(8)}   ${pct(overall.precision)}   ${pct(overall.recall)}  ${pct(overall.f1)}   (${overall.tp}, ${overall.fp}, ${overall.fn}, ${overall.tn})`);
}
console.log('');
if (perFile.length === 1) catTable('by primary category (each sentence labelled with its most serious finding):', perFile[0].primaryCategories);
catTable(`by any category${perFile.length > 1 ? ', all files' : ''} (a sentence counts for every category it was flagged under):`, perFile.length > 1 ? categories : perFile[0].categories);
if (showLists) {
  for (const f of perFile) {
    if (perFile.length > 1) console.log(`\n### ${f.file}`);
    if (f.misses.length) {
      console.log(`\nmissed (${f.misses.length}):`);
      for (const m of f.misses) console.log(`  [${m.category}${m.market === 'us' ? '' : `, ${m.market}`}] ${m.text}`);
    }
    if (f.falseAlarms.length) {
      console.log(`\nfalse alarms (${f.falseAlarms.length}):`);
      for (const m of f.falseAlarms) console.log(`  ${m.text}\n      <- ${m.predicted.join(' | ')}`);
    }
    if (f.wrongCategory.length) {
      console.log(`\nflagged under another category (${f.wrongCategory.length}):`);
      for (const m of f.wrongCategory) console.log(`  [${m.category} -> ${m.predicted.join(', ')}] ${m.text}`);
    }
  }
}
// The figures again, last, for anything that reads only the tail.
console.log('');
for (const f of perFile) console.log(`${f.file}: precision ${pct(f.overall.precision)}  recall ${pct(f.overall.recall)}  F1 ${pct(f.overall.f1)}`);
if (perFile.length > 1) console.log(`overall: precision ${pct(overall.precision)}  recall ${pct(overall.recall)}  F1 ${pct(overall.f1)}`);
