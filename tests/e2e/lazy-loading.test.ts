// A one-file run in a pre-commit hook must not load what only some runs need.
// This walks the static imports of the built CLI (dynamic import() is lazy
// by definition) and checks which modules a plain run would load.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from '../cli-helpers.js';

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

describe('MDX and front matter parsers', () => {
  // Plain Markdown must not pull in remark-mdx or YAML. Unbundled, a loader
  // hook prints each module resolved; bundled, a preload watches which
  // bundles bin/claimlint.js loads (the engine, which holds remark-mdx, and yaml).
  it('loads remark-mdx only for .mdx files and yaml only for front matter', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-lazy-'));
    const hooks = path.join(dir, 'hooks.mjs');
    // Module hooks run on a thread of their own: what they print to stderr
    // can be lost when the process exits first (it was, under load), so they
    // write to a file, at once.
    const log = path.join(dir, 'loaded.log');
    await writeFile(
      hooks,
      `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); if (/remark-mdx|\\/yaml\\//.test(r.url)) appendFileSync(${JSON.stringify(log)}, \`loaded \${s}\\n\`); return r; }\n`,
    );
    await writeFile(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${hooks}`).href)});\n`);
    const unbundled = path.join(dir, 'run.mjs');
    await writeFile(unbundled, `import { runCli } from ${JSON.stringify(new URL(`file://${path.join(root, 'dist', 'src', 'cli', 'main.js')}`).href)};\nawait runCli();\n`);
    const watch = path.join(dir, 'watch.cjs');
    await writeFile(
      watch,
      "let load; Object.defineProperty(globalThis, Symbol.for('claimlint.loadBundle'), { get: () => (name) => { process.stderr.write(`bundle ${name}\\n`); return load(name); }, set: (f) => { load = f; } });\n",
    );
    await writeFile(path.join(dir, 'plain.md'), 'It may help skin look brighter.\n');
    await writeFile(path.join(dir, 'front.md'), '---\ntitle: A calm visit\n---\n\nText.\n');
    await writeFile(path.join(dir, 'page.mdx'), '<Note title="A calm visit" />\n');
    const run = promisify(execFile);
    const bin = path.join(root, 'bin', 'claimlint.js');
    const loads = async (file: string) => {
      await writeFile(log, '');
      await run(process.execPath, ['--import', path.join(dir, 'register.mjs'), unbundled, file], { cwd: dir });
      return readFile(log, 'utf8');
    };
    expect(await loads('plain.md')).not.toMatch(/remark-mdx|yaml/);
    expect(await loads('front.md')).toMatch(/loaded yaml/);
    expect(await loads('front.md')).not.toMatch(/remark-mdx/);
    expect(await loads('page.mdx')).toMatch(/loaded remark-mdx/);
    const bundles = async (file: string) => [...new Set((await run(process.execPath, ['--require', watch, bin, file], { cwd: dir })).stderr.split('\n').filter(Boolean))];
    expect(await bundles('plain.md')).toEqual([]);
    expect(await bundles('front.md')).toEqual(['bundle ./yaml.cjs']);
    expect(await bundles('page.mdx')).toEqual(['bundle ./engine.cjs']);
  });
});
