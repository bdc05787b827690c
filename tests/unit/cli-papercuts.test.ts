// The small things a first-time user trips on (issue 17's papercuts), each
// run through the CLI as it is called.
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { askOn } from '../../src/cli/config-options.js';
import { wantsColor } from '../../src/cli/color.js';
import { cli, tempDir } from '../cli-helpers.js';

const CLAIM = 'It erases wrinkles.\n';

describe('enumerated values', () => {
  it('takes market names in any case, on the command line and in `claimlint rules`', async () => {
    const dir = await tempDir({ 'a.md': CLAIM });
    const upper = await cli(['a.md', '--market', 'UK', '-f', 'json'], dir);
    const lower = await cli(['a.md', '--market', 'uk', '-f', 'json'], dir);
    expect(upper.code).toBe(1);
    expect(upper.stdout).toBe(lower.stdout);
    expect((await cli(['rules', '--market', ' Eu ', '-f', 'json'], dir)).stdout).toBe((await cli(['rules', '--market', 'eu', '-f', 'json'], dir)).stdout);
  });

  it.each([
    [['--market', 'ukk'], 'claimlint: --market: unknown market "ukk"; did you mean "uk"?'],
    [['--market', 'france'], 'claimlint: --market: unknown market "france"; expected one of: us, eu, uk'],
    [['-f', 'jsn'], 'claimlint: unknown format "jsn"; did you mean "json"?'],
    [['-f', 'gitlab-ci'], 'claimlint: unknown format "gitlab-ci"; did you mean "gitlab"?'],
    [['--concurrency', 'atuo'], 'claimlint: --concurrency: expected a positive whole number, "auto" or "off", got "atuo"; did you mean "auto"?'],
    [['rules', '-f', 'jsno'], 'claimlint rules: --format: unknown format "jsno"; did you mean "json"?'],
    [['rules', '--market', 'usa'], 'claimlint rules: --market: unknown market "usa"; did you mean "us"?'],
  ])('%j says what was meant, in one line, exit 2', async (args, message) => {
    const dir = await tempDir({ 'a.md': CLAIM });
    const run = await cli([...args, 'a.md'].filter((a, i, all) => !(all[0] === 'rules' && a === 'a.md' && i === all.length - 1)), dir);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(`${message}\n`);
  });
});

describe('option combinations', () => {
  it('rejects --fix with --fix-dry-run, writing nothing', async () => {
    const dir = await tempDir({ 'a.md': CLAIM });
    const run = await cli(['--fix', '--fix-dry-run', 'a.md'], dir);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^claimlint: --fix and --fix-dry-run cannot be used together/);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe(CLAIM);
  });
});

