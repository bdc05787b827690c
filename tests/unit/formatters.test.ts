import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { FORMATTER_NAMES, loadFormatter } from '../../src/report/formatters/index.js';
import { escapeData, escapeProperty } from '../../src/report/formatters/github.js';
import { makeResult } from '../../src/report/results.js';
import { cwd, finding, sampleResults } from '../format-fixtures.js';
import { parseGfm as parse, tableRows as tableOf } from '../markdown-table.js';

const ctx = { cwd, color: false };

describe('formatter registry', () => {
  it('knows every format the CLI documents', () => {
    expect(FORMATTER_NAMES).toEqual(['stylish', 'json', 'compact', 'sarif', 'github', 'gitlab', 'junit', 'markdown']);
  });
});

describe('compact', () => {
  it('prints file:line:col: severity rule-id message, one finding a line', async () => {
    const format = await loadFormatter('compact');
    expect(format(sampleResults(), ctx)).toBe(
      [
        'docs/a.md:3:14: error absolute-guarantee Unqualified claim to erase wrinkles promises complete removal.',
        'docs/a.md:7:3: error absolute-guarantee Unqualified claim to reduce scars promises a certain result.',
        'docs/a.md:9:1: warning hype Hype word.',
        'docs/broken.md:1:1: error not a text file (binary content)',
        'notes, v2: draft%.md:1:1: warning invalid UTF-8 at byte offset 4; those bytes were read as U+FFFD',
        '',
      ].join('\n'),
    );
  });

  it('keeps a multi-line message on one line', async () => {
    const format = await loadFormatter('compact');
    const out = format([makeResult(`${cwd}/x.md`, [finding({ message: 'first\nsecond\r\nthird' })])], ctx);
    expect(out).toBe('x.md:3:14: error absolute-guarantee first second third\n');
  });
});

describe('github', () => {
  it('escapes data and properties as the runner decodes them', () => {
    expect(escapeData('50% off\r\nnow: yes, really')).toBe('50%25 off%0D%0Anow: yes, really');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('writes one workflow command per finding, with exact positions', async () => {
    const format = await loadFormatter('github');
    expect(format(sampleResults(), ctx).split('\n')).toEqual([
      '::error file=docs/a.md,line=3,col=14,endLine=3,endColumn=29,title=absolute-guarantee::Unqualified claim to erase wrinkles promises complete removal.%0ASuggestion: Replace with "may help reduce the appearance of wrinkles"',
      '::error file=docs/a.md,line=7,col=3,endLine=7,endColumn=15,title=absolute-guarantee::Unqualified claim to reduce scars promises a certain result.%0ASuggestion: Replace with "Help reduce the appearance of scars"',
      '::warning file=docs/a.md,line=9,col=1,endLine=9,endColumn=8,title=hype::Hype word.%0ASay what it does.',
      '::error file=docs/broken.md,line=1,col=1,endLine=1,endColumn=1,title=claimlint::not a text file (binary content)',
      '::warning file=notes%2C v2%3A draft%25.md,line=1,col=1,endLine=1,endColumn=1,title=claimlint::invalid UTF-8 at byte offset 4; those bytes were read as U+FFFD',
      '',
    ]);
  });

  it('cannot be made to start a second command by a message', async () => {
    const format = await loadFormatter('github');
    const out = format([makeResult(`${cwd}/x.md`, [finding({ message: 'claim\n::error::injected', suggestions: [] })])], ctx);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(out).toContain('claim%0A::error::injected');
  });
});

describe('junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testcase', 'failure', 'error'].includes(name) });

  it('has a testsuite per file and a testcase per finding, as ESLint writes it', async () => {
    const xml = (await loadFormatter('junit'))(sampleResults(), ctx);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.testsuites).toMatchObject({ tests: '6', failures: '4', errors: '1' });
    type Case = { name: string; classname: string; failure?: Array<{ type: string; '#text': string }>; error?: unknown[] };
    const suites = doc.testsuites.testsuite as Array<{ name: string; tests: string; failures: string; errors: string; testcase: Case[] }>;
    expect(suites.map((s) => [s.name, s.tests, s.failures, s.errors])).toEqual([
      ['docs/a.md', '3', '3', '0'],
      ['docs/clean.md', '1', '0', '0'],
      ['docs/broken.md', '1', '0', '1'],
      ['notes, v2: draft%.md', '1', '1', '0'],
    ]);
    const a = suites[0]!.testcase;
    // One failure in each testcase: viewers that show a testcase's first failure miss none.
    expect(a.map((c) => [c.name, c.failure!.length, c.failure![0]!.type])).toEqual([
      ['3:14 absolute-guarantee', 1, 'absolute-guarantee'],
      ['7:3 absolute-guarantee', 1, 'absolute-guarantee'],
      ['9:1 hype', 1, 'hype'],
    ]);
    expect(a[0]!.failure![0]!['#text']).toContain('Claim: erases wrinkles');
    expect(suites[1]!.testcase).toEqual([expect.objectContaining({ name: 'docs/clean.md' })]);
    expect(suites[1]!.testcase[0]!.failure).toBeUndefined();
    expect(suites[2]!.testcase[0]!.error).toHaveLength(1);
  });

  it('stays well-formed whatever the claim contains', async () => {
    const nasty = 'a & b <c> "d" \'e\' \u0001\u0008 ]]> \uD800 end';
    const xml = (await loadFormatter('junit'))([makeResult(`${cwd}/x&y.md`, [finding({ message: nasty, claim: nasty })])], ctx);
    expect(XMLValidator.validate(xml)).toBe(true);
    const failure = parser.parse(xml).testsuites.testsuite.testcase[0].failure[0];
    expect(failure.message).toBe('a & b <c> "d" \'e\'  ]]>  end');
  });
});

