#!/usr/bin/env node
// node scripts/bench/check-fast-parse.js [DIR|FILE ...]
//
// Holds the fast path for plain blocks (src/markdown/fast-parse.ts) to
// micromark on real files: every Markdown file under the given paths (by
// default the documentation corpus, the claim-dense corpus's pages if it has been
// built, fixtures/ and docs/) is parsed by claimlint's parseMarkdown and by
// one plain micromark parse, and the trees (positions included) must be
// equal. Prints how many files the fast path built blocks of, how many trees
// differ (each named), and both parse times; exits 1 on a difference.
// Needs `npm run build` (it reads dist/).
import assert from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { parseMarkdown, parseWith, markdownParser } = await import(path.join(root, 'dist/src/markdown/parse.js'));
const { fastParse } = await import(path.join(root, 'dist/src/markdown/fast-parse.js'));

function defaults() {
  const out = [path.join(root, '..', 'shared', 'corpus'), path.join(root, 'fixtures'), path.join(root, 'docs')];
  for (const name of readdirSync(tmpdir())) if (name.startsWith('claimlint-dense-')) out.push(path.join(tmpdir(), name, 'pages'));
  return out.filter((p) => existsSync(p));
}

function* markdownFiles(target) {
  if (statSync(target).isFile()) {
    yield target;
    return;
  }
  for (const name of readdirSync(target, { recursive: true })) if (/\.(md|markdown)$/.test(name)) yield path.join(target, name);
}

const targets = process.argv.length > 2 ? process.argv.slice(2) : defaults();
let files = 0;
let built = 0;
let differ = 0;
let fastMs = 0;
let micromarkMs = 0;
for (const target of targets) {
  for (const file of markdownFiles(target)) {
    const text = readFileSync(file, 'utf8');
    files++;
    if (fastParse(text, () => []) !== undefined) built++;
    let t = performance.now();
    const fast = parseMarkdown(text);
    fastMs += performance.now() - t;
    t = performance.now();
    const whole = parseWith(markdownParser(), text);
    micromarkMs += performance.now() - t;
    try {
      assert.deepStrictEqual(JSON.parse(JSON.stringify(fast)), JSON.parse(JSON.stringify(whole)));
    } catch {
      differ++;
      console.log(`differs: ${file}`);
    }
  }
}
console.log(`${files} files under ${targets.join(', ')}`);
console.log(`the fast path built blocks of ${built}; ${differ} trees differ from micromark's`);
console.log(`parse time: ${(fastMs / 1000).toFixed(2)} s with the fast path, ${(micromarkMs / 1000).toFixed(2)} s micromark alone`);
process.exit(differ > 0 ? 1 : 0);
