// Issue 21, item 4: config and ignore files are read only when they are
// regular files of bounded size (a committed link to /dev/stdin or a FIFO
// must not hang the run, one to a device must not read without end), and a
// config's values are never echoed in errors (a link to a credentials file
// must not print it).
import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintJson, runCli, tempRepo } from '../cli-run.js';

const CLAIM = 'It erases wrinkles.\n';
const SECRET = 'hunter2-s3cr3t';

function fifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

describe('a config file that is not a regular file', () => {
  it('is refused, not waited on, when it is a FIFO', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM });
    fifo(path.join(dir, 'claimlint.config.yaml'));
    const run = await runCli(['a.md'], dir);
    expect(run.stderr).toBe('claimlint: claimlint.config.yaml: cannot read: not a regular file\n');
    expect(run.code).toBe(2);
  });

  it('is refused when it links to a device', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM });
    await symlink('/dev/zero', path.join(dir, 'claimlint.config.json'));
    const run = await runCli(['a.md'], dir);
    expect(run.stderr).toBe('claimlint: claimlint.config.json: cannot read: not a regular file\n');
  });

  it('is refused when it is too large, without reading it all', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'claimlint.config.json': `{"market": "us", "x": "${'a'.repeat(5 * 1024 * 1024)}"}` });
    const run = await runCli(['a.md'], dir);
    expect(run.stderr).toBe('claimlint: claimlint.config.json: cannot read: file too large (5 MB; the limit is 4 MB)\n');
  });

  it('in package.json is not waited on either', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM });
    fifo(path.join(dir, 'package.json'));
    const { code, byFile } = await lintJson(['a.md'], dir);
    expect(code).toBe(1);
    expect(byFile['a.md']!.errorCount).toBe(1);
  });

  it('is refused through extends and --config alike', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'claimlint.config.json': '{ "extends": "./base.json" }' });
    fifo(path.join(dir, 'base.json'));
    expect((await runCli(['a.md'], dir)).stderr).toBe('claimlint: base.json: cannot read: not a regular file\n');
    expect((await runCli(['a.md', '--config', 'base.json'], dir)).stderr).toBe('claimlint: base.json: cannot read: not a regular file\n');
  });
});

describe('a config that is not what it seems', () => {
  it('never has its content echoed (a link to an environment or credentials file)', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'secrets.txt': `TOKEN=${SECRET}\u0000PATH=/usr/bin\u0000` });
    await symlink(path.join(dir, 'secrets.txt'), path.join(dir, 'claimlint.config.yaml'));
    const run = await runCli(['a.md'], dir);
    expect(run.stderr).toBe('claimlint: claimlint.config.yaml:1:1: expected an object, got a string\n');
  });

  const values: Array<[string, string]> = [
    ['market', `market: ${SECRET}\n`],
    ['strict', `strict: ${SECRET}\n`],
    ['ignores', `ignores: ${SECRET}\n`],
    ['rules', `rules:\n  hype: ${SECRET}\n`],
    ['a nested list', `extends: [${SECRET}]\nmarket: [${SECRET}]\n`],
    ['YAML syntax', `password: "${SECRET}\n`],
    ['JSON syntax', `{"password": "${SECRET}", }}`],
  ];
  for (const [what, text] of values) {
    it(`says what was expected without the value (${what})`, async () => {
      const name = what === 'JSON syntax' ? 'claimlint.config.json' : 'claimlint.config.yaml';
      const dir = await tempRepo({ 'a.md': CLAIM, [name]: text });
      const run = await runCli(['a.md'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^claimlint: ${name.replace('.', '\\.')}`));
      expect(run.stderr).not.toContain(SECRET);
      expect(run.stderr).not.toContain('hunter2');
    });
  }

  it('still names the key and what it expected', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'claimlint.config.json': '{"rules": {"hype": "of"}}' });
    expect((await runCli(['a.md'], dir)).stderr).toBe('claimlint: claimlint.config.json:1:12: rules.hype: expected "off" | "warn" | "error", got another string; did you mean "off"?\n');
  });
});

describe('ignore files that are not regular files', () => {
  // Not read, and not waited on: what such a file leaves out is unknown, so
  // the files under its folder are neither linted nor fixed, and it is named.
  it('do not hang a directory walk (.claimlintignore and .gitignore as FIFOs), and are named', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'sub/b.md': CLAIM, 'other/c.md': CLAIM });
    fifo(path.join(dir, 'sub', '.claimlintignore'));
    fifo(path.join(dir, 'sub', '.gitignore'));
    await symlink('/dev/zero', path.join(dir, 'other', '.gitignore'));
    const { code, byFile } = await lintJson(['.'], dir);
    expect(code).toBe(2);
    expect(Object.keys(byFile).sort()).toEqual(['a.md', 'other/.gitignore', 'sub/.claimlintignore', 'sub/.gitignore']);
  });

  it('do not hang a file named on the command line, and are named', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'docs/b.md': CLAIM });
    await symlink('/dev/zero', path.join(dir, 'docs', '.claimlintignore'));
    const { code, byFile } = await lintJson(['a.md', 'docs/b.md'], dir);
    expect(code).toBe(2);
    expect(Object.keys(byFile).sort()).toEqual(['a.md', 'docs/.claimlintignore']);
  });

  it('that are regular are still honoured', async () => {
    const dir = await tempRepo({ 'a.md': CLAIM, 'b.md': CLAIM, 'c.md': CLAIM, '.claimlintignore': 'b.md\n' });
    await writeFile(path.join(dir, '.gitignore'), 'a.md\n');
    const { byFile } = await lintJson(['.'], dir);
    expect(Object.keys(byFile)).toEqual(['c.md']);
  });
});
