// Every relative link in README.md and docs/ must lead somewhere: to a file
// or folder that exists and, with a #fragment, to a heading of that page (as
// GitHub makes heading anchors). Paths in the repository named in inline
// code (`src/run/cache.ts`) must exist too, so the pages follow the tree.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseGfm } from '../markdown-table.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const pages = ['README.md', ...readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f))];
const trees = new Map<string, Root>(pages.map((page) => [page, parseGfm(readFileSync(path.join(root, page), 'utf8'))]));

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(tree: Root): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  visit(tree, 'heading', (heading) => {
    const base = toString(heading).toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  });
  return out;
}

function links(tree: Root): string[] {
  const urls: string[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && 'url' in node) urls.push(node.url as string);
  });
  return urls;
}

const relative = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');

describe('links in README.md and docs/', () => {
  it('are found', () => {
    expect(pages).toContain('docs/rules/index.md');
    expect([...trees.values()].flatMap(links).filter(relative).length).toBeGreaterThan(50);
  });

  it.each(pages)('%s: relative links resolve', (page) => {
    const broken: string[] = [];
    for (const url of links(trees.get(page)!).filter(relative)) {
      const [target, fragment] = url.split('#') as [string, string | undefined];
      const file = target === '' ? page : path.join(path.dirname(page), decodeURIComponent(target));
      if (!existsSync(path.join(root, file))) {
        broken.push(`${url}: no such file`);
        continue;
      }
      if (fragment === undefined || statSync(path.join(root, file)).isDirectory()) continue;
      if (!file.endsWith('.md')) {
        broken.push(`${url}: a fragment on a file that is not Markdown`);
        continue;
      }
      const tree = trees.get(file) ?? parseGfm(readFileSync(path.join(root, file), 'utf8'));
      if (!anchors(tree).has(decodeURIComponent(fragment))) broken.push(`${url}: no heading "#${fragment}" in ${file}`);
    }
    expect(broken).toEqual([]);
  });

  it.each(pages)('%s: repository paths in inline code exist', (page) => {
    const missing: string[] = [];
    visit(trees.get(page)!, 'inlineCode', (node) => {
      // A path with a placeholder (`rules/<rule-id>.ts`) stands for many files.
      if (/^(src|rules|scripts|tests|fixtures|bin|schema|docs)\/[\w./-]*$/.test(node.value) && !existsSync(path.join(root, node.value))) missing.push(node.value);
    });
    expect(missing).toEqual([]);
  });

  it('anchors follow GitHub\'s rules', () => {
    const tree = parseGfm('# What `npm run bench` measures\n## Profiles: where a target is not met\n## Keys\n## Keys\n');
    expect([...anchors(tree)]).toEqual(['what-npm-run-bench-measures', 'profiles-where-a-target-is-not-met', 'keys', 'keys-1']);
  });
});
