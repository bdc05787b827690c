import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/shared/lint-result.js';
import { rules } from '../../rules/index.js';
import { cli, tempDir } from '../cli-helpers.js';

// Invalid UTF-8 is linted but reported as a warning: a warning the default
// rules produce without any configuration.
const BAD_BYTES = Buffer.concat([Buffer.from('Plain copy.\n'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]);

describe('-o, --output-file', () => {
  it('writes the report to the file and a summary to the terminal', async () => {
    const dir = await tempDir({ 'a.md': 'It erases wrinkles.\n' });
    const { code, stdout } = await cli(['a.md', '-f', 'json', '-o', 'reports/out.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('claimlint: 1 error(s), 0 warning(s); report written to reports/out.json\n');
    const results = JSON.parse(await readFile(path.join(dir, 'reports', 'out.json'), 'utf8')) as LintResult[];
    expect(results[0]!.messages[0]!.claim).toBe('erases wrinkles');
    // Written whole through a temporary file that does not linger.
    expect(await readdir(path.join(dir, 'reports'))).toEqual(['out.json']);
  });

  it('writes no colour codes to the file even with --color', async () => {
    const dir = await tempDir({ 'a.md': 'It erases wrinkles.\n' });
    await cli(['a.md', '--color', '-o', 'out.txt'], dir);
    expect(await readFile(path.join(dir, 'out.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('says in one line when the report cannot be written, exit 2', async () => {
    const dir = await tempDir({ 'a.md': 'Fine.\n', 'taken': 'a file, not a directory\n' });
    const { code, stderr } = await cli(['a.md', '-o', 'taken/out.json'], dir);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toBe('claimlint: cannot write taken/out.json: part of the path is a file, not a directory\n');
  });
});

describe('--max-warnings and --quiet', () => {
  it('exits 0 at or under the limit and 1 over it', async () => {
    const dir = await tempDir({ 'a.md': BAD_BYTES, 'b.md': BAD_BYTES });
    expect((await cli([], dir)).code).toBe(0);
    expect((await cli(['--max-warnings', '2'], dir)).code).toBe(0);
    const over = await cli(['--max-warnings', '1'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('claimlint: too many warnings (2; --max-warnings is 1)\n');
    expect((await cli(['--max-warnings', '0', 'a.md'], dir)).code).toBe(1);
  });

  it('counts rule warnings on a fixture: exit 0 at the limit, 1 over it', async () => {
    const fixture = 'fixtures/formats/warnings.md';
    const { code, stdout } = await cli([fixture, '-f', 'json']);
    const [result] = JSON.parse(stdout) as LintResult[];
    expect([code, result!.errorCount, result!.warningCount]).toEqual([0, 0, 2]);
    expect((await cli([fixture, '--max-warnings', '2'])).code).toBe(0);
    expect((await cli([fixture, '--max-warnings', '1'])).code).toBe(1);
    expect(await cli([fixture, '--quiet'])).toMatchObject({ code: 0, stdout: '' });
    expect((await cli([fixture, '--quiet', '--max-warnings', '1'])).code).toBe(1);
  });

  it('still exits 1 for errors whatever the warning limit', async () => {
    const dir = await tempDir({ 'a.md': 'It erases wrinkles.\n' });
    expect((await cli(['--max-warnings', '100'], dir)).code).toBe(1);
  });

  it('rejects a limit that is not a whole number', async () => {
    const { code, stderr } = await cli(['--max-warnings', 'lots'], await tempDir({}));
    expect(code).toBe(2);
    expect(stderr).toContain('--max-warnings: expected a whole number, got "lots"');
  });

  it('--quiet reports errors only, but warnings still count toward --max-warnings', async () => {
    const dir = await tempDir({ 'a.md': BAD_BYTES, 'b.md': 'It erases wrinkles.\n' });
    const loud = JSON.parse((await cli(['-f', 'json'], dir)).stdout) as LintResult[];
    expect(loud.flatMap((r) => r.messages.map((m) => m.severity))).toEqual([1, 2]);
    const quiet = await cli(['-f', 'json', '--quiet'], dir);
    const results = JSON.parse(quiet.stdout) as LintResult[];
    expect(results.flatMap((r) => r.messages.map((m) => m.severity))).toEqual([2]);
    expect(results.map((r) => r.warningCount)).toEqual([0, 0]);
    const warningsOnly = await tempDir({ 'a.md': BAD_BYTES });
    const q = await cli(['--quiet', '--max-warnings', '0'], warningsOnly);
    expect(q.stdout).toBe('');
    expect(q.code).toBe(1);
  });
});

describe('--stdin', () => {
  it('lints standard input as the named file', async () => {
    const dir = await tempDir({});
    const { code, stdout } = await cli(['--stdin', '--stdin-filename', 'blog/post.md', '-f', 'json'], dir, {}, { stdin: 'Our peel erases fine lines.\n' });
    expect(code).toBe(1);
    const [r] = JSON.parse(stdout) as LintResult[];
    expect(r!.filePath).toBe(path.join(dir, 'blog', 'post.md'));
    expect(r!.messages[0]).toMatchObject({ line: 1, column: 10, claim: 'erases fine lines' });
  });

  it('names stdin "<text>" without a file name, and decodes it like a file', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Reduce scars.\n', 'utf16le')]);
    const { stdout } = await cli(['--stdin', '-f', 'compact'], await tempDir({}), {}, { stdin: utf16 });
    expect(stdout).toMatch(/^<text>:1:1: error absolute-guarantee /);
  });

  it('exits 0 for clean input', async () => {
    expect((await cli(['--stdin'], await tempDir({}), {}, { stdin: 'Book a consultation.\n' })).code).toBe(0);
  });

  it('refuses binary input with one line naming it, exit 2', async () => {
    const { code, stderr } = await cli(['--stdin', '--stdin-filename', 'x.md'], await tempDir({}), {}, { stdin: Buffer.from([0, 1, 2, 3]) });
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: x.md: not a text file (binary content)\n');
  });

  it('rejects paths or --changed-since alongside --stdin, and --stdin-filename alone', async () => {
    const dir = await tempDir({});
    const withPaths = await cli(['--stdin', 'a.md'], dir, {}, { stdin: '' });
    expect(withPaths).toMatchObject({ code: 2, stderr: 'claimlint: --stdin lints standard input only; got paths too: a.md\n' });
    expect((await cli(['--stdin', '--changed-since', 'HEAD'], dir, {}, { stdin: '' })).code).toBe(2);
    const alone = await cli(['--stdin-filename', 'a.md'], dir);
    expect(alone).toMatchObject({ code: 2, stderr: 'claimlint: --stdin-filename needs --stdin\n' });
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  const run = async (args: string[], env: Record<string, string>, isTTY: boolean) => {
    const dir = await tempDir({ 'a.md': 'It erases wrinkles.\n' });
    return (await cli(args, dir, env, { isTTY })).stdout;
  };

  it('is on for a terminal and off for a pipe by default', async () => {
    expect(await run([], {}, true)).toContain(ESC);
    expect(await run([], {}, false)).not.toContain(ESC);
  });

  it('honours NO_COLOR and FORCE_COLOR', async () => {
    expect(await run([], { NO_COLOR: '1' }, true)).not.toContain(ESC);
    expect(await run([], { FORCE_COLOR: '1' }, false)).toContain(ESC);
    expect(await run([], { FORCE_COLOR: '0' }, true)).not.toContain(ESC);
  });

  it('lets --color and --no-color override the environment', async () => {
    expect(await run(['--color'], { NO_COLOR: '1' }, false)).toContain(ESC);
    expect(await run(['--no-color'], { FORCE_COLOR: '1' }, true)).not.toContain(ESC);
  });
});

describe('rules and --rule-docs', () => {
  it('lists every rule with its severity, description and source', async () => {
    const { code, stdout } = await cli(['rules']);
    expect(code).toBe(0);
    for (const rule of rules) {
      expect(stdout).toMatch(new RegExp(`^${rule.meta.id} +${rule.meta.severity} +${rule.meta.description.slice(0, 20).replace(/[()]/g, '\\$&')}`, 'm'));
      expect(stdout).toContain(rule.meta.source.url);
    }
  });

  it('lists rules as JSON', async () => {
    const list = JSON.parse((await cli(['rules', '--format', 'json'])).stdout) as Array<{ id: string; source: { url: string } }>;
    expect(list.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    expect(list[0]!.source.url).toMatch(/^https:\/\//);
  });

  it('rejects an unknown option of the rules command', async () => {
    expect((await cli(['rules', '--bogus'])).code).toBe(2);
  });

  it('prints one rule in full, with its examples', async () => {
    const rule = rules.find((r) => r.meta.id === 'absolute-guarantee')!;
    const { code, stdout } = await cli(['--rule-docs', 'absolute-guarantee']);
    expect(code).toBe(0);
    expect(stdout).toContain(rule.meta.description);
    expect(stdout).toContain(rule.meta.source.url);
    expect(stdout).toContain(`\u2717 ${rule.examples.invalid[0]!.text}`);
    expect(stdout).toContain(`\u2713 ${rule.examples.valid[0]!}`);
  });

  it('names an unknown rule in one line, exit 2', async () => {
    const { code, stderr } = await cli(['--rule-docs', 'not-a-rule-at-all']);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: --rule-docs: unknown rule "not-a-rule-at-all" (claimlint rules lists them)\n');
    const typo = await cli(['--rule-docs', 'absolute-guarantees']);
    expect(typo).toMatchObject({ code: 2, stderr: 'claimlint: --rule-docs: unknown rule "absolute-guarantees"; did you mean "absolute-guarantee"?\n' });
  });
});
