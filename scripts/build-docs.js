#!/usr/bin/env node
// Writes the rule reference in docs/rules/ from the built rule pack and real
// runs of each rule's examples (`npm run build:docs` compiles first). With
// --check it writes nothing and exits 1 when a page is not what it would write.
//
// The pack and the linter come through the package's own entry points, so
// the source layout behind them can change without touching this script.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED, renderRuleDocs } from './docs/rule-pages.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'docs', 'rules');
const check = process.argv.includes('--check');

if (!existsSync(path.join(root, 'dist', 'rules', 'index.js'))) {
  console.error('build-docs: dist/ is missing; run `npm run build:docs` (it compiles first)');
  process.exit(2);
}
const { rules, lists, rulePack } = await import('../dist/rules/index.js');
const { MARKETS } = await import('../dist/src/index.js');
// The examples' findings with a given config, synchronously: the library's
// lintText is async because it may read config files, which these need not.
const { lintText: lintScreened } = await import('../dist/src/screen/lint-text.js');
const lintText = (text, options) => lintScreened(text, { pack: rulePack, ...options });

let pages;
try {
  pages = renderRuleDocs({ rules, lists, lintText, markets: [...MARKETS], index: readFileSync(path.join(dir, 'index.md'), 'utf8') });
} catch (error) {
  console.error(`build-docs: ${error.message}`);
  process.exit(1);
}

// Generated pages whose rule is gone.
const stale = readdirSync(dir).filter((name) => name.endsWith('.md') && !pages.has(name) && readFileSync(path.join(dir, name), 'utf8').startsWith(GENERATED));
const changed = [...pages].filter(([name, text]) => !existsSync(path.join(dir, name)) || readFileSync(path.join(dir, name), 'utf8') !== text).map(([name]) => name);

if (check) {
  for (const name of [...changed, ...stale]) console.error(`build-docs: docs/rules/${name} is not current`);
  if (changed.length + stale.length > 0) console.error('build-docs: run `npm run build:docs` and commit the result');
  process.exit(changed.length + stale.length > 0 ? 1 : 0);
}
for (const name of changed) writeFileSync(path.join(dir, name), pages.get(name));
for (const name of stale) rmSync(path.join(dir, name));
console.log(`build-docs: ${pages.size} pages in docs/rules/ (${changed.length} written, ${stale.length} removed)`);
