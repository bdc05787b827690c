import { readFile } from 'node:fs/promises';
import { rulePack } from '../../rules/index.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { lintJson, runCli, summary, tempRepo, writeFiles } from '../cli-run.js';

const CLAIM = 'Erase wrinkles.\n';

describe('config discovery', () => {
  it('uses the nearest config file above each linted file', async () => {
    const dir = await tempRepo({
      'claimlint.config.json': JSON.stringify({ rules: { 'absolute-guarantee': 'warn' } }),
      'a.md': CLAIM,
      'sub/claimlint.config.yaml': 'rules:\n  absolute-guarantee: "off"\n',
      'sub/b.md': CLAIM,
      'sub/deep/c.md': CLAIM,
      'other/d.md': CLAIM,
    });
    const { byFile } = await lintJson([], dir);
    expect(summary(byFile['a.md'])).toEqual(['1:absolute-guarantee:1']);
    expect(summary(byFile['other/d.md'])).toEqual(['1:absolute-guarantee:1']);
    expect(summary(byFile['sub/b.md'])).toEqual([]);
    expect(summary(byFile['sub/deep/c.md'])).toEqual([]);
  });

  it('stops at the repository root', async () => {
    const outer = await tempRepo({});
    await writeFiles(outer, {
      'claimlint.config.json': JSON.stringify({ rules: { 'absolute-guarantee': 'off' } }),
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/a.md': CLAIM,
    });
    const { byFile } = await lintJson([], path.join(outer, 'repo'));
    expect(summary(byFile['a.md'])).toEqual(['1:absolute-guarantee:2']);
  });

  it('reads a "claimlint" key in package.json, but a config file beside it wins', async () => {
    const dir = await tempRepo({
      'package.json': JSON.stringify({ name: 'site', claimlint: { rules: { 'absolute-guarantee': 'warn' } } }),
      'a.md': CLAIM,
      'docs/package.json': JSON.stringify({ name: 'docs', claimlint: { rules: { 'absolute-guarantee': 'warn' } } }),
      'docs/claimlint.config.json': JSON.stringify({ rules: { 'absolute-guarantee': 'off' } }),
      'docs/b.md': CLAIM,
      'plain/package.json': JSON.stringify({ name: 'plain' }),
      'plain/c.md': CLAIM,
    });
    const { byFile } = await lintJson([], dir);
    expect(summary(byFile['a.md'])).toEqual(['1:absolute-guarantee:1']);
    expect(summary(byFile['docs/b.md'])).toEqual([]);
    // A package.json without the key is skipped; the root one governs.
    expect(summary(byFile['plain/c.md'])).toEqual(['1:absolute-guarantee:1']);
  });

  it('names package.json and the key path when its claimlint key is wrong', async () => {
    const dir = await tempRepo({ 'package.json': JSON.stringify({ claimlint: { market: 'fr' } }), 'a.md': CLAIM });
    const { code, stderr } = await runCli([], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: package.json:1:15: claimlint.market: expected "us" | "eu" | "uk", got another string\n');
  });

  it.each([
    ['claimlint.config.yml', 'rules:\n  absolute-guarantee: warn\n'],
    ['claimlint.config.mjs', "export default { rules: { 'absolute-guarantee': 'warn' } };\n"],
    ['claimlint.config.js', "export default { rules: { 'absolute-guarantee': 'warn' } };\n"],
  ])('loads %s', async (name, text) => {
    const dir = await tempRepo({ [name]: text, 'a.md': CLAIM, 'package.json': '{"type": "module"}' });
    const { byFile } = await lintJson([], dir);
    expect(summary(byFile['a.md'])).toEqual(['1:absolute-guarantee:1']);
  });

  it('refuses two config files in one directory', async () => {
    const dir = await tempRepo({ 'claimlint.config.json': '{}', 'claimlint.config.yaml': '{}', 'a.md': CLAIM });
    const { code, stderr } = await runCli([], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: .: found claimlint.config.json and claimlint.config.yaml; keep one\n');
  });

  it('--config names one file for every file; --no-config ignores them all', async () => {
    const dir = await tempRepo({
      'claimlint.config.json': JSON.stringify({ rules: { 'absolute-guarantee': 'warn' } }),
      'shared/strict.yaml': 'extends: claimlint:strict\nrules:\n  structure-function: "off"\n',
      'sub/claimlint.config.json': JSON.stringify({ rules: { 'absolute-guarantee': 'off' } }),
      'sub/a.md': 'Erase wrinkles. It stimulates collagen.\n',
    });
    expect(summary((await lintJson([], dir)).byFile['sub/a.md'])).toEqual(['1:structure-function:2']);
    const named = await lintJson(['--config', 'shared/strict.yaml'], dir);
    expect(summary(named.byFile['sub/a.md'])).toEqual(['1:absolute-guarantee:2']);
    const none = await lintJson(['--no-config'], dir);
    expect(summary(none.byFile['sub/a.md'])).toEqual(['1:absolute-guarantee:2', '1:structure-function:2']);
  });

  it('reports a missing --config file in one line', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM });
    const { code, stderr } = await runCli(['--config', 'nope.json'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: nope.json: cannot read: no such file or directory\n');
  });

  it('extends another config file by relative path, and presets through it', async () => {
    const dir = await tempRepo({
      'base.claimlint.json': JSON.stringify({
        market: 'eu',
        phrases: [{ id: 'house/miracle', match: ['miracle cream'], message: 'No miracles.' }],
      }),
      'claimlint.config.json': JSON.stringify({ extends: ['./base.claimlint.json'], rules: { 'house/miracle': 'error' } }),
      'a.md': 'Try our miracle cream.\n',
    });
    const { byFile } = await lintJson([], dir);
    expect(summary(byFile['a.md'])).toEqual(['1:house/miracle:2']);
    const printed = JSON.parse((await runCli(['--print-config', 'a.md'], dir)).stdout) as { market: string };
    expect(printed.market).toBe('eu');
  });

  it('reports a config that extends itself', async () => {
    const dir = await tempRepo({
      'claimlint.config.json': JSON.stringify({ extends: './b.json' }),
      'b.json': JSON.stringify({ extends: './claimlint.config.json' }),
      'a.md': CLAIM,
    });
    const { code, stderr } = await runCli([], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: claimlint.config.json: extends itself through claimlint.config.json -> b.json\n');
  });

  it('loadConfig resolves a file or a directory for the library API', async () => {
    const dir = await tempRepo({
      'claimlint.config.yaml': 'market: uk\noverrides:\n  - files: ["legal/**"]\n    rules:\n      "*": "off"\n',
      'legal/terms.md': CLAIM,
    });
    const forDir = await loadConfig(rulePack, dir);
    expect(forDir.config.market).toBe('uk');
    expect(forDir.configFile).toBe(path.join(dir, 'claimlint.config.yaml'));
    expect(forDir.config.rules['absolute-guarantee']).toBeUndefined();
    const forFile = await loadConfig(rulePack, path.join(dir, 'legal/terms.md'));
    expect(forFile.config.rules['absolute-guarantee']).toEqual({ severity: 'off' });
    // The same directory and overrides give the same object (the compiled-rules cache key).
    const again = await loadConfig(rulePack, path.join(dir, 'legal/terms.md'), { cwd: dir });
    expect(again.config).toEqual(forFile.config);
  });

  it('--init writes a starter config without asking when no one can answer, and never overwrites', async () => {
    const dir = await tempRepo({});
    const first = await runCli(['--init'], dir);
    expect(first).toMatchObject({ code: 0, stdout: 'Wrote claimlint.config.json\n' });
    const written = JSON.parse(await readFile(path.join(dir, 'claimlint.config.json'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ extends: ['claimlint:recommended'], market: 'us', rules: {} });
    // The starter config is itself valid.
    expect((await runCli(['--print-config', 'x.md'], dir)).code).toBe(0);
    const second = await runCli(['--init'], dir);
    expect(second.code).toBe(2);
    expect(second.stderr).toBe('claimlint: claimlint.config.json: already exists; not overwriting it\n');
  });

  it('--init asks for market and preset at a terminal', async () => {
    const dir = await tempRepo({});
    const answers = ['uk', 'strict'];
    const questions: string[] = [];
    const ask = async (q: string) => {
      questions.push(q);
      return answers.shift() ?? '';
    };
    expect((await runCli(['--init'], dir, { ask })).code).toBe(0);
    expect(questions).toEqual(['Market (us/eu/uk) [us]: ', 'Preset (claimlint:recommended/claimlint:strict/claimlint:all) [claimlint:recommended]: ']);
    const written = JSON.parse(await readFile(path.join(dir, 'claimlint.config.json'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ extends: ['claimlint:strict'], market: 'uk' });
  });
});
