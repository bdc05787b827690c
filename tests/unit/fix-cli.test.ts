import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/shared/lint-result.js';
import { cli, exec, root, tempDir } from '../cli-helpers.js';

const seed = path.join(root, 'fixtures', 'seed-article.md');

describe('--fix', () => {
  it('fixes the seed article in place, reports what remains and how many fixes it applied', async () => {
    const dir = await tempDir({ 'article.md': await readFile(seed, 'utf8') });
    const { code, stdout } = await cli(['--fix', 'article.md'], dir);
    const after = await readFile(path.join(dir, 'article.md'), 'utf8');
    expect(after).toContain('- **Help reduce the appearance of scars.**\n- **Help minimize the appearance of wrinkles.**\n- **Help improve the appearance of sun damage.**\n');
    expect(after).toContain('may help improve the appearance of **sun damage**');
    expect(stdout).toContain('structure-function');
    expect(stdout).not.toContain('absolute-guarantee');
    expect(stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)\n4 fixes applied\.\n$/);
    expect(code).toBe(1);
    // A second --fix changes nothing.
    const again = await cli(['--fix', 'article.md'], dir);
    expect(await readFile(path.join(dir, 'article.md'), 'utf8')).toBe(after);
    expect(again.stdout).toContain('0 fixes applied.');
  });

  it('exits 0 once every problem was fixed', async () => {
    const dir = await tempDir({ 'a.md': 'Reduce scars.\n' });
    const { code, stdout } = await cli(['--fix', 'a.md'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('\n1 fix applied.\n');
  });

  it('puts the fixed text in JSON output, as ESLint does', async () => {
    const dir = await tempDir({ 'a.md': 'Reduce scars.\n' });
    const [r] = JSON.parse((await cli(['--fix', '-f', 'json', 'a.md'], dir)).stdout) as LintResult[];
    expect(r).toMatchObject({ messages: [], output: 'Help reduce the appearance of scars.\n' });
  });

  it('reports a read-only file on stderr and in the report, and lints it as it is', async () => {
    const dir = await tempDir({ 'ro.md': 'Reduce scars.\n', 'ok.md': 'Reduce scars.\n' });
    await chmod(path.join(dir, 'ro.md'), 0o444);
    const { code, stdout, stderr } = await cli(['--fix', '.'], dir);
    expect(stderr).toBe('claimlint: ro.md: not fixed: the file is read-only (mode 0444)\n');
    expect(stdout).toContain('not fixed: the file is read-only');
    expect(await readFile(path.join(dir, 'ro.md'), 'utf8')).toBe('Reduce scars.\n');
    expect(await readFile(path.join(dir, 'ok.md'), 'utf8')).toBe('Help reduce the appearance of scars.\n');
    expect(code).toBe(1);
  });
});

describe('--fix-type', () => {
  const text = 'Reduce scars. The cream gives flawless skin.\n';

  it('narrows fixes to a category or rule id', async () => {
    for (const type of ['absolute_guarantee', 'absolute-guarantee']) {
      const dir = await tempDir({ 'a.md': text });
      await cli(['--fix', '--fix-type', type, 'a.md'], dir);
      expect(await readFile(path.join(dir, 'a.md'), 'utf8')).not.toBe(text);
    }
    const dir = await tempDir({ 'a.md': text });
    const { code } = await cli(['--fix', '--fix-type', 'structure_function', 'a.md'], dir);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe(text);
    expect(code).toBe(1);
  });

  it('rejects an unknown name and use without --fix', async () => {
    const dir = await tempDir({ 'a.md': text });
    const unknown = await cli(['--fix', '--fix-type', 'absolute', 'a.md'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^claimlint: --fix-type: unknown category or rule "absolute"; expected one of: .*absolute_guarantee/);
    const typo = await cli(['--fix', '--fix-type', 'absolute_guarante', 'a.md'], dir);
    expect(typo).toMatchObject({ code: 2, stderr: 'claimlint: --fix-type: unknown category or rule "absolute_guarante"; did you mean "absolute_guarantee"?\n' });
    const alone = await cli(['--fix-type', 'absolute_guarantee', 'a.md'], dir);
    expect(alone).toMatchObject({ code: 2, stderr: 'claimlint: --fix-type needs --fix or --fix-dry-run\n' });
    // An empty list ("--fix-type $TYPES" with TYPES unset) names nothing: it does not fix everything.
    for (const empty of ['', ',', ' , ']) {
      expect(await cli(['--fix', '--fix-type', empty, 'a.md'], dir)).toMatchObject({ code: 2, stderr: 'claimlint: --fix-type: no category or rule id given (claimlint rules lists them)\n' });
    }
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe(text);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff that git applies, and writes nothing', async () => {
    const original = await readFile(seed, 'utf8');
    const dir = await tempDir({ 'docs/article.md': original, 'docs/clean.md': 'Nothing to see.\n' });
    const { code, stdout, stderr } = await cli(['--fix-dry-run', 'docs'], dir);
    expect(await readFile(path.join(dir, 'docs/article.md'), 'utf8')).toBe(original);
    expect(stdout).toMatch(/^--- a\/docs\/article\.md\n\+\+\+ b\/docs\/article\.md\n@@ -10,11 \+10,11 @@\n/);
    expect(stdout).toContain('\n-- **Reduce scars.**\n');
    expect(stdout).toContain('\n+- **Help reduce the appearance of scars.**\n');
    expect(stderr).toBe('claimlint: 4 fixes would be applied to 1 file; 1 problem would remain\n');
    expect(code).toBe(1);
    await writeFile(path.join(dir, 'fix.patch'), stdout);
    await exec('git', ['apply', 'fix.patch'], { cwd: dir });
    const elsewhere = await tempDir({ 'docs/article.md': original });
    await cli(['--fix', 'docs'], elsewhere);
    expect(await readFile(path.join(dir, 'docs/article.md'), 'utf8')).toBe(await readFile(path.join(elsewhere, 'docs/article.md'), 'utf8'));
  });

  // GNU patch reads a name up to the first blank unless a tab ends it.
  it('ends a name with a space at a tab, so that patch -p1 and git apply both take the diff', async () => {
    const dir = await tempDir({ 'my notes/a b.md': 'Reduce scars.\n' });
    const { stdout } = await cli(['--fix-dry-run', '.'], dir);
    expect(stdout).toMatch(/^--- a\/my notes\/a b\.md\t\n\+\+\+ b\/my notes\/a b\.md\t\n/);
    await writeFile(path.join(dir, 'fix.patch'), stdout);
    await exec('git', ['apply', '--check', 'fix.patch'], { cwd: dir });
    const patch = await exec('patch', ['--version'], { cwd: dir }).then(() => true, () => false);
    if (patch) {
      await exec('patch', ['-p1', '-i', 'fix.patch'], { cwd: dir });
      expect(await readFile(path.join(dir, 'my notes/a b.md'), 'utf8')).toBe('Help reduce the appearance of scars.\n');
    }
  });

  it('prints nothing on stdout when there is nothing to fix', async () => {
    const dir = await tempDir({ 'a.md': 'Our facial may help skin look brighter.\n' });
    const { code, stdout, stderr } = await cli(['--fix-dry-run', 'a.md'], dir);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: 'claimlint: 0 fixes would be applied to 0 files; 0 problems would remain\n' });
  });
});

