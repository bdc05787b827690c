import { readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatters, lint, lintText } from '../../src/index.js';
import claimlintRemark from '../../src/remark.js';
import type { LintResult } from '../../src/shared/lint-result.js';
import { rules } from '../../rules/index.js';
import { applyEdit } from '../helpers.js';
import { cli, root, tempDir } from '../cli-helpers.js';

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
    const fromApi = await lintText(COPY, { filePath: 'page.md', cwd: dir });
    expect(fromApi.filePath).toBe(path.join(dir, 'page.md'));
    expect(JSON.parse(JSON.stringify(fromApi))).toEqual(fromCli[0]);
    expect((await lintText(COPY, { cwd: dir })).filePath).toBe('<text>');
    expect((await lintText('Reduce scars.', { market: 'uk', cwd: dir })).errorCount).toBe(1);
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
    const file = new VFile({ path: 'page.md', value: text, cwd: await tempDir({ '.git/HEAD': '' }) });
    await unified().use(remarkParse).use(claimlintRemark, options).use(remarkStringify).process(file);
    return file.messages;
  }

  it('reports the same findings as lintText, as vfile messages', async () => {
    const expected = (await lintText(COPY, { filePath: 'page.md', configFile: false })).messages;
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
    // "eliminates" reaches back to no helper verb; "will" stays and the verb is hedged after it.
    const [m] = await viaRemark('The treatment will eliminate dark circles.\n');
    expect(m!.actual).toBe('eliminate dark circles');
    expect(m!.expected).toEqual(['help reduce the appearance of dark circles']);
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

describe('one config everywhere', () => {
  // A project with its own config: every kind of setting that changes findings.
  const PROJECT = {
    '.git/HEAD': '',
    'claimlint.config.json': JSON.stringify({
      market: 'uk',
      rules: { hype: 'off' },
      phrases: [{ id: 'house/glow', match: ['a guaranteed glow'], message: 'Do not promise a glow.', suggest: ['a fresher look'] }],
      approved: [{ claim: 'stimulates collagen production', evidence: 'Study 7' }],
      overrides: [{ files: ['blog/**'], rules: { 'absolute-guarantee': 'warn' } }],
      ignores: ['drafts/**'],
    }),
    '.claimlintignore': 'private/\n',
    'docs/a.md': `${COPY}\nGet a guaranteed glow, the ultimate miracle.\n`,
    'blog/b.md': 'Reduce scars. Get a guaranteed glow.\n',
    'blog/c.mdx': '<Note title="Erases wrinkles" />\n\nIt is painless.\n',
    'drafts/d.md': 'Reduce scars.\n',
    'private/e.md': 'Reduce scars.\n',
  };
  const NAMES = ['docs/a.md', 'blog/b.md', 'blog/c.mdx', 'drafts/d.md', 'private/e.md'];
  const shape = (messages: Array<{ ruleId?: string | null; line: number; column: number; severity?: number; fatal?: boolean | null }>) =>
    messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity ?? (m.fatal ? 2 : 1)}`);

  it('gives the CLI, lint(), lintText() and the remark plugin the same findings on every file', async () => {
    const dir = await tempDir(PROJECT);
    const fromCli = JSON.parse((await cli([...NAMES, '-f', 'json'], dir)).stdout) as LintResult[];
    const byFile = new Map(fromCli.map((r) => [path.relative(dir, r.filePath), shape(r.messages)]));
    // The config is in force: ignored files are left out, the override and the phrase apply.
    expect([...byFile.keys()]).toEqual(['blog/b.md', 'blog/c.mdx', 'docs/a.md']);
    expect(byFile.get('blog/b.md')).toEqual(['1:1 absolute-guarantee 1', '1:19 house/glow 1']);
    expect(byFile.get('docs/a.md')!.some((x) => x.includes('structure-function'))).toBe(false);
    expect(byFile.get('docs/a.md')!.some((x) => x.includes('hype'))).toBe(false);

    const fromLint = await lint(NAMES, { cwd: dir });
    expect(new Map(fromLint.map((r) => [path.relative(dir, r.filePath), shape(r.messages)]))).toEqual(byFile);

    for (const name of NAMES) {
      const text = await readFile(path.join(dir, name), 'utf8');
      const viaText = await lintText(text, { filePath: name, cwd: dir });
      expect(shape(viaText.messages), name).toEqual(byFile.get(name) ?? []);
      const file = new VFile({ path: name, cwd: dir, value: text });
      await unified().use(remarkParse).use(claimlintRemark).use(remarkStringify).process(file);
      const viaRemark = file.messages.map((m) => ({ ruleId: m.ruleId ?? null, line: m.line!, column: m.column!, severity: m.fatal ? 2 : 1 }));
      // The remark place may start earlier (a rewrite's reach): compare rule and severity in order.
      expect(viaRemark.map((m) => `${m.ruleId} ${m.severity}`), name).toEqual((byFile.get(name) ?? []).map((x) => x.split(' ').slice(1).join(' ')));
    }
  });

  it('takes a config file, or none, as --config and --no-config do', async () => {
    const dir = await tempDir({ ...PROJECT, 'other.json': JSON.stringify({ rules: { 'absolute-guarantee': 'off' } }) });
    const text = 'Reduce scars. Get a guaranteed glow.\n';
    const cliRun = async (...args: string[]) =>
      shape((JSON.parse((await cli(['--stdin', '--stdin-filename', 'blog/b.md', '-f', 'json', ...args], dir, {}, { stdin: text })).stdout) as LintResult[])[0]!.messages);
    const viaText = async (configFile: string | false) => shape((await lintText(text, { filePath: 'blog/b.md', cwd: dir, configFile })).messages);
    expect(await viaText('other.json')).toEqual(await cliRun('--config', 'other.json'));
    expect(await viaText(false)).toEqual(await cliRun('--no-config'));
    // Without the config nothing is at warn and no phrase claims "a guaranteed glow": both claims are errors.
    expect(await viaText(false)).toEqual(['1:1 absolute-guarantee 2', '1:21 absolute-guarantee 2']);
    const viaRemark = async (options: object) => {
      const file = new VFile({ path: 'blog/b.md', cwd: dir, value: text });
      await unified().use(remarkParse).use(claimlintRemark, options).use(remarkStringify).process(file);
      return file.messages.map((m) => m.ruleId);
    };
    expect(await viaRemark({ configFile: 'other.json' })).toEqual([]);
    expect(await viaRemark({ configFile: false })).toEqual(['absolute-guarantee', 'absolute-guarantee']);
    expect(await viaRemark({})).toEqual(['absolute-guarantee', 'house/glow']);
  });
});

// Installing the package and using it with import, require and types:
// tests/e2e/package.test.ts.
