import { rulePack } from '../../rules/index.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../src/shared/resolved-config.js';
import { lintText } from '../../src/screen/lint-text.js';
import { mdxProse } from '../../src/prose/mdx.js';
import { parseMdx } from '../../src/markdown/parse-mdx.js';
import type { LintMessage, LintResult } from '../../src/shared/lint-result.js';
import { applyEdit } from '../helpers.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const landing = readFileSync(path.join(root, 'fixtures', 'mdx', 'landing.mdx'), 'utf8');

function lint(text: string, config: ResolvedConfig = DEFAULT_CONFIG): LintMessage[] {
  return lintText(text, { pack: rulePack, filePath: 'page.mdx', config }).messages;
}

function found(text: string, config?: ResolvedConfig) {
  return lint(text, config).map((m) => [m.line, m.column, /\(in (.+)\)$/.exec(m.message)?.[1] ?? 'body', text.slice(m.range[0], m.range[1])]);
}

describe('MDX', () => {
  it('lints front matter, copy attributes and JSX children, not imports, exports or expressions', () => {
    expect(found(landing)).toEqual([
      [3, 33, 'front matter `description`', 'removes scars'],
      [9, 59, '`<Hero description>`', 'erases fine lines'],
      [13, 28, '`<Callout label>`', 'Reduces scars'],
      [14, 56, 'body', 'eliminates wrinkles'],
      [18, 9, 'body', '<Highlight>minimizes wrinkles</Highlight>'],
    ]);
  });

  it('maps character references in attribute values and escapes a fix for the quotes', () => {
    const text = '<Hero title="Fish &amp; chips, then miracle cream" />\n';
    const config: ResolvedConfig = {
      ...DEFAULT_CONFIG,
      phrases: [{ id: 'house', match: ['miracle cream'], message: 'Say what it does.', suggest: ['"rich" cream & more'] }],
    };
    const [m] = lint(text, config);
    expect(text.slice(m!.range[0], m!.range[1])).toBe('miracle cream');
    expect(m!.fix!.text).toBe('&quot;rich&quot; cream &amp; more');
    const fixed = applyEdit(text, m!.fix!);
    const tree = parseMdx(fixed);
    expect(tree.ok).toBe(true);
    const [block] = mdxProse((tree as { ok: true; tree: import('mdast').Root }).tree, fixed).blocks;
    expect(block!.text).toBe('Fish & chips, then "rich" cream & more');
  });

  // MDX reads continuation lines without their indentation; the fix keeps it in the source.
  it('keeps the indentation of an attribute value that runs over lines', () => {
    const text = '<Card\n  description="Microneedling will reduce scars\n  and correct sun damage."\n/>\n';
    const m = lint(text).find((x) => x.fix);
    expect(m).toBeDefined();
    expect(applyEdit(text, m!.fix!)).toBe('<Card\n  description="Microneedling will help reduce the appearance of scars\n  and help improve the appearance of sun damage."\n/>\n');
  });

  it('takes the attribute list from config', () => {
    const text = '<Card heading="It erases wrinkles." title="Plain words" />\n';
    expect(found(text)).toEqual([]);
    expect(found(text, { ...DEFAULT_CONFIG, mdx: { attributes: ['heading'] } }).map((f) => f[2])).toEqual(['`<Card heading>`']);
  });

  it('collects MDX comments as directive comments, with their source range', () => {
    const parsed = parseMdx(landing);
    if (!parsed.ok) throw new Error(parsed.error.reason);
    const { comments } = mdxProse(parsed.tree, landing);
    expect(comments).toHaveLength(1);
    const c = comments[0]!;
    expect(c.value).toBe('{/* claimlint-disable-next-line absolute-guarantee -- reviewed by legal */}');
    expect(landing.slice(c.start, c.end)).toBe(c.value);
    // An expression that is not only a comment is not a directive.
    const other = parseMdx('{/* a */ value}\n');
    expect(other.ok && mdxProse(other.tree, '{/* a */ value}\n').comments).toEqual([]);
  });

  it('reports invalid MDX as one fatal message at its line', () => {
    const messages = lintText('Intro.\n\n<Callout>\n\nText\n', { pack: rulePack, filePath: 'x.mdx' }).messages;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, severity: 2, line: 3, column: 1, ruleId: null });
    expect(messages[0]!.message).toMatch(/^not valid MDX: [^\n]+$/);
  });

  it('parses .md files as Markdown, where JSX-looking text is fine', () => {
    expect(lintText('a < b and {c}\n\n<Callout>\n', { pack: rulePack, filePath: 'x.md' }).messages).toEqual([]);
  });
});

describe('MDX on the command line', () => {
  async function cli(args: string[], cwd: string) {
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {}, isTTY: false };
    return { code: await main(args, io), stdout, stderr };
  }

  it('names the file and line of invalid MDX, exits 2 and lints the other files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-mdx-'));
    await writeFile(path.join(dir, 'a.mdx'), readFileSync(path.join(root, 'fixtures', 'mdx', 'broken.mdx')));
    await writeFile(path.join(dir, 'b.mdx'), '<Note title="It erases wrinkles." />\n');
    const { code, stdout, stderr } = await cli(['-f', 'json'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: a.mdx:7:1: not valid MDX: Expected a closing tag for `<Note>`\n');
    const results = JSON.parse(stdout) as LintResult[];
    expect(results.map((r) => [path.basename(r.filePath), r.errorCount])).toEqual([
      ['a.mdx', 1],
      ['b.mdx', 1],
    ]);
  });

});

describe('front matter and MDX settings from a config file', () => {
  it('applies frontmatter include/exclude and mdx attributes, and MDX comment directives', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-cfg-'));
    await writeFile(
      path.join(dir, 'claimlint.config.json'),
      JSON.stringify({ frontmatter: { include: ['faq.*.answer'] }, mdx: { attributes: ['heading'] } }),
    );
    await writeFile(
      path.join(dir, 'page.mdx'),
      [
        '---',
        'title: It erases wrinkles.',
        'faq:',
        '  - answer: It removes scars.',
        '---',
        '',
        '<Card heading="It erases fine lines." title="It removes scars." />',
        '',
        '{/* claimlint-disable-next-line absolute-guarantee -- quoted from a review */}',
        'The peel eliminates wrinkles.',
        '',
      ].join('\n'),
    );
    let stdout = '';
    const io: CliIO = { stdout: (s) => (stdout += s), stderr: () => {}, cwd: dir, env: {}, isTTY: false };
    expect(await main(['-f', 'json'], io)).toBe(1);
    const [result] = JSON.parse(stdout) as Array<LintResult & { suppressedMessages: LintMessage[] }>;
    expect(result!.messages.map((m) => [m.line, m.claim])).toEqual([
      [4, 'removes scars'],
      [7, 'erases fine lines'],
    ]);
    expect(result!.suppressedMessages.map((m) => [m.line, m.claim])).toEqual([[10, 'eliminates wrinkles']]);
  });
});
