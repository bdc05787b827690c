// Issue 21, item 2: data configs (JSON, YAML, package.json) never run code.
// They may extend only data configs and presets; JavaScript runs only from a
// claimlint.config.js/.mjs in the project (or a --config the user names),
// and --no-code-config refuses even that.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../cli-run.js';

const CLAIM = 'It erases wrinkles.\n';
/** A module that leaves a mark when it runs. */
const CODE = `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./RAN', import.meta.url), 'x');\nexport default { rules: { hype: 'off' } };\n`;
const CJS = `require('node:fs').writeFileSync(require('node:path').join(__dirname, 'RAN'), 'x');\nmodule.exports = {};\n`;

async function ran(dir: string): Promise<boolean> {
  return existsSync(path.join(dir, 'RAN'));
}

describe('a data config that extends JavaScript', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['JSON', { 'claimlint.config.json': '{ "extends": "./base.mjs" }', 'base.mjs': CODE }, 'claimlint.config.json:1:3: extends: "./base.mjs" is JavaScript; a JSON or YAML config may extend only presets and other JSON or YAML configs (code runs only from a claimlint.config.js or .mjs)'],
    ['YAML', { 'claimlint.config.yaml': 'extends:\n  - claimlint:strict\n  - ./base.js\n', 'base.js': CODE, 'package.json': '{"type":"module"}' }, 'claimlint.config.yaml:3:5: extends[1]: "./base.js" is JavaScript; a JSON or YAML config may extend only presets and other JSON or YAML configs (code runs only from a claimlint.config.js or .mjs)'],
    ['package.json', { 'package.json': '{ "claimlint": { "extends": "./base.cjs" } }', 'base.cjs': CJS }, 'package.json:1:18: claimlint.extends: "./base.cjs" is JavaScript; a JSON or YAML config may extend only presets and other JSON or YAML configs (code runs only from a claimlint.config.js or .mjs)'],
    ['a JSON config a JSON config extends', { 'claimlint.config.json': '{ "extends": "./mid.json" }', 'mid.json': '{ "extends": ["./base.mjs"] }', 'base.mjs': CODE }, 'mid.json:1:15: extends[0]: "./base.mjs" is JavaScript; a JSON or YAML config may extend only presets and other JSON or YAML configs (code runs only from a claimlint.config.js or .mjs)'],
  ];
  for (const [kind, files, message] of cases) {
    it(`is refused, and the code never runs (${kind})`, async () => {
      const dir = await tempRepo({ 'a.md': CLAIM, ...files });
      const run = await runCli(['a.md'], dir);
      expect(run.stderr).toBe(`claimlint: ${message}\n`);
      expect(run.code).toBe(2);
      expect(await ran(dir)).toBe(false);
    });
  }

  it('is refused through --config too', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'ci.json': '{ "extends": "./base.mjs" }', 'base.mjs': CODE });
    const run = await runCli(['a.md', '--config', 'ci.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ci.json:1:3: extends: "./base.mjs" is JavaScript');
    expect(await ran(dir)).toBe(false);
  });
});

describe('JavaScript configs', () => {
  it('run from claimlint.config.mjs in the project, and may extend JSON', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'claimlint.config.mjs': CODE.replace("{ rules: { hype: 'off' } }", "{ extends: './base.json' }"), 'base.json': '{ "rules": { "absolute-guarantee": "off" } }' });
    const run = await runCli(['a.md', '-f', 'json'], dir);
    expect(run.code).toBe(0);
    expect(await ran(dir)).toBe(true);
  });

  it('are refused with --no-code-config, found or named, and the code never runs', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'claimlint.config.mjs': CODE, 'other.mjs': CODE });
    const found = await runCli(['a.md', '--no-code-config'], dir);
    expect(found.stderr).toBe('claimlint: claimlint.config.mjs: not loaded: --no-code-config refuses JavaScript configs (use claimlint.config.json or .yaml)\n');
    expect(found.code).toBe(2);
    const named = await runCli(['a.md', '--no-code-config', '--config', 'other.mjs'], dir);
    expect(named.stderr).toBe('claimlint: other.mjs: not loaded: --no-code-config refuses JavaScript configs (use claimlint.config.json or .yaml)\n');
    expect(await ran(dir)).toBe(false);
  });

  it('leave data configs alone under --no-code-config', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'claimlint.config.json': '{ "rules": { "absolute-guarantee": "warn" } }' });
    const run = await runCli(['a.md', '--no-code-config', '-f', 'compact'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('warning absolute-guarantee');
  });

  it('cost only the files they govern under --no-code-config', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'sub/claimlint.config.mjs': CODE, 'sub/b.md': CLAIM });
    const run = await runCli(['.', '--no-code-config', '-f', 'compact'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('a.md:1:4');
    expect(run.stderr).toContain('sub/claimlint.config.mjs: not loaded');
    expect(existsSync(path.join(dir, 'sub', 'RAN'))).toBe(false);
  });
});
