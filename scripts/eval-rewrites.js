#!/usr/bin/env node
// How good are the rewrites claimlint offers, on real sentences? For every
// sentence of ../shared/eval/*.jsonl that claimlint flags (under all rules, in
// the row's market), applies each suggestion and checks it with
// scripts/rewrite-checks.js: lints clean, keeps every word outside the
// claims, passes the grammar sanity checks. Reports:
//
//   offered rate   findings with at least one rewrite (replacement text or a deletion)
//   fixable rate   findings --fix would rewrite unasked
//   pass rate      suggestions (and fixes) passing all three checks
//
//   npm run eval:rewrites                 every file in ../shared/eval
//   npm run eval:rewrites -- FILE...      those files
//   --list                                print every failing suggestion
//   --all                                 print every suggestion (for a reviewer's read)
//   --json                                the figures as JSON
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../dist/src/screen/lint-text.js';
import { rulePack } from '../dist/rules/index.js';
import { sentenceSpans } from '../dist/src/text/sentences.js';
import { sharedPath } from './bench/shared-dir.js';
import { marketOf } from './eval-market.js';
import { checkSentence, passes } from './rewrite-checks.js';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const list = args.includes('--list');
const all = args.includes('--all');
const every = [];
const named = args.filter((a) => !a.startsWith('--'));
const evalDir = sharedPath('eval');
const files = named.length > 0 ? named : readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(evalDir, f));

const configs = new Map();
const configFor = (market) => {
  if (!configs.has(market)) configs.set(market, { market, rules: {}, phrases: [], approved: [], allRules: true });
  return configs.get(market);
};

const totals = { sentences: 0, flagged: 0, findings: 0, offered: 0, fixable: 0, suggestions: 0, clean: 0, kept: 0, grammatical: 0, passed: 0, fixes: 0, fixesPassed: 0 };
const byRule = new Map();
const failures = [];
const leftKinds = {};
for (const file of files) {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  for (const row of rows) {
    totals.sentences++;
    const config = configFor(marketOf(row.source));
    const lint = (text) => lintText(text, { pack: rulePack, config }).messages.filter((m) => m.ruleId);
    const checked = checkSentence(row.text, lint, sentenceSpans);
    if (checked.findings.length === 0) continue;
    totals.flagged++;
    for (const f of checked.findings) {
      const r = byRule.get(f.ruleId) ?? { findings: 0, offered: 0, fixable: 0, suggestions: 0, passed: 0 };
      byRule.set(f.ruleId, r);
      totals.findings++;
      r.findings++;
      if (f.suggestions.length > 0) {
        totals.offered++;
        r.offered++;
      }
      if (f.fixable) {
        totals.fixable++;
        r.fixable++;
      }
      for (const s of f.suggestions) {
        totals.suggestions++;
        r.suggestions++;
        if (s.clean) totals.clean++;
        for (const k of new Set(s.leftKinds)) leftKinds[k] = (leftKinds[k] ?? 0) + 1;
        if (s.lost.length === 0) totals.kept++;
        if (s.grammar.length === 0) totals.grammatical++;
        const ok = passes(s);
        every.push({ rule: f.ruleId, fix: s.isFix, text: row.text, edited: s.edited });
        if (ok) {
          totals.passed++;
          r.passed++;
        }
        if (s.isFix) {
          totals.fixes++;
          if (ok) totals.fixesPassed++;
        }
        if (!ok) {
          const why = [...(s.clean ? [] : [`not clean (${s.left.map((l, i) => `${s.leftKinds[i]} ${l}`).join('; ')})`]), ...(s.lost.length ? [`lost ${s.lost.join(', ')}`] : []), ...s.grammar];
          failures.push({ file: path.basename(file), rule: f.ruleId, claim: f.claim, fix: s.isFix, text: row.text, edited: s.edited, why });
        }
      }
    }
  }
}

const pct = (a, b) => (b === 0 ? '    -' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
if (asJson) {
  console.log(JSON.stringify({ totals, leftKinds, byRule: Object.fromEntries(byRule), failures }, null, 2));
  process.exit(0);
}
const t = totals;
console.log(`claimlint rewrites on real sentences (${files.map((f) => path.basename(f)).join(', ')}; all rules, each row's market)\n`);
console.log(`sentences ${t.sentences}, flagged ${t.flagged}, findings ${t.findings}`);
console.log(`offered:  ${pct(t.offered, t.findings)} of findings have a rewrite (${t.offered}/${t.findings})`);
console.log(`fixable:  ${pct(t.fixable, t.findings)} of findings are fixed by --fix (${t.fixable}/${t.findings})`);
console.log(`suggestions ${t.suggestions}:`);
console.log(`  lints clean           ${pct(t.clean, t.suggestions)}`);
console.log(`    (findings left: ${Object.entries(leftKinds).map(([k, n]) => `${k} ${n}`).join(', ')}: in-edit = the claim is unresolved or the rewrite made one, other = another finding of the sentence)`);
console.log(`  keeps the other words ${pct(t.kept, t.suggestions)}`);
console.log(`  grammar sanity        ${pct(t.grammatical, t.suggestions)}`);
console.log(`  passes all three      ${pct(t.passed, t.suggestions)} (${t.passed}/${t.suggestions})`);
console.log(`fixes ${t.fixes}: passing all three ${pct(t.fixesPassed, t.fixes)} (${t.fixesPassed}/${t.fixes})\n`);
console.log('rule                        findings  offered  fixable  suggestions  passing');
for (const [id, r] of [...byRule.entries()].sort()) {
  console.log(`${id.padEnd(27)} ${String(r.findings).padStart(8)}  ${pct(r.offered, r.findings)}   ${pct(r.fixable, r.findings)}  ${String(r.suggestions).padStart(11)}  ${pct(r.passed, r.suggestions)}`);
}
if (list) {
  console.log(`\nfailing suggestions (${failures.length}):`);
  for (const f of failures) {
    console.log(`\n[${f.rule}${f.fix ? ', --fix' : ''}] ${f.why.join('; ')}\n  - ${f.text}\n  + ${f.edited}`);
  }
}
if (all) {
  console.log(`\nevery suggestion (${every.length}):`);
  for (const e of every) console.log(`\n[${e.rule}${e.fix ? ', --fix' : ''}]\n  - ${e.text}\n  + ${e.edited}`);
}