describe('markdown', () => {
  it('has a summary line and a table of findings', async () => {
    const md = (await loadFormatter('markdown'))(sampleResults(), ctx);
    const tree = parse(md);
    expect(toString(tree.children[0]!)).toBe('claimlint found 5 problems (3 errors, 2 warnings) in 3 of 4 files.');
    expect(tableOf(md)).toEqual([
      ['Location', 'Severity', 'Rule', 'Claim', 'Suggested wording'],
      ['docs/a.md:3', 'error', 'absolute-guarantee', 'erases wrinkles', 'Replace with "may help reduce the appearance of wrinkles"'],
      ['docs/a.md:7', 'error', 'absolute-guarantee', 'Reduce scars', 'Replace with "Help reduce the appearance of scars"'],
      ['docs/a.md:9', 'warning', 'hype', 'miracle', 'Say what it does.'],
    ]);
    expect(md).toContain('`docs/broken.md`: not a text file (binary content)');
  });

  it('links a rule to the regulation behind it when it is known', async () => {
    const md = (await loadFormatter('markdown'))(sampleResults(), {
      ...ctx,
      rulesMeta: { 'absolute-guarantee': { description: 'd', severity: 'error', source: { name: 'CAP', url: 'https://example.org/cap' } } },
    });
    expect(md).toContain('[absolute-guarantee](https://example.org/cap)');
  });

  it('says so when there is nothing to report', async () => {
    const md = (await loadFormatter('markdown'))([makeResult(`${cwd}/a.md`, [])], ctx);
    expect(md).toBe('**claimlint** found no problems in 1 file.\n');
  });

  const nastyClaims = [
    'erases | wrinkles || fast',
    'uses `code` and ``double`` ticks `',
    '<script>alert(1)</script> <img src=x onerror=alert(1)>',
    'first line\nsecond line\r\nthird',
    '**bold** _em_ [link](https://evil.example) ![img](x.png)',
    'back\\slash \\| escaped pipe &amp; entity &#124;',
    '# heading? - list? > quote? 1. item',
    'https://evil.example/a|b www.example.com',
    '~~strike~~ [^1] <!-- comment -->',
  ];

  it.each(nastyClaims)('keeps claim %j in its cell, as plain text', async (claim) => {
    const md = (await loadFormatter('markdown'))(
      [makeResult(`${cwd}/a|b.md`, [finding({ claim, suggestions: [{ desc: `Replace with "${claim}"`, fix: { range: [0, 1], text: 'x' } }] })])],
      ctx,
    );
    const rows = tableOf(md);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(5);
    const expected = claim.replace(/\s+/g, ' ').trim();
    expect(rows[1]![0]).toBe('a|b.md:3');
    expect(rows[1]![3]).toBe(expected);
    expect(rows[1]![4]).toBe(`Replace with "${expected}"`);
    // Nothing but the rule link is markup: no HTML, images, code or extra links.
    const kinds = new Set<string>();
    const walk = (n: { type: string; children?: unknown[] }) => {
      kinds.add(n.type);
      for (const c of (n.children ?? []) as Array<{ type: string; children?: unknown[] }>) walk(c);
    };
    walk(parse(md));
    for (const kind of ['html', 'image', 'inlineCode', 'emphasis', 'delete', 'footnoteReference', 'heading', 'list', 'blockquote']) {
      expect(kinds.has(kind), kind).toBe(false);
    }
  });
});

