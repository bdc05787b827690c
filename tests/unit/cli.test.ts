import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/shared/lint-result.js';
import { cli, tempDir } from '../cli-helpers.js';

describe('cli', () => {
  it('flags the seed article at exact positions with hedged suggestions', async () => {
    const { code, stdout } = await cli(['fixtures/seed-article.md', '--format', 'json']);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as LintResult[];
    const found = result!.messages.map((m) => [m.line, m.column, m.ruleId, m.claim]);
    expect(found).toContainEqual([13, 5, 'absolute-guarantee', 'Reduce scars']);
    expect(found).toContainEqual([14, 5, 'absolute-guarantee', 'Minimize wrinkles']);
    expect(found).toContainEqual([15, 5, 'absolute-guarantee', 'Correct sun damage']);
    expect(found.some(([, , rule, claim]) => rule === 'structure-function' && /collagen\s+production/.test(String(claim)))).toBe(true);
    const reduce = result!.messages.find((m) => m.claim === 'Reduce scars')!;
    expect(reduce.suggestions![0]!.desc).toBe('Replace with "Help reduce the appearance of scars"');
    // Plain sentences and disclaimers stay quiet.
    expect(result!.messages.every((m) => m.line < 20)).toBe(true);
  });

  it('writes ESLint-shaped JSON', async () => {
    const { stdout } = await cli(['fixtures/seed-article.md', '-f', 'json']);
    const [r] = JSON.parse(stdout) as LintResult[];
    expect(Object.keys(r!)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount']));
    expect(path.isAbsolute(r!.filePath)).toBe(true);
    const m = r!.messages[0]!;
    expect(m).toMatchObject({ ruleId: expect.any(String), severity: 2, line: expect.any(Number), column: expect.any(Number) });
    expect(m.endLine).toBeGreaterThanOrEqual(m.line);
    for (const s of r!.messages.flatMap((x) => x.suggestions ?? [])) {
      expect(s).toMatchObject({ desc: expect.any(String), fix: { range: [expect.any(Number), expect.any(Number)], text: expect.any(String) } });
    }
  });

  it('exits 0 on clean files and says so in a clean report', async () => {
    const dir = await tempDir({ 'a.md': 'Our facial may help skin look brighter.\n' });
    const { code, stdout } = await cli([], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('exits 2 for a missing path but still lints the others', async () => {
    const dir = await tempDir({ 'a.md': 'It erases wrinkles.\n' });
    const { code, stderr, stdout } = await cli(['nope.md', 'a.md', '-f', 'json'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('nope.md: no such file or directory');
    const results = JSON.parse(stdout) as LintResult[];
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['nope.md', 'a.md']);
    expect(results[0]!.messages[0]!.fatal).toBe(true);
    expect(results[1]!.errorCount).toBe(1);
  });

  it('exits 2 for a binary file named .md, naming it, and lints the rest', async () => {
    const dir = await tempDir({ 'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'ok.md': 'Fine copy.\n' });
    const { code, stderr } = await cli([], dir);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('claimlint: bin.md: not a text file (binary content)');
  });

  it('finds directories, globs, honours .gitignore and skips node_modules', async () => {
    const dir = await tempDir({
      '.gitignore': 'drafts/\n',
      'docs/a.md': 'Erase wrinkles.\n',
      'docs/b.markdown': 'Erase wrinkles.\n',
      'docs/c.mdx': 'Erase wrinkles.\n',
      'docs/d.txt': 'Erase wrinkles.\n',
      'drafts/e.md': 'Erase wrinkles.\n',
      'node_modules/x/f.md': 'Erase wrinkles.\n',
    });
    const names = async (args: string[]) =>
      (JSON.parse((await cli([...args, '-f', 'json'], dir)).stdout) as LintResult[]).map((r) => path.relative(dir, r.filePath));
    expect(await names([])).toEqual(['docs/a.md', 'docs/b.markdown', 'docs/c.mdx']);
    expect(await names(['docs'])).toEqual(['docs/a.md', 'docs/b.markdown', 'docs/c.mdx']);
    expect(await names(['docs/*.md'])).toEqual(['docs/a.md']);
  });

  it('rejects an unknown format with exit 2', async () => {
    const { code, stderr } = await cli(['-f', 'nope', 'fixtures/seed-article.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown format "nope"');
  });

  it('rejects an unknown option with exit 2', async () => {
    expect((await cli(['--bogus'])).code).toBe(2);
  });

});