describe('fixFilter', () => {
  it('fixes only reported findings of the named kinds', async () => {
    const { fixFilter } = await import('../../src/fix/fix-type.js');
    const warning = { ruleId: 'absolute-guarantee', category: 'absolute_guarantee', severity: 1 } as const;
    const base = { line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0] as [number, number], message: '' };
    expect(fixFilter({ types: [], known: [] })({ ...base, ...warning })).toBe(true);
    expect(fixFilter({ types: [], known: [], errorsOnly: true })({ ...base, ...warning })).toBe(false);
    expect(fixFilter({ types: ['absolute_guarantee'], known: ['absolute_guarantee', 'x'] })({ ...base, ...warning })).toBe(true);
    expect(fixFilter({ types: ['x'], known: ['absolute_guarantee', 'x'] })({ ...base, ...warning })).toBe(false);
  });
});

describe('--fix with configuration', () => {
  it('leaves claims that a directive silences and fixes a team phrase named by --fix-type', async () => {
    const config = {
      phrases: [{ id: 'brand/glow', match: ['a velvet finish'], message: 'Do not promise a glow.', suggest: ['a fresh look'] }],
    };
    const text = '<!-- claimlint-disable-next-line -- quoted from a customer -->\nReduce scars.\n\nReduce scars. Get a velvet finish.\n';
    const dir = await tempDir({ 'claimlint.config.json': JSON.stringify(config), 'a.md': text });
    const { code } = await cli(['--fix', '--fix-type', 'brand/glow', 'a.md'], dir);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe(text.replace('a velvet finish', 'a fresh look'));
    expect(code).toBe(1);
    await cli(['--fix', 'a.md'], dir);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe(
      '<!-- claimlint-disable-next-line -- quoted from a customer -->\nReduce scars.\n\nHelp reduce the appearance of scars. Get a fresh look.\n',
    );
  });

  it('applies a sentence rewrite that resolves several findings only when --fix-type names all of them', async () => {
    const config = {
      phrases: [{ id: 'brand/glow', match: ['a velvet finish'], message: 'Do not promise a glow.', suggest: ['a fresh look'] }],
    };
    const text = 'Reduce scars and get a velvet finish.\n';
    const dir = await tempDir({ 'claimlint.config.json': JSON.stringify(config), 'a.md': text });
    await cli(['--fix', '--fix-type', 'brand/glow', 'a.md'], dir);
    // The one rewrite of the sentence also rewrites the absolute-guarantee claim: not what was asked.
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe(text);
    await cli(['--fix', '--fix-type', 'brand/glow,absolute-guarantee', 'a.md'], dir);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe('Help reduce the appearance of scars and get a fresh look.\n');
  });
});

