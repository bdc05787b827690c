import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatters, lint, lintText } from '../src/index.js';
import claimlintRemark from '../src/remark.js';
import type { LintResult } from '../src/shared/lint-result.js';
import { rules } from '../rules/index.js';
import { applyEdit } from './helpers.js';
import { cli, exec, root, tempDir } from './cli-helpers.js';

const COPY = [
  '# Spring offers',
  '',
  'Our new peel *erases* fine lines, and the serum stimulates collagen production.',
  '',
  '- Reduce scars.',
  '- The treatment will eliminate dark circles.',
  '',
  'Results vary; we cannot guarantee results.',
  '',
].join('\n');

describe('library', () => {
  it('lint() returns exactly what the CLI prints as JSON', async () => {
    const fromCli = JSON.parse((await cli(['fixtures/formats', 'nope.md', '-f', 'json'])).stdout) as LintResult[];
    const fromApi = await lint(['fixtures/formats', 'nope.md'], { cwd: root });
    expect(JSON.parse(JSON.stringify(fromApi))).toEqual(fromCli);
  });

  it('lintText() matches the CLI on the same text and path', async () => {
    const dir = await tempDir({});
    const fromCli = JSON.parse((await cli(['--stdin', '--stdin-filename', 'page.md', '-f', 'json'], dir, {}, { stdin: COPY })).stdout) as LintResult[];
    const fromApi = lintText(COPY, { filePath: 'page.md', cwd: dir });
    expect(fromApi.filePath).toBe(path.join(dir, 'page.md'));
    expect(JSON.parse(JSON.stringify(fromApi))).toEqual(fromCli[0]);
    expect(lintText(COPY).filePath).toBe('<text>');
    expect(lintText('Reduce scars.', { market: 'uk' }).errorCount).toBe(1);
  });

  it('formatters load by name and match the CLI output', async () => {
    const results = await lint('fixtures/formats', { cwd: root });
    expect(Object.keys(formatters)).toEqual(['stylish', 'json', 'compact', 'sarif', 'github', 'gitlab', 'junit', 'markdown']);
    expect(await formatters.compact(results, { cwd: root })).toBe((await cli(['fixtures/formats', '-f', 'compact'])).stdout);
    expect(await formatters.sarif(results, { cwd: root })).toBe((await cli(['fixtures/formats', '-f', 'sarif'])).stdout);
  });
});

describe('remark plugin', () => {
  async function viaRemark(text: string, options = {}) {
    const file = new VFile({ path: 'page.md', value: text });
    await unified().use(remarkParse).use(claimlintRemark, options).use(remarkStringify).process(file);
    return file.messages;
  }

  it('reports the same findings as lintText, as vfile messages', async () => {
    const expected = lintText(COPY, { filePath: 'page.md' }).messages;
    const messages = await viaRemark(COPY);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(messages.map((m) => [m.ruleId, m.reason])).toEqual(expected.map((m) => [m.ruleId, m.message]));
    messages.forEach((vm, i) => {
      const m = expected[i]!;
      const rule = rules.find((r) => r.meta.id === m.ruleId)!;
      expect(vm.source).toBe('claimlint');
      expect(vm.url).toBe(rule.meta.source.url);
      expect(vm.fatal).toBe(m.severity === 2);
      // The place covers the claim and whatever its rewrites replace.
      const place = vm.place as { start: { offset: number; line: number; column: number }; end: { offset: number } };
      expect(place.start.offset).toBeLessThanOrEqual(m.range[0]);
      expect(place.end.offset).toBeGreaterThanOrEqual(m.range[1]);
      if (place.start.offset === m.range[0]) expect([place.start.line, place.start.column]).toEqual([m.line, m.column]);
      // expected[k] at the place reads exactly as suggestion k applied.
      expect(vm.expected ?? []).toHaveLength(m.suggestions?.length ?? 0);
      (m.suggestions ?? []).forEach((s, k) => {
        const edited = COPY.slice(0, place.start.offset) + vm.expected![k] + COPY.slice(place.end.offset);
        expect(edited).toBe(applyEdit(COPY, s.fix));
      });
    });
  });

  it('widens the place only as far as a rewrite reaches', async () => {
    const [m] = await viaRemark('The treatment will eliminate dark circles.\n');
    expect(m!.actual).toBe('will eliminate dark circles');
    expect(m!.expected).toEqual(['may help reduce the appearance of dark circles']);
  });

  it('takes the market and configuration options', async () => {
    const off = await viaRemark(COPY, { config: { market: 'us', rules: { 'absolute-guarantee': { severity: 'off' } }, phrases: [], approved: [] } });
    expect(off.map((m) => m.ruleId)).not.toContain('absolute-guarantee');
    expect(off.length).toBeGreaterThan(0);
  });

  it('ignores a byte order mark, as lintText does', async () => {
    const messages = await viaRemark(`\uFEFF${COPY}`);
    expect(messages.map((m) => [m.line, m.column])).toEqual((await viaRemark(COPY)).map((m) => [m.line, m.column]));
  });
});

describe('package entry points', () => {
  // A consumer project with claimlint installed (as a link to this checkout).
  async function consumer(): Promise<string> {
    const dir = await tempDir({ 'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }) });
    await mkdir(path.join(dir, 'node_modules'), { recursive: true });
    await symlink(root, path.join(dir, 'node_modules', 'claimlint'), 'dir');
    return dir;
  }

  it('resolves claimlint and claimlint/remark for ESM', async () => {
    const dir = await consumer();
    const script = [
      "import { lintText, formatters } from 'claimlint';",
      "import claimlintRemark from 'claimlint/remark';",
      "const r = lintText('Reduce scars.');",
      "console.log(typeof claimlintRemark, r.errorCount, typeof formatters.sarif);",
    ].join('\n');
    await writeFile(path.join(dir, 'check.mjs'), script);
    const { stdout } = await exec(process.execPath, ['check.mjs'], { cwd: dir });
    expect(stdout.trim()).toBe('function 1 function');
  });

  it.each(['NodeNext', 'Bundler'])('has types for both entry points (moduleResolution %s)', async (resolution) => {
    const dir = await consumer();
    const source = [
      "import { lint, lintText, formatters, type LintResult, type LintMessage } from 'claimlint';",
      "import claimlintRemark, { type ClaimlintRemarkOptions } from 'claimlint/remark';",
      "const r: LintResult = lintText('x', { filePath: 'a.md' });",
      'const m: LintMessage | undefined = r.messages[0];',
      "const o: ClaimlintRemarkOptions = { market: 'uk' };",
      "export const all: Promise<LintResult[]> = lint(['docs']);",
      'export const out: Promise<string> = formatters.markdown([r]);',
      'export { m, o, claimlintRemark };',
      '// @ts-expect-error the result is typed: no such field',
      'r.nope;',
    ].join('\n');
    await writeFile(path.join(dir, 'consumer.ts'), source);
    const module = resolution === 'Bundler' ? 'ESNext' : 'NodeNext';
    const tsconfig = { compilerOptions: { module, moduleResolution: resolution, target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['consumer.ts'] };
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
    const result = await exec(tsc, ['-p', 'tsconfig.json'], { cwd: dir }).catch((e: { stdout: string }) => ({ stdout: e.stdout, failed: true }));
    expect(result.stdout).toBe('');
  });

  it('declares both entry points in package.json', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/src/index.d.ts', import: './dist/src/index.js' });
    expect(pkg.exports['./remark']).toEqual({ types: './dist/src/remark.d.ts', import: './dist/src/remark.js' });
  });
});
