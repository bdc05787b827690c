// Issue 21, items 7-10: file names taken literally, the most severe finding
// on the same words, --stdin --fix-dry-run byte for byte, and encodings that
// do not pass silently. Each test failed before its fix.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { decodeText, NotTextError } from '../../src/files/decode.js';
import { cli, tempDir } from '../cli-helpers.js';

const CLAIM = 'Reduce scars.\n';
const posixOnly = process.platform === 'win32' ? it.skip : it;

async function stdinDryRun(input: Buffer, cwd: string): Promise<{ code: number; out: Buffer; stderr: string }> {
  const chunks: Buffer[] = [];
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => chunks.push(Buffer.from(s)),
    stdoutBytes: (b) => chunks.push(Buffer.from(b)),
    stderr: (s) => (stderr += s),
    cwd,
    env: {},
    isTTY: false,
    readStdin: async () => input,
  };
  const code = await main(['--stdin', '--fix-dry-run', '--no-config'], io);
  return { code, out: Buffer.concat(chunks), stderr };
}

describe('file names are taken literally (item 7)', () => {
  posixOnly('reads a walked file called back\\slash.md as itself, not as its sibling back/slash.md', async () => {
    const dir = await tempDir({ 'walk/back\\slash.md': CLAIM, 'walk/back/slash.md': 'A quiet page.\n' });
    const run = await cli(['walk', '-f', 'compact'], dir);
    expect(run.stdout).toContain('walk/back\\slash.md:1:1: error absolute-guarantee');
    expect(run.code).toBe(1);
  });

  posixOnly('lints an existing file called {c,d}.md named on the command line, and a folder called [a]', async () => {
    const dir = await tempDir({ '{c,d}.md': CLAIM, 'c.md': 'Calm.\n', '[a]/x.md': CLAIM, 'a/y.md': CLAIM });
    const run = await cli(['{c,d}.md', '[a]', '-f', 'compact'], dir);
    expect(run.stderr).toBe('');
    const files = run.stdout.trim().split('\n').map((l) => l.split(':')[0]);
    expect(files).toEqual(['[a]/x.md', '{c,d}.md']);
    // A glob that names no file is still a glob.
    expect((await cli(['{c,e}.md', '-f', 'compact'], dir)).stdout).toBe('');
  });
});

describe('the most severe finding wins on the same words (item 8)', () => {
  const config = (severity: string) =>
    JSON.stringify({ phrases: [{ id: 'team/scars', match: ['reduce {concern}'], message: 'Team wording.', severity }] });

  it('a team phrase at warn does not hide the built-in error: the run fails', async () => {
    const dir = await tempDir({ '.git/HEAD': '', 'a.md': CLAIM, 'claimlint.config.json': config('warn') });
    const run = await cli(['a.md', '-f', 'compact'], dir);
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringContaining('a.md:1:1: error absolute-guarantee')]);
    expect(run.code).toBe(1);
  });

  it('a team phrase at error stands over the built-in finding on the same words', async () => {
    const dir = await tempDir({ '.git/HEAD': '', 'a.md': CLAIM, 'claimlint.config.json': config('error') });
    const run = await cli(['a.md', '-f', 'compact'], dir);
    expect(run.stdout.trim().split('\n')).toEqual(['a.md:1:1: error team/scars Team wording.']);
  });
});

describe('--stdin --fix-dry-run gives back the bytes it was given (item 9)', () => {
  it('returns invalid UTF-8 unchanged with nothing to fix, and refuses to fix it', async () => {
    const dir = await tempDir({});
    const plain = Buffer.from('A calm \xff page.\n', 'latin1');
    expect((await stdinDryRun(plain, dir)).out).toEqual(plain);
    const claim = Buffer.concat([Buffer.from('Reduce scars. '), Buffer.from([0xff]), Buffer.from('\n')]);
    const run = await stdinDryRun(claim, dir);
    expect(run.out).toEqual(claim);
    expect(run.stderr).toContain('not fixed: the file has bytes that could not be decoded');
  });

  it('returns UTF-16 as UTF-16, fixed or not', async () => {
    const dir = await tempDir({});
    const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    expect((await stdinDryRun(utf16('A calm page.\n'), dir)).out).toEqual(utf16('A calm page.\n'));
    expect((await stdinDryRun(utf16(CLAIM), dir)).out).toEqual(utf16('Help reduce the appearance of scars.\n'));
  });
});

