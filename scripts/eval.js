#!/usr/bin/env node
// Scores claimlint against labelled sentences (JSON lines: text, label
// flag|ok, category): precision, recall and F1 overall and per category,
// then the misses and false alarms. Usage: npm run eval [-- FILE] [--json] [--market us|eu|uk]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../dist/src/screen/lint-text.js';
import { rulePack, rules } from '../dist/rules/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const marketAt = args.indexOf('--market');
const market = marketAt >= 0 ? args[marketAt + 1] : 'us';
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--market') ?? path.join(root, '..', 'shared', 'eval', 'dev.jsonl');

const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const config = { market, rules: {}, phrases: [], approved: [] };
const ratio = (a, b) => (b === 0 ? null : a / b);
const f1 = (p, r) => (p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r));

let tp = 0, fp = 0, fn = 0, tn = 0;
const perCat = new Map();
const cat = (c) => {
  if (!perCat.has(c)) perCat.set(c, { tp: 0, fp: 0, fn: 0 });
  return perCat.get(c);
};
// A sentence's primary category is that of its most serious finding (rule
// order is priority), so each sentence gets one predicted label, as it has one gold label.
const rank = new Map(rules.map((r, i) => [r.meta.category, i]));
const primaryOf = (messages) =>
  messages.map((m) => m.category).filter(Boolean).sort((a, b) => (rank.get(a) ?? 99) - (rank.get(b) ?? 99))[0];
const primaryCat = new Map();
const pcat = (c) => {
  if (!primaryCat.has(c)) primaryCat.set(c, { tp: 0, fp: 0, fn: 0 });
  return primaryCat.get(c);
};
const misses = [];
const falseAlarms = [];
const wrongCategory = [];
for (const row of rows) {
  const messages = lintText(row.text, { pack: rulePack, config }).messages.filter((m) => m.ruleId);
  const predicted = new Set(messages.map((m) => m.category).filter(Boolean));
  const flagged = messages.length > 0;
  const primary = primaryOf(messages);
  if (row.label === 'flag') {
    if (primary === row.category) pcat(row.category).tp++;
    else {
      pcat(row.category).fn++;
      if (primary) pcat(primary).fp++;
    }
  } else if (primary) pcat(primary).fp++;
  if (row.label === 'flag') {
    if (flagged) tp++;
    else { fn++; misses.push(row); }
    const c = cat(row.category);
    if (predicted.has(row.category)) c.tp++;
    else { c.fn++; if (flagged) wrongCategory.push({ ...row, predicted: [...predicted] }); }
    for (const p of predicted) if (p !== row.category) cat(p).fp++;
  } else {
    if (flagged) { fp++; falseAlarms.push({ ...row, predicted: messages.map((m) => `${m.ruleId}: ${m.claim}`) }); }
    else tn++;
    for (const p of predicted) cat(p).fp++;
  }
}
const precision = ratio(tp, tp + fp);
const recall = ratio(tp, tp + fn);
const summary = {
  file: path.relative(process.cwd(), file),
  sentences: rows.length,
  overall: { precision, recall, f1: f1(precision, recall), tp, fp, fn, tn },
  primaryCategories: Object.fromEntries(
    [...primaryCat.entries()].sort().map(([c, v]) => {
      const p = ratio(v.tp, v.tp + v.fp);
      const r = ratio(v.tp, v.tp + v.fn);
      return [c, { precision: p, recall: r, f1: f1(p, r), ...v }];
    }),
  ),
  categories: Object.fromEntries(
    [...perCat.entries()].sort().map(([c, v]) => {
      const p = ratio(v.tp, v.tp + v.fp);
      const r = ratio(v.tp, v.tp + v.fn);
      return [c, { precision: p, recall: r, f1: f1(p, r), ...v }];
    }),
  ),
};

if (asJson) {
  console.log(JSON.stringify({ ...summary, misses, falseAlarms, wrongCategory }, null, 2));
} else {
  const pct = (x) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
  console.log(`claimlint eval on ${summary.file} (${rows.length} sentences, market ${market})\n`);
  console.log(`overall   precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(summary.overall.f1)}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})\n`);
  const table = (title, cats) => {
    console.log(title);
    console.log('category                    precision  recall     F1     tp  fp  fn');
    for (const [c, v] of Object.entries(cats)) {
      console.log(`${c.padEnd(27)} ${pct(v.precision)}   ${pct(v.recall)}  ${pct(v.f1)}  ${String(v.tp).padStart(3)} ${String(v.fp).padStart(3)} ${String(v.fn).padStart(3)}`);
    }
    console.log('');
  };
  table('by primary category (each sentence labelled with its most serious finding):', summary.primaryCategories);
  table('by any category (a sentence counts for every category it was flagged under):', summary.categories);
  for (const [c, v] of []) {
    console.log(`${c.padEnd(27)} ${pct(v.precision)}   ${pct(v.recall)}  ${pct(v.f1)}  ${String(v.tp).padStart(3)} ${String(v.fp).padStart(3)} ${String(v.fn).padStart(3)}`);
  }
  if (misses.length) {
    console.log(`\nmissed (${misses.length}):`);
    for (const m of misses) console.log(`  [${m.category}] ${m.text}`);
  }
  if (falseAlarms.length) {
    console.log(`\nfalse alarms (${falseAlarms.length}):`);
    for (const m of falseAlarms) console.log(`  ${m.text}\n      <- ${m.predicted.join(' | ')}`);
  }
  if (wrongCategory.length) {
    console.log(`\nflagged under another category (${wrongCategory.length}):`);
    for (const m of wrongCategory) console.log(`  [${m.category} -> ${m.predicted.join(', ')}] ${m.text}`);
  }
  // The figures again, last, for anything that reads only the tail.
  console.log(`\n${rows.length} sentences; overall precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(summary.overall.f1)}`);
}
