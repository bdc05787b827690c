// Bad input end to end: each problem is one line naming the file, the other
// files are still linted, the exit code says the run is incomplete, and the
// JSON report carries the problem as a fatal message for that file.
import { execFileSync } from 'node:child_process';
import { rulePack } from '../../rules/index.js';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/run/lint-file.js';
import { readFileBytes } from '../../src/files/read.js';
import type { LintResult } from '../../src/shared/lint-result.js';
import { cli, root, tempDir } from '../cli-helpers.js';
import { lintJson, tempRepo } from '../cli-run.js';
import { lint } from '../helpers.js';

const CLAIM_LINE = 'This balm erases wrinkles.\n';

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return bigEndian ? le.swap16() : le;
}

/** 1-based line and UTF-16 column of an offset, computed independently. */
function position(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('bad input, one run', () => {
  it('reports each problem on one line, lints the rest, exits 2 and puts fatal messages in JSON', async () => {
    const dir = await tempDir({
      'content/empty.md': '',
      'content/front-matter-only.md': '---\ntitle: Spring menu\ntags: [tea, cake]\n---\n',
      'content/binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
      'content/bad-bytes.md': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' menu.\n\n'), Buffer.from(CLAIM_LINE)]),
      'content/utf16.md': utf16(`# Notes\n\n${CLAIM_LINE}`, false),
      'content/good.md': CLAIM_LINE,
      'empty-folder/readme.txt': 'no Markdown here\n',
    });
    await symlink('loop-b.md', path.join(dir, 'content/loop-a.md'));
    await symlink('loop-a.md', path.join(dir, 'content/loop-b.md'));
    await mkdir(path.join(dir, 'content/sub'));
    await symlink('..', path.join(dir, 'content/sub/up'));

    const { code, stdout, stderr } = await cli(['content', 'missing.md', 'empty-folder', '-f', 'json'], dir);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines.sort()).toEqual(
      [
        'claimlint: missing.md: no such file or directory',
        'claimlint: empty-folder: no Markdown files found',
        `claimlint: ${path.join('content', 'binary.md')}: not a text file (binary content)`,
        `claimlint: ${path.join('content', 'loop-a.md')}: cannot read file: too many symbolic links (a symlink loop?)`,
        `claimlint: ${path.join('content', 'loop-b.md')}: cannot read file: too many symbolic links (a symlink loop?)`,
      ].sort(),
    );
    expect(stderr).not.toMatch(/\n\s+at /);

    const results = JSON.parse(stdout) as LintResult[];
    const byName = new Map(results.map((r) => [path.relative(dir, r.filePath), r]));
    // Every file once; the link to an enclosing folder is not followed (as ESLint 9).
    expect([...byName.keys()].filter((n) => n.startsWith('content')).sort()).toEqual(
      [
        'content/bad-bytes.md',
        'content/binary.md',
        'content/empty.md',
        'content/front-matter-only.md',
        'content/good.md',
        'content/loop-a.md',
        'content/loop-b.md',
        'content/utf16.md',
      ].map((p) => p.split('/').join(path.sep)),
    );
    const fatal = (name: string) => byName.get(name.split('/').join(path.sep))!.messages.filter((m) => m.fatal).map((m) => m.message);
    expect(fatal('missing.md')).toEqual(['no such file or directory']);
    expect(fatal('empty-folder')).toEqual(['no Markdown files found']);
    expect(fatal('content/binary.md')).toEqual(['not a text file (binary content)']);
    expect(fatal('content/loop-a.md')).toEqual(['cannot read file: too many symbolic links (a symlink loop?)']);
    for (const name of ['content/good.md', 'content/utf16.md', 'content/bad-bytes.md']) {
      expect(byName.get(name.split('/').join(path.sep))!.errorCount, name).toBe(1);
    }
    expect(byName.get(path.join('content', 'empty.md'))!.messages).toEqual([]);
    expect(byName.get(path.join('content', 'front-matter-only.md'))!.messages).toEqual([]);
  });

  it('prints the same problems in the stylish format, one line each on stderr', async () => {
    const dir = await tempDir({ 'a.md': CLAIM_LINE, 'b.md': Buffer.from([0, 1, 2, 3]) });
    const { code, stderr, stdout } = await cli(['a.md', 'b.md', 'gone.md'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: gone.md: no such file or directory\nclaimlint: b.md: not a text file (binary content)\n');
    expect(stdout).toContain('erase wrinkles');
  });
});