describe('encodings (item 10)', () => {
  it('refuses UTF-32 with a byte order mark instead of reading it as UTF-16', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...CLAIM].map((c) => Buffer.from([c.charCodeAt(0), 0, 0, 0]))]);
    expect(() => decodeText(le)).toThrow(NotTextError);
    expect(() => decodeText(le)).toThrow('UTF-32 text is not read; save the file as UTF-8');
    const dir = await tempDir({ 'a.md': le });
    const run = await cli(['a.md', '-f', 'compact'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a.md: UTF-32 text is not read');
  });

  it('warns on a lone surrogate and an odd last byte in UTF-16', () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Re', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('x\n', 'utf16le'), Buffer.from([0x41])]);
    expect(decodeText(body).warnings).toEqual([
      'invalid UTF-16 (a lone surrogate) at byte offset 6; read as U+FFFD',
      'UTF-16 text with an odd number of bytes: the last byte (offset 12) was read as U+FFFD',
    ]);
    // A U+FFFD the text spells itself is no problem.
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\ufffdb', 'utf16le')])).warnings).toEqual([]);
  });

  it('reports the invalid UTF-8 warning at line 1 under --fix, as without it', async () => {
    const dir = await tempDir({});
    await mkdir(path.join(dir, 'd'));
    await writeFile(path.join(dir, 'd', 'a.md'), Buffer.concat([Buffer.from('Reduce scars. '), Buffer.from([0xff]), Buffer.from('\n')]));
    for (const extra of [[], ['--fix-dry-run']]) {
      const run = await cli(['d/a.md', '-f', 'json', ...extra], dir);
      const warning = JSON.parse(run.stdout)[0].messages.find((m: { message: string }) => m.message.startsWith('invalid UTF-8'));
      expect(warning.line, extra.join(' ')).toBe(1);
    }
  });
});

describe('a list view does not join words across a break (the prefilter-order failure)', () => {
  it('reads "remov!t, scar" as no claim, as the screen does: the "!" stands between the verb and the moved item', async () => {
    const { enumerationViews } = await import('../../src/text/enumerations.js');
    const { splitSentences } = await import('../../src/text/sentences.js');
    const [sentence] = splitSentences('remov!t, scar');
    const views = enumerationViews(sentence!.tokens);
    expect(views.length).toBeGreaterThan(0);
    for (const view of views) expect(view.tokens[view.item.start]!.hardBreakBefore).toBe(true);
    const dir = await tempDir({ 'a.md': 'We remov!t, scar. We removes!t&#44;scar.\n' });
    expect((await cli(['a.md', '-f', 'compact'], dir)).stdout).toBe('');
  });
});

describe('option papercuts (item 13)', () => {
  it.each(['', '0x10', '1e3', '-1', '1.5', ' '])('refuses --max-warnings %j with one line, exit 2', async (value) => {
    const dir = await tempDir({ 'a.md': 'A calm page.\n' });
    const run = await cli(['a.md', `--max-warnings=${value}`], dir);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(`claimlint: --max-warnings: expected a whole number, got "${value}"\n`);
  });

  it('takes --max-warnings 0 and 10', async () => {
    const dir = await tempDir({ 'a.md': 'A calm page.\n' });
    for (const value of ['0', '10']) expect((await cli(['a.md', '--max-warnings', value], dir)).code).toBe(0);
  });
});