describe('file names that start with "-"', () => {
  // A pre-commit hook appends staged file names after the hook's own arguments.
  it('lints a Markdown file named like an option, and still refuses an unknown option', async () => {
    const dir = await tempDir({ '-draft.md': CLAIM, 'b.md': 'Plain words.\n' });
    const run = await cli(['-f', 'json', 'b.md', '-draft.md'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => path.basename(r.filePath)).sort()).toEqual(['-draft.md', 'b.md']);
    const unknown = await cli(['--nothing-here.md'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option/);
  });
});

describe('-o', () => {
  it('refuses to write the report over a file the run lints, and leaves it as it was', async () => {
    const dir = await tempDir({ 'a.md': CLAIM, 'docs/b.md': CLAIM });
    for (const args of [['a.md', '-o', 'a.md'], ['.', '-o', './docs/b.md'], ['--fix', 'a.md', '-o', 'a.md'], ['docs', '-f', 'json', '-o', 'docs/b.md']]) {
      const run = await cli(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^claimlint: -o \S+ is one of the files being linted; writing the report there would replace it\n$/);
      expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe(CLAIM);
      expect(await readFile(path.join(dir, 'docs', 'b.md'), 'utf8')).toBe(CLAIM);
    }
    // A report beside the files it lints is fine.
    expect((await cli(['docs', '-o', 'report.txt'], dir)).code).toBe(1);
  });
});

describe('--stdin-filename', () => {
  it('honours .claimlintignore, the config\'s ignores and --ignore-pattern, as for a named file', async () => {
    const dir = await tempDir({
      '.claimlintignore': 'drafts/\n',
      'claimlint.config.json': '{ "ignores": ["vendor/**"] }',
      '.git/HEAD': '',
    });
    for (const [name, extra] of [['drafts/a.md', []], ['vendor/b.md', []], ['blog/c.md', ['--ignore-pattern', 'blog/**']]] as const) {
      const run = await cli(['--stdin', '--stdin-filename', name, '-f', 'json', ...extra], dir, {}, { stdin: CLAIM });
      expect(run.code, name).toBe(0);
      expect(JSON.parse(run.stdout), name).toEqual([]);
      expect(run.stderr).toBe(`claimlint: ${name} is ignored (by the config's ignores, --ignore-pattern or a .claimlintignore); nothing linted\n`);
    }
    const linted = await cli(['--stdin', '--stdin-filename', 'blog/c.md', '-f', 'json'], dir, {}, { stdin: CLAIM });
    expect(linted.code).toBe(1);
    expect(JSON.parse(linted.stdout)[0].filePath).toBe(path.join(dir, 'blog', 'c.md'));
  });

  // An editor replaces its buffer with what a dry run on stdin prints.
  it('prints the input unchanged for a dry run on an ignored name, never an empty buffer', async () => {
    const dir = await tempDir({ '.git/HEAD': '' });
    const run = await cli(['--stdin', '--stdin-filename', 'ign.md', '--ignore-pattern', 'ign.md', '--fix-dry-run'], dir, {}, { stdin: CLAIM });
    expect(run).toMatchObject({ code: 0, stdout: CLAIM });
    expect(run.stderr).toMatch(/ign\.md is ignored/);
  });
});

describe('--cache-location', () => {
  it('makes the folder it names, as ESLint does', async () => {
    const dir = await tempDir({ 'a.md': CLAIM });
    const run = await cli(['--cache', '--cache-location', '.cache/claimlint/', 'a.md'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(await readdir(path.join(dir, '.cache', 'claimlint'))).toEqual(['.claimlintcache']);
    const file = await cli(['--cache', '--cache-location', 'tmp/deep/cache.json', 'a.md'], dir);
    expect(file.stderr).toBe('');
    expect((await stat(path.join(dir, 'tmp', 'deep', 'cache.json'))).isFile()).toBe(true);
  });
});

describe('--init', () => {
  const scripted = (answers: Array<string | Error>) => {
    const asked: string[] = [];
    const ask = async (q: string) => {
      asked.push(q);
      const a = answers.shift();
      if (a instanceof Error) throw a;
      return a ?? '';
    };
    return { asked, ask };
  };
  const cancelled = () => Object.assign(new Error('cancelled'), { name: 'InitCancelledError' });

  it('asks again after a wrong answer, with a suggestion, and takes any case', async () => {
    const dir = await tempDir({});
    const { asked, ask } = scripted(['ukk', 'UK', 'strct', 'strict']);
    const run = await cli(['--init'], dir, {}, {});
    expect(run.code).toBe(0); // no terminal: the defaults, no questions
    const dir2 = await tempDir({});
    const io: Partial<CliIO> = { ask };
    const out = await runWith(['--init'], dir2, io);
    expect(out.code).toBe(0);
    expect(asked[1]).toBe('"ukk" is not one of us, eu, uk; did you mean "uk"?\nMarket (us/eu/uk) [us]: ');
    expect(asked[3]).toMatch(/^"strct" is not one of claimlint:recommended, claimlint:strict, claimlint:all; did you mean "strict"\?\nPreset/);
    const config = JSON.parse(await readFile(path.join(dir2, 'claimlint.config.json'), 'utf8'));
    expect(config).toMatchObject({ market: 'uk', extends: ['claimlint:strict'] });
  });

  it('gives up after three wrong answers instead of taking the default, and writes nothing', async () => {
    const dir = await tempDir({});
    const { ask } = scripted(['france', 'spain', 'mars']);
    const out = await runWith(['--init'], dir, { ask });
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toBe('claimlint: --init: no valid answer to "Market" after 3 tries; nothing written\n');
    expect(await readdir(dir)).toEqual([]);
  });

  it('treats Ctrl+D (end of input) as cancelling, writing nothing', async () => {
    const dir = await tempDir({});
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const ask = askOn(input, output);
    const pending = runWith(['--init'], dir, { ask });
    setTimeout(() => input.end(), 50);
    expect(await pending).toMatchObject({ code: 2, stdout: '', stderr: 'claimlint: --init cancelled; nothing written\n' });
    expect(await readdir(dir)).toEqual([]);
    const { ask: ctrlC } = scripted(['eu', cancelled()]);
    expect(await runWith(['--init'], dir, { ask: ctrlC })).toMatchObject({ code: 2, stderr: 'claimlint: --init cancelled; nothing written\n' });
  });
});

async function runWith(args: string[], cwd: string, extra: Partial<CliIO>) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {}, isTTY: false, ...extra });
  return { code, stdout, stderr };
}

