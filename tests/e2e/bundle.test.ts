import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// bin/claimlint.js runs the esbuild bundle from V8's code cache: what loads
// lazily there (config readers, front matter and MDX parsers, JavaScript
// config files) must load in the bundle as it does from the sources.
const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'claimlint.js');
const run = promisify(execFile);

async function lintIn(files: Record<string, string>, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-bundle-'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  const r = await run(process.execPath, [bin, ...args], { cwd: dir }).catch((e: { code: number; stdout: string; stderr: string }) => e);
  return { code: (r as { code?: number }).code ?? 0, stdout: r.stdout, stderr: r.stderr };
}

const rulesIn = (stdout: string) => stdout.trim().split('\n').map((l) => `${l.split(' ')[0]} ${l.split(' ')[2]}`);

describe('the bundled CLI', () => {
  it('leaves the code caches as they are after a run that sets a V8 flag (over 100 files on one thread)', async () => {
    const caches = ['engine.cjs.v8-cache', 'yaml.cjs.v8-cache'].map((f) => path.join(path.dirname(bin), '..', 'dist', 'bundle', f));
    const before = await Promise.all(caches.map((f) => readFile(f)));
    const files = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`p${i}.md`, '---\ntitle: Care\n---\nIt erases wrinkles.\n']));
    const many = await lintIn(files, ['.', '-f', 'compact', '--concurrency', 'off']);
    expect(many.stdout.trim().split('\n')).toHaveLength(120);
    // Written under that flag, V8 would refuse them in every ordinary run (which would write them back).
    expect(await Promise.all(caches.map((f) => readFile(f)))).toEqual(before);
  });

  it('gives the engine and language-server bundles the CLI bundle\'s matcher, word keys and rule compiler instead of copies of their own', async () => {
    const read = (name: string) => readFile(path.join(path.dirname(bin), '..', 'dist', 'bundle', name), 'utf8');
    const [cli, engine, server] = await Promise.all([read('claimlint.cjs'), read('engine.cjs'), read('language-server.cjs')]);
    // A second word-key table in the process would number words its own way.
    for (const definition of ['function phraseKeysWritten(', 'function wordKey(', 'function compileRules(', 'function prefilterFor(', 'function withSpellings(']) {
      expect([cli.includes(definition), engine.includes(definition), server.includes(definition)], definition).toEqual([true, false, false]);
    }
    // Nor does the server bundle the engine: it loads the engine's bundle.
    for (const definition of ['function lintSource(', 'function fixText(', 'function fastParse(']) {
      expect([cli.includes(definition), engine.includes(definition), server.includes(definition)], definition).toEqual([false, true, false]);
    }
    // ...and a run that loads the engine still finds the claims.
    const { stdout } = await lintIn({ 'a.md': 'It erases wrinkles.\n' }, ['a.md', '-f', 'compact']);
    expect(rulesIn(stdout)).toEqual(['a.md:1:4: absolute-guarantee']);
  });

  it('writes every bundle in ASCII, which the bin reads as Latin-1 (a regular expression with "€" still matches it)', async () => {
    const dir = path.join(path.dirname(bin), '..', 'dist', 'bundle');
    for (const name of (await readdir(dir)).filter((f) => f.endsWith('.cjs'))) {
      const bytes = await readFile(path.join(dir, name));
      expect(bytes.findIndex((b) => b > 0x7f), name).toBe(-1);
    }
    // Only the price in euros ties the medicine to an offer (rules/prescription-medicine.ts).
    const { stdout } = await lintIn({ 'a.md': 'Botox from €120.\n' }, ['a.md', '-f', 'compact']);
    expect(rulesIn(stdout)).toEqual(['a.md:1:1: prescription-medicine']);
  });

  it('loads node:crypto only to write a file, not with the Markdown engine', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-bundle-'));
    const watch = path.join(dir, 'watch.cjs');
    await writeFile(watch, "process.on('exit', () => process.stderr.write(process.moduleLoadList.includes('NativeModule crypto') ? 'crypto' : 'none'));\n");
    await writeFile(path.join(dir, 'a.md'), 'It erases wrinkles.\n');
    const r = await run(process.execPath, ['--require', watch, bin, 'a.md', '-f', 'compact'], { cwd: dir }).catch((e: { stdout: string; stderr: string }) => e);
    expect(rulesIn(r.stdout)).toEqual(['a.md:1:4: absolute-guarantee']);
    expect(r.stderr).toBe('none');
  });

  it('reads JSON, YAML and JavaScript config files', async () => {
    const copy = 'It erases wrinkles. Stimulates collagen production.\n';
    const json = await lintIn({ 'a.md': copy, 'c.json': '{ "rules": { "structure-function": "off" } }' }, ['a.md', '-c', 'c.json', '-f', 'compact']);
    expect(rulesIn(json.stdout)).toEqual(['a.md:1:4: absolute-guarantee']);
    const yaml = await lintIn({ 'a.md': copy, 'claimlint.config.yaml': 'rules:\n  absolute-guarantee: "off"\n' }, ['-f', 'compact']);
    expect(rulesIn(yaml.stdout)).toEqual(['a.md:1:21: structure-function']);
    const mjs = await lintIn({ 'a.md': copy, 'claimlint.config.mjs': 'export default { rules: { "absolute-guarantee": "off" } };\n' }, ['-f', 'compact']);
    expect(rulesIn(mjs.stdout)).toEqual(['a.md:1:21: structure-function']);
    expect([json.stderr, yaml.stderr, mjs.stderr]).toEqual(['', '', '']);
  });

  it('lints YAML and TOML front matter and MDX attributes', async () => {
    const { stdout, stderr } = await lintIn(
      {
        'a.md': '---\ntitle: Erases wrinkles\n---\n\nHello.\n',
        'b.md': '+++\ntitle = "Removes scars"\n+++\n\nHello.\n',
        'c.mdx': '<Note title="Erases wrinkles" />\n',
      },
      ['-f', 'compact'],
    );
    expect(rulesIn(stdout)).toEqual(['a.md:2:8: absolute-guarantee', 'b.md:2:10: absolute-guarantee', 'c.mdx:1:14: absolute-guarantee']);
    expect(stderr).toBe('');
  });
});