describe('control characters reach the terminal escaped (item 13)', () => {
  posixOnly('shows ESC, BEL and a bidi override in a file name and in a coloured dry-run diff as escapes', async () => {
    const { unifiedDiff } = await import('../../src/fix/diff.js');
    const name = 'a\u001b[31m.md';
    const dir = await tempDir({ [name]: 'Reduce scars \u001b]0;x\u0007.\n' });
    const run = await cli(['.', '-f', 'stylish'], dir);
    expect(run.stdout).toContain('a\\x1b[31m.md');
    expect(run.stdout).not.toContain('\u001b');
    const diff = await unifiedDiff([{ name, before: 'Reduce scars \u001b]0;x\u0007.\n', after: 'Help\u202e \u0008x.\n' }], true);
    expect(diff.replace(/\u001b\[[0-9;]*m/g, '')).toContain('-Reduce scars \\x1b]0;x\\x07.');
    expect(diff.replace(/\u001b\[[0-9;]*m/g, '')).toContain('+Help\\u202e \\x08x.');
    // The diff library quotes the name itself ("a/a\033[31m.md"); no raw ESC is left but colour.
    expect(diff.replace(/\u001b\[[0-9;]*m/g, '').replace(/\u001b/g, 'RAW')).not.toContain('RAW');
    // Piped to a file (no colour) the diff keeps the bytes, so that `git apply` takes it.
    expect(await unifiedDiff([{ name: 'b.md', before: 'x\u001b\n', after: 'y\u001b\n' }], false)).toContain('+y\u001b');
  });
});

describe('YAML config errors name the file and place, and the rest is linted (item 12)', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
  it.each([
    ['an alias to no anchor', 'market: uk\nrules: *nope\n', 'sub/claimlint.config.yaml:2:8: invalid YAML: an alias names no anchor set before it'],
    ['an alias bomb', `${bomb}\n`, 'sub/claimlint.config.yaml:2:8: invalid YAML: Excessive alias count indicates a resource exhaustion attack'],
  ])('%s in a subfolder config', async (_name, yaml, message) => {
    const dir = await tempDir({ '.git/HEAD': '', 'a.md': CLAIM, 'sub/b.md': CLAIM, 'sub/claimlint.config.yaml': yaml });
    const run = await cli(['-f', 'compact'], dir);
    expect(run.stderr).toBe(`claimlint: ${message}\n`);
    expect(run.stdout).toContain('a.md:1:1: error absolute-guarantee');
    expect(run.stdout).not.toContain('internal error');
    expect(run.code).toBe(2);
  });
});

describe('50,000 link reference definitions (item 13)', () => {
  const definitions = Array.from({ length: 50_000 }, (_, i) => `[ref ${i}]: https://example.com/${i} "Page ${i}"`).join('\n');

  it('are read as definitions, not reported as markers in one paragraph, and the claims around them are found', async () => {
    const { planRegions } = await import('../../src/markdown/guard.js');
    const text = `---\ntitle: Our balm\n---\nThis balm cures eczema, see [ref 7].\n\n${definitions}\n\nIt erases wrinkles.\n`;
    expect(planRegions(text).regions.map((r) => r.kind)).toEqual(['markdown', 'definitions', 'markdown']);
    const dir = await tempDir({ 'a.md': text });
    const run = await cli(['a.md', '-f', 'compact'], dir);
    expect(run.stdout).not.toContain('markers');
    expect(run.stdout.trim().split('\n').map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'a.md:4:11: error disease-therapeutic',
      'a.md:50007:4: error absolute-guarantee',
    ]);
  });

  it('still reads a line that only looks like a definition as prose', async () => {
    const dir = await tempDir({ 'a.md': '[a]: https://example.com\n[Note]: this balm cures eczema.\n' });
    expect((await cli(['a.md', '-f', 'compact'], dir)).stdout).toContain('a.md:2:19: error disease-therapeutic');
  });
});

describe('file names in one-line errors on stderr are escaped (item 13)', () => {
  posixOnly('shows ESC and a bidi override in the name of a file that cannot be linted as escapes', async () => {
    const name = 'bad\u001b]0;x\u0007\u202e.md';
    const dir = await tempDir({ [name]: Buffer.from([0, 1, 2, 3, 0, 0]) });
    const run = await cli(['.', '-f', 'compact'], dir);
    expect(run.stderr).toBe('claimlint: bad\\x1b]0;x\\x07\\u202e.md: not a text file (binary content)\n');
  });

  // A newline in a name would forge a report line of its own ("claimlint: all files clean").
  posixOnly('shows a newline in a file name as an escape, on stderr and in compact and stylish output, and a control character in compact', async () => {
    const dir = await tempDir({ 'a\nclaimlint: all clean.md': Buffer.from([0, 1, 2, 3]), 'b\nfake.md': 'Our pen erases wrinkles.\n', 'c.md': 'ctl\u0001\u001b[31m erases wrinkles.\n' });
    const compact = await cli(['.', '-f', 'compact'], dir);
    expect(compact.stderr).toBe('claimlint: a\\x0aclaimlint: all clean.md: not a text file (binary content)\n');
    expect(compact.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['a\\x0aclaimlint', 'b\\x0afake.md', 'c.md']);
    expect(compact.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const stylish = await cli(['.', '-f', 'stylish'], dir);
    expect(stylish.stdout).toContain('\nb\\x0afake.md\n');
  });
});
