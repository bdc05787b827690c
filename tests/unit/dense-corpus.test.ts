// The bench's dense-corpus generator (scripts/bench/dense-corpus.js), run on
// a handful of sentences written here: the same input gives the same bytes,
// every page parses as its extension says, its front matter is the YAML a
// clinic page carries, and the pages hold the layout the bench claims.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const script = path.join(root, 'scripts', 'bench', 'dense-corpus.js');

// Our own sentences, with the characters a generator must escape: `<`, `{`,
// `|` and quotes (MDX, tables, YAML and JSX attributes).
const SENTENCES = [
  'Our peel brightens dull skin in one visit.',
  'The serum is gentle enough for daily use.',
  'Results are permanent after three sessions!',
  'A nurse checks your skin before each appointment.',
  'Most clients see smoother skin within <2 weeks.',
  'Pricing {per area} is listed at the front desk.',
  'Choose light | medium | deep, depending on your goals.',
  'We call it the "lunchtime" facial because it takes half an hour.',
  'Ask about aftercare at your consultation.',
  'Clinically proven to fade dark spots.',
  'Gentle on sensitive skin',
  'Firmer skin without surgery',
  'Free from parabens',
  'Why choose us',
  'What is a "glow" facial',
  'Pick <one> or {two}',
  'Is a peel right for you?',
  'Ready for clearer skin?',
];

function makeEval(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const rows = SENTENCES.map((text, i) => JSON.stringify({ text, label: i % 2 ? 'flag' : 'ok' }));
  writeFileSync(path.join(dir, 'a.jsonl'), `${rows.slice(0, 9).join('\n')}\n`);
  writeFileSync(path.join(dir, 'b.jsonl'), `${rows.slice(9).join('\n')}\n`);
}

function generate(out: string, evalDir: string): string {
  return execFileSync(process.execPath, [script, '--out', out, '--eval', evalDir, '--bytes', '400000', '--large-bytes', '60000'], {
    encoding: 'utf8',
  });
}

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((n) => /\.mdx?$/.test(n)).sort();
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

describe('dense corpus generator', () => {
  let work: string;
  let first: string;
  let pages: string[];
  const trees = new Map<string, Root>();

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'claimlint-dense-test-'));
    makeEval(path.join(work, 'eval'));
    first = path.join(work, 'one');
    generate(first, path.join(work, 'eval'));
    pages = filesUnder(path.join(first, 'pages'));
    for (const name of pages) {
      const text = readFileSync(path.join(first, 'pages', name), 'utf8');
      trees.set(name, (name.endsWith('.mdx') ? mdx : markdown).parse(text));
    }
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives the same bytes for the same sentences', { timeout: 60_000 }, () => {
    const second = path.join(work, 'two');
    generate(second, path.join(work, 'eval'));
    const all = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).sort();
    expect(all(second)).toEqual(all(first));
    for (const name of all(first).filter((n) => /\.(mdx?|json)$/.test(n))) {
      expect(readFileSync(path.join(second, name), 'utf8'), name).toBe(readFileSync(path.join(first, name), 'utf8'));
    }
  });

  it('writes what its manifest says, near the sizes asked for', () => {
    const manifest = JSON.parse(readFileSync(path.join(first, 'manifest.json'), 'utf8'));
    const sizes = pages.map((n) => readFileSync(path.join(first, 'pages', n)).length);
    expect(manifest.files).toBe(pages.length);
    expect(manifest.mdxFiles).toBe(pages.filter((n) => n.endsWith('.mdx')).length);
    expect(manifest.bytes).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(manifest.bytes).toBeGreaterThanOrEqual(400_000);
    expect(manifest.bytes).toBeLessThan(420_000);
    expect(manifest.sentences).toBe(SENTENCES.length);
    expect(readFileSync(path.join(first, manifest.large.file)).length).toBe(manifest.large.bytes);
    expect(manifest.large.bytes).toBeGreaterThanOrEqual(60_000);
    expect(manifest.large.bytes).toBeLessThan(70_000);
  });

  it('writes MDX that remark-mdx parses, with components, and front matter with title, description and FAQ', () => {
    expect(pages.some((n) => n.endsWith('.mdx'))).toBe(true);
    let faqs = 0;
    for (const [name, tree] of trees) {
      const yaml = tree.children[0];
      expect(yaml?.type, name).toBe('yaml');
      const data = parseYaml((yaml as { value: string }).value) as Record<string, unknown>;
      expect(typeof data.title, name).toBe('string');
      expect(SENTENCES.map((s) => s.replace(/:$/, ''))).toContain(data.title);
      expect(SENTENCES).toContain(data.description);
      if (Array.isArray(data.faq)) {
        faqs++;
        for (const entry of data.faq as Array<Record<string, unknown>>) {
          expect(typeof entry.question).toBe('string');
          expect(typeof entry.answer).toBe('string');
        }
      }
    }
    expect(faqs).toBeGreaterThan(pages.length / 2);
  });

  it('lays pages out with headings, lists, tables, bold, links, quotes and components', () => {
    const seen = new Set<string>();
    for (const tree of trees.values()) visit(tree, (node) => void seen.add(node.type));
    for (const type of ['heading', 'paragraph', 'list', 'table', 'strong', 'link', 'blockquote', 'mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement']) {
      expect(seen, type).toContain(type);
    }
  });

  it('escapes what MDX and tables would read as syntax, so it comes back as text', () => {
    const mdxText: string[] = [];
    const cells: string[] = [];
    for (const [name, tree] of trees) {
      if (name.endsWith('.mdx')) visit(tree, 'text', (node) => void mdxText.push(node.value));
      visit(tree, 'tableCell', (cell) => visit(cell, 'text', (node) => void cells.push(node.value)));
    }
    expect(mdxText).toContain('Most clients see smoother skin within <2 weeks.');
    expect(mdxText).toContain('Pricing {per area} is listed at the front desk.');
    expect(mdxText).toContain('Pick <one> or {two}');
    expect(cells).toContain('Choose light | medium | deep, depending on your goals.');
  });
});