describe('gitlab', () => {
  const issuesOf = async (results = sampleResults(), context: Partial<typeof ctx & { env: Record<string, string> }> = {}) =>
    JSON.parse((await loadFormatter('gitlab'))(results, { ...ctx, ...context })) as Array<Record<string, unknown> & { location: { path: string; lines: { begin: number } } }>;

  it('writes a Code Quality issue per finding with the fields GitLab requires', async () => {
    const issues = await issuesOf();
    expect(issues.map((i) => [i['check_name'], i['severity'], i.location.path, i.location.lines.begin])).toEqual([
      ['absolute-guarantee', 'major', 'docs/a.md', 3],
      ['absolute-guarantee', 'major', 'docs/a.md', 7],
      ['hype', 'minor', 'docs/a.md', 9],
      ['claimlint', 'blocker', 'docs/broken.md', 1],
      ['claimlint', 'minor', 'notes, v2: draft%.md', 1],
    ]);
    expect(issues[0]!['description']).toBe(
      'Unqualified claim to erase wrinkles promises complete removal. Suggestion: Replace with "may help reduce the appearance of wrinkles"',
    );
    for (const i of issues) expect(i['fingerprint']).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(issues.map((i) => i['fingerprint'])).size).toBe(issues.length);
  });

  it('keeps fingerprints when lines move, and tells the same claim in two files apart', async () => {
    const moved = sampleResults();
    moved[0]!.messages[0]!.line = 30;
    const [before, after] = [await issuesOf(), await issuesOf(moved)];
    expect(after[0]!['fingerprint']).toBe(before[0]!['fingerprint']);
    const twice = [makeResult(`${cwd}/a.md`, [finding()]), makeResult(`${cwd}/b.md`, [finding()])];
    const [a, b] = await issuesOf(twice);
    expect(a!['fingerprint']).not.toBe(b!['fingerprint']);
  });

  it('gives paths relative to CI_PROJECT_DIR when a job runs in a subfolder', async () => {
    const issues = await issuesOf([makeResult(`${cwd}/site/docs/a.md`, [finding()])], { cwd: `${cwd}/site`, env: { CI_PROJECT_DIR: cwd } });
    expect(issues[0]!.location.path).toBe('site/docs/a.md');
  });
});

describe('CI paths and limits', () => {
  it('github: paths relative to GITHUB_WORKSPACE, so a step with working-directory still annotates the right file', async () => {
    const format = await loadFormatter('github');
    const results = [makeResult(`${cwd}/site/docs/a.md`, [finding()])];
    expect(format(results, { cwd: `${cwd}/site`, color: false, env: { GITHUB_WORKSPACE: cwd } })).toMatch(/^::error file=site\/docs\/a\.md,/);
    expect(format(results, { cwd: `${cwd}/site`, color: false })).toMatch(/^::error file=docs\/a\.md,/);
  });

  it('github: says so when there are more findings of a type than GitHub annotates', async () => {
    const format = await loadFormatter('github');
    const many = (n: number) => [makeResult(`${cwd}/a.md`, Array.from({ length: n }, (_, i) => finding({ line: i + 1 })))];
    expect(format(many(10), ctx)).not.toContain('::notice');
    const lines = format(many(11), ctx).trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[11]).toMatch(/^::notice title=claimlint::claimlint found 11 errors; GitHub shows 10 annotations of each type per step/);
  });

  it('sarif: URIs relative to GITHUB_WORKSPACE too, which code scanning resolves them against', async () => {
    const format = await loadFormatter('sarif');
    const log = JSON.parse(format([makeResult(`${cwd}/site/a.md`, [finding()])], { cwd: `${cwd}/site`, color: false, env: { GITHUB_WORKSPACE: cwd } }));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('site/a.md');
  });

  it('markdown: stays under 65,536 characters and says how many findings it left out', async () => {
    const format = await loadFormatter('markdown');
    const long = 'x'.repeat(60);
    const results = Array.from({ length: 40 }, (_, f) =>
      makeResult(
        `${cwd}/docs/page-${f}.md`,
        Array.from({ length: 20 }, (_, i) => finding({ line: i + 1, claim: `${long} ${i}`, message: `Claim ${i}.` })),
      ),
    );
    const whole = format(results.slice(0, 2), ctx);
    expect(tableOf(whole)).toHaveLength(41);
    expect(whole).not.toMatch(/more findings? not shown/);
    const md = format(results, ctx);
    expect(md.length).toBeLessThanOrEqual(65_536);
    const rows = tableOf(md).length - 1;
    expect(rows).toBeGreaterThan(100);
    expect(md).toContain(`${800 - rows} more findings not shown`);
    // Every row that is there is whole.
    expect(tableOf(md).every((r) => r.length === 5)).toBe(true);
    expect(toString(parse(md).children[0]!)).toBe('claimlint found 800 problems (800 errors, 0 warnings) in 40 of 40 files.');
  });
});