describe('colour', () => {
  it.each([
    [undefined, {}, true, true],
    [undefined, {}, false, false],
    [undefined, { TERM: 'dumb' }, true, false],
    [undefined, { TERM: 'dumb', FORCE_COLOR: '1' }, true, true],
    [undefined, { GITHUB_ACTIONS: 'true', CI: 'true' }, false, true],
    [undefined, { GITLAB_CI: 'true', CI: 'true' }, false, true],
    [undefined, { CI: 'true' }, false, false],
    [undefined, { GITHUB_ACTIONS: 'true', NO_COLOR: '1' }, false, false],
    [undefined, { FORCE_COLOR: '0' }, true, false],
    [false, { GITHUB_ACTIONS: 'true' }, true, false],
    [true, { TERM: 'dumb' }, false, true],
  ] as const)('--color=%s with %j on a terminal=%s: %s', (flag, env, tty, expected) => {
    expect(wantsColor(flag, env, tty)).toBe(expected);
  });

  it('reaches the report: none for TERM=dumb, some in GitHub Actions logs', async () => {
    const dir = await tempDir({ 'a.md': CLAIM });
    expect((await cli(['a.md'], dir, { TERM: 'dumb' }, { isTTY: true })).stdout).not.toContain('\u001b[');
    expect((await cli(['a.md'], dir, { GITHUB_ACTIONS: 'true', CI: 'true' }, { isTTY: false })).stdout).toContain('\u001b[');
  });
});

describe('progress on long runs', () => {
  const many = async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`docs/p${i}.md`] = i % 2 ? CLAIM : 'Book a visit.\n';
    return tempDir(files);
  };

  it('shows a count on a terminal\'s standard error, then wipes it; the report is untouched', async () => {
    const dir = await many();
    const plain = await runWith(['docs', '-f', 'compact'], dir, {});
    const shown = await runWith(['docs', '-f', 'compact'], dir, { stderrIsTTY: true, progressTiming: { delayMs: 0, intervalMs: 0 } });
    expect(shown.stdout).toBe(plain.stdout);
    expect(shown.stderr).toMatch(/\r\u001b\[2Kclaimlint: (\d+) of 40 files/);
    // Wiped at the end: the last thing written is the clearing sequence.
    expect(shown.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(shown.stderr.replace(/\r\u001b\[2K(claimlint: [^\r]*)?/g, '')).toBe('');
  });

  it('stays silent when standard error is not a terminal, in CI, on a dumb terminal and for a short run', async () => {
    const dir = await many();
    for (const extra of [{ progressTiming: { delayMs: 0, intervalMs: 0 } }, { stderrIsTTY: true, progressTiming: { delayMs: 0, intervalMs: 0 }, env: { CI: 'true' } }, { stderrIsTTY: true, progressTiming: { delayMs: 0, intervalMs: 0 }, env: { TERM: 'dumb' } }, { stderrIsTTY: true }]) {
      expect((await runWith(['docs', '-f', 'compact'], dir, extra)).stderr).toBe('');
    }
  });
});

describe('a missing folder for the report', () => {
  it('is made by -o', async () => {
    const dir = await tempDir({ 'a.md': CLAIM });
    await mkdir(path.join(dir, 'x'));
    const run = await cli(['a.md', '-f', 'json', '-o', 'x/y/report.json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(await readFile(path.join(dir, 'x', 'y', 'report.json'), 'utf8'))).toHaveLength(1);
  });
});