describe('--fix-dry-run --stdin', () => {
  it('prints the whole input with the fixes applied, and what remains on stderr', async () => {
    const dir = await tempDir({});
    const input = '# Care\r\n\r\nReduce scars. Our peel stimulates collagen production.\r\n';
    const { code, stdout, stderr } = await cli(['--stdin', '--fix-dry-run'], dir, {}, { stdin: input });
    expect(stdout).toBe('# Care\r\n\r\nHelp reduce the appearance of scars. Our peel stimulates collagen production.\r\n');
    expect(stderr).toBe('claimlint: 1 fix would be applied; 1 problem would remain\n');
    expect(code).toBe(1);
  });

  it('prints the input unchanged when there is nothing to fix, and refuses --fix', async () => {
    const dir = await tempDir({});
    const input = '\uFEFFOur facial may help skin look brighter.\n';
    expect((await cli(['--stdin', '--fix-dry-run'], dir, {}, { stdin: input })).stdout).toBe(input);
    const refused = await cli(['--stdin', '--fix'], dir, {}, { stdin: input });
    expect(refused).toMatchObject({ code: 2, stderr: 'claimlint: --fix cannot write standard input; use --fix-dry-run to print the fixed text\n' });
  });

  it('accepts a team phrase from the config that applies to --stdin-filename as a --fix-type', async () => {
    const config = { phrases: [{ id: 'brand/glow', match: ['a velvet finish'], message: 'Do not promise a glow.', suggest: ['a fresh look'] }] };
    const dir = await tempDir({ 'claimlint.config.json': JSON.stringify(config) });
    const args = ['--stdin', '--stdin-filename', 'blog/post.md', '--fix-dry-run', '--fix-type', 'brand/glow'];
    const { stdout } = await cli(args, dir, {}, { stdin: 'Reduce scars. Get a velvet finish.\n' });
    expect(stdout).toBe('Reduce scars. Get a fresh look.\n');
  });
});