describe('encodings', () => {
  it('lints what decodes in invalid UTF-8 and says which bytes did not', async () => {
    const bytes = Buffer.concat([Buffer.from('Line one.\n\nBad '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(` here. ${CLAIM_LINE}`)]);
    const dir = await tempDir({ 'x.md': bytes });
    const result = await lintFile(path.join(dir, 'x.md'), rulePack);
    const [warning, claim] = result.messages;
    expect(warning).toMatchObject({ severity: 1, ruleId: null, line: 1, column: 1, message: 'invalid UTF-8 at byte offsets 15, 16; those bytes were read as U+FFFD' });
    // Each bad byte is one U+FFFD, so the claim's column counts it as one.
    expect(claim).toMatchObject({ ruleId: 'absolute-guarantee', line: 3, column: 'Bad \uFFFD\uFFFDA here. This balm '.length + 1 });
  });

  it('reads UTF-16 with a byte order mark, either byte order, like the same text in UTF-8', async () => {
    const text = `# Título\n\n😀 ${CLAIM_LINE}`;
    const dir = await tempDir({ 'le.md': utf16(text, false), 'be.md': utf16(text, true), 'u8.md': text });
    const [le, be, u8] = await Promise.all(['le.md', 'be.md', 'u8.md'].map((f) => lintFile(path.join(dir, f), rulePack)));
    expect(u8!.messages).toHaveLength(1);
    expect(le!.messages).toEqual(u8!.messages);
    expect(be!.messages).toEqual(u8!.messages);
    expect(u8!.messages[0]).toMatchObject({ line: 3, column: 14 });
  });
});

describe('columns', () => {
  it('counts UTF-16 code units, like ESLint, on lines of emoji and combining marks', () => {
    const md = [
      '👩‍👩‍👧‍👦👩‍👩‍👧‍👦🇳🇿🇳🇿',
      'e\u0301\u0302\u0303 o\u0308\u0308\u0308 \u0301\u0301\u0301',
      '',
      '🧴🧴 Crème brûlée\u0301 balm erases wrinkles; 💆\u200d♀️ it removes fine lines.',
      '',
      '> 😀\u0301 - *reduces* scars 👍🏽',
    ].join('\n');
    const messages = lint(md);
    expect(messages.map((m) => md.slice(m.range[0], m.range[1]))).toEqual(['erases wrinkles', 'removes fine lines', '*reduces* scars']);
    for (const m of messages) {
      expect({ line: m.line, column: m.column }).toEqual(position(md, m.range[0]));
      expect({ line: m.endLine, column: m.endColumn }).toEqual(position(md, m.range[1]));
    }
    // Two emoji of two units each, then 20 units of text: column 25, not 23.
    expect(messages[0]).toMatchObject({ line: 4, column: 25 });
  });
});

describe('files that are not regular files or too big', () => {
  it.skipIf(process.platform === 'win32')('refuses a FIFO named .md instead of waiting on it', async () => {
    const dir = await tempDir({ 'ok.md': CLAIM_LINE });
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const { code, stderr } = await cli([], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: pipe.md: cannot read file: not a regular file\n');
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO under --fix too, and still fixes the other files', async () => {
    const dir = await tempDir({ 'ok.md': 'Reduce scars.\n' });
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const { code, stderr } = await cli(['--fix', 'pipe.md', 'ok.md'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: pipe.md: cannot read file: not a regular file\n');
    expect(readFileSync(path.join(dir, 'ok.md'), 'utf8')).toBe('Help reduce the appearance of scars.\n');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = await tempDir({ 'big.md': 'x'.repeat(3 * 1048576) });
    await expect(readFileBytes(path.join(dir, 'big.md'), 2 * 1048576)).rejects.toThrow('file too large (3 MB; the limit is 2 MB)');
    await expect(readFileBytes(path.join(dir, 'big.md'))).resolves.toHaveLength(3 * 1048576);
  });
});

describe('broken configs in part of a tree', () => {
  it.each([
    ['claimlint.config.json', '{"rules": {\n', 'claimlint.config.json:2:1: invalid JSON: expected "}"', [2, 1]],
    ['claimlint.config.yaml', 'rules:\n  hype: [off\n', 'claimlint.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]', [3, 1]],
    ['claimlint.config.yaml', 'market: 3\n', 'claimlint.config.yaml:1:1: market: expected "us" | "eu" | "uk", got a number', [1, 1]],
    ['claimlint.config.mjs', 'throw new Error("config exploded");\n', 'claimlint.config.mjs: cannot load: config exploded', [1, 1]],
    // A value that throws only when read: a getter, a Proxy, over two lines.
    ['claimlint.config.mjs', 'export default { get market() { throw new Error("boom\\nsecond line"); } };\n', 'claimlint.config.mjs: cannot load: boom', [1, 1]],
    ['claimlint.config.mjs', 'export default new Proxy({}, { ownKeys() { throw new Error("trap"); } });\n', 'claimlint.config.mjs: cannot load: trap', [1, 1]],
  ] as const)('%s (%j): skips the files it governs, reports it once, lints the rest', async (name, text, problem, [line, column]) => {
    const dir = await tempRepo({ [`team/${name}`]: text, 'team/a.md': CLAIM_LINE, 'team/deep/b.md': CLAIM_LINE, 'site/c.md': CLAIM_LINE, 'd.md': CLAIM_LINE });
    const { code, stderr, byFile } = await lintJson([], dir);
    expect(code).toBe(2);
    expect(stderr).toBe(`claimlint: team/${problem}\n`);
    expect(Object.keys(byFile).sort()).toEqual(['d.md', 'site/c.md', `team/${name}`]);
    expect(byFile[`team/${name}`]!.messages).toEqual([expect.objectContaining({ fatal: true, line, column })]);
    expect(byFile['site/c.md']!.errorCount).toBe(1);
    expect(byFile['d.md']!.errorCount).toBe(1);
  });
});

describe('an ignore file that cannot be read', () => {
  // What it leaves out is unknown: linting (and --fix) would touch files the
  // writer meant to keep out, so they are skipped and the ignore file named.
  it('leaves the files under it unlinted and unfixed, names it once, and lints the rest', async () => {
    const dir = await tempRepo({ 'vendor/x.md': CLAIM_LINE, 'docs/y.md': CLAIM_LINE, 'vendor/.claimlintignore/keep.txt': '' });
    const { code, stderr, byFile } = await lintJson([], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: vendor/.claimlintignore: cannot read this ignore file (not a regular file): the files under its folder were not linted\n');
    expect(Object.keys(byFile).sort()).toEqual(['docs/y.md', 'vendor/.claimlintignore']);
    const fixed = await cli(['.', '--fix'], dir);
    expect(fixed.code).toBe(2);
    expect(await readFile(path.join(dir, 'vendor/x.md'), 'utf8')).toBe(CLAIM_LINE);
    expect(await readFile(path.join(dir, 'docs/y.md'), 'utf8')).not.toBe(CLAIM_LINE);
  });

  it('says by how much a settings file is too large', async () => {
    const dir = await tempDir({ 'big.json': 'x'.repeat(Math.round(4.2 * 1048576)) });
    const { readSettingsFile } = await import('../../src/files/read.js');
    expect(() => readSettingsFile(path.join(dir, 'big.json'))).toThrow('file too large (4.2 MB; the limit is 4 MB)');
  });
});

describe('docs/input.md', () => {
  it('shows the output of a real run', async () => {
    const dir = await tempDir({
      'content/export.md': `# Export\n\n${'> '.repeat(5000)}Our serum erases wrinkles.\n`,
      'content/photo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'content/menu.md': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' menu.\n')]),
      'drafts/notes.txt': 'todo\n',
    });
    await symlink('..', path.join(dir, 'content/up'));
    const { stdout, stderr } = await cli(['content', 'drafts', 'missing.md'], dir);
    const page = await readFile(path.join(root, 'docs', 'input.md'), 'utf8');
    const section = page.slice(page.indexOf('## Bad and big input'));
    const block = section.slice(section.indexOf('```text\n') + 8, section.indexOf('\n```', section.indexOf('```text')));
    expect(block.split('\n').slice(1).join('\n')).toBe((stderr + stdout).trimEnd());
  });
});
