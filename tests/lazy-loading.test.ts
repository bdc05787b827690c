// A one-file run in a pre-commit hook must not load what only some runs need.
// This walks the static imports of the built CLI (dynamic import() is lazy
// by definition) and checks which modules a plain run would load.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './cli-helpers.js';

const STATIC_IMPORT = /^\s*(?:import|export)\s(?:[^'"();]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;

function staticGraph(entry: string): { local: Set<string>; packages: Set<string> } {
  const local = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (local.has(file)) return;
    local.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (spec!.startsWith('.')) visit(path.resolve(path.dirname(file), spec!));
      else packages.add(spec!);
    }
  };
  visit(entry);
  return { local, packages };
}

const rel = (set: Set<string>) => [...set].map((f) => path.relative(path.join(root, 'dist'), f).split(path.sep).join('/'));

describe('lazy loading', () => {
  it('keeps optional formatters, the report writer and the Markdown engine off the CLI start-up path', () => {
    const { local, packages } = staticGraph(path.join(root, 'dist', 'src', 'cli', 'main.js'));
    const files = rel(local);
    // The prefilter is on it; the engine loads only for a file that passes it.
    expect(files).toContain('src/screen/prefilter.js');
    for (const engine of ['src/screen/lint-text.js', 'src/engine/lint-document.js', 'src/markdown/parse.js', 'src/markdown/parse-mdx.js']) expect(files).not.toContain(engine);
    for (const lazy of ['sarif', 'markdown', 'junit', 'github', 'compact', 'stylish', 'json']) {
      expect(files).not.toContain(`src/report/formatters/${lazy}.js`);
    }
    for (const heavy of ['remark-stringify', 'write-file-atomic', 'chalk', 'remark-mdx', 'yaml', 'toml-eslint-parser', 'unified', 'remark-parse', 'remark-gfm']) {
      expect(packages).not.toContain(heavy);
    }
  });

  it('keeps formatters off the library entry too', () => {
    const files = rel(staticGraph(path.join(root, 'dist', 'src', 'index.js')).local);
    expect(files.some((f) => /formatters\/(sarif|markdown|junit)\.js$/.test(f))).toBe(false);
  });
});
