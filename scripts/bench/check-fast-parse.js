#!/usr/bin/env node
// node scripts/bench/check-fast-parse.js [DIR|FILE ...]
//
// Holds the fast path for plain blocks (src/markdown/fast-parse.ts) to
// micromark on real files: every Markdown and MDX file under the given paths
// (by default the documentation corpus, the claim-dense corpus's pages if it
// has been built, fixtures/ and docs/) is parsed by claimlint's parser and by
// one plain micromark parse, and the trees (positions included) must be
// equal, or both parses fail. Prints how many files the fast path built
// blocks of, how many trees differ (each named), and both parse times; exits
// 1 on a difference. Needs `npm run build` (it reads dist/).
//
// The JavaScript syntax trees MDX attaches to expressions and ESM (estree)
// are left out of the comparison: nothing in claimlint reads them, and after
// front matter micromark's own points some of their nodes at the end of the
// statement, where the fast path, parsing the stretch from its line, gives
// each node its place.
import assert from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { parseMarkdown, parseWith, markdownParser } = await import(path.join(root, 'dist/src/markdown/parse.js'));
const { fastParse } = await import(path.join(root, 'dist/src/markdown/fast-parse.js'));
const { parseMdx, loadMdx } = await import(path.join(root, 'dist/src/markdown/parse-mdx.js'));
const { unified } = await import('unified');
const remarkParse = (await import('remark-parse')).default;
const remarkMdx = (await import('remark-mdx')).default;
const remarkGfm = (await import('remark-gfm')).default;
const remarkFrontmatter = (await import('remark-frontmatter')).default;
await loadMdx();
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** The tree as plain data, without estree. */
const plain = (tree) => JSON.parse(JSON.stringify(tree, (key, value) => (key === 'estree' ? undefined : value)));

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
  for (const name of readdirSync(target, { recursive: true })) if (/\.(md|markdown|mdx)$/.test(name)) yield path.join(target, name);
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
    const isMdx = file.endsWith('.mdx');
    files++;
    if (fastParse(text, () => [], { mdx: isMdx }) !== undefined) built++;
    let t = performance.now();
    const fast = isMdx ? parseMdx(text) : { ok: true, tree: parseMarkdown(text) };
    fastMs += performance.now() - t;
    t = performance.now();
    let whole;
    try {
      whole = { ok: true, tree: isMdx ? mdx.parse(text) : parseWith(markdownParser(), text) };
    } catch {
      whole = { ok: false };
    }
    micromarkMs += performance.now() - t;
    try {
      assert.equal(fast.ok, whole.ok);
      if (fast.ok) assert.deepStrictEqual(plain(fast.tree), plain(whole.tree));
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
