import { describe, expect, it } from 'vitest';
import { applyDirectives, parseDirective, type Candidate } from '../../src/engine/directives.js';
import type { LintMessage } from '../../src/shared/lint-result.js';
import { lintJson, runCli, summary, tempRepo } from '../cli-run.js';

const config = JSON.stringify({ phrases: [{ id: 'house/glow', match: ['velvet finish'], message: 'No promised glow.' }] });

async function lintDoc(markdown: string, args: string[] = []) {
  const dir = await tempRepo({ 'claimlint.config.json': config, 'a.md': markdown });
  const { byFile, code } = await lintJson(args, dir);
  return { code, result: byFile['a.md']! };
}

describe('inline directives', () => {
  it('disable ... enable silences a range, for all rules or the ones named', async () => {
    const { result } = await lintDoc(
      [
        'Erase wrinkles.', // 1: reported
        '',
        '<!-- claimlint-disable -->',
        'Erase wrinkles. A velvet finish.', // 4: both silenced
        '',
        '<!-- claimlint-enable -->',
        '<!-- claimlint-disable house/glow, absolute-guarantee -->',
        'Erase wrinkles. A velvet finish. It stimulates collagen.', // 8: only structure-function
        '',
        '<!-- claimlint-enable absolute-guarantee -->',
        'Erase wrinkles. A velvet finish.', // 11: only absolute-guarantee
        '',
      ].join('\n'),
    );
    expect(summary(result)).toEqual(['1:absolute-guarantee:2', '8:structure-function:2', '11:absolute-guarantee:2']);
    expect(result.suppressedMessages!.map((m) => `${m.line}:${m.ruleId}`)).toEqual([
      '4:absolute-guarantee',
      '4:house/glow',
      '8:absolute-guarantee',
      '8:house/glow',
      '11:house/glow',
    ]);
  });

  it('enable with ids inside a blanket disable turns just those back on', async () => {
    const { result } = await lintDoc('<!-- claimlint-disable -->\n<!-- claimlint-enable house/glow -->\nErase wrinkles. A velvet finish.\n');
    expect(summary(result)).toEqual(['3:house/glow:1']);
  });

  it('disable-next-line silences the next block only, and keeps the reason', async () => {
    const { result } = await lintDoc(
      [
        '<!-- claimlint-disable-next-line absolute-guarantee -- a client quote, shown as such -->',
        'Erase wrinkles, she said.',
        'It still reads as one paragraph: erase wrinkles.',
        '',
        'Erase wrinkles.',
        '',
        '<!-- claimlint-disable-next-line -->',
        '- A velvet finish.',
        '- A velvet finish.',
        '',
      ].join('\n'),
    );
    expect(summary(result)).toEqual(['5:absolute-guarantee:2', '9:house/glow:1']);
    const reasons = result.suppressedMessages!.map((m) => [m.line, m.suppressions[0]!.justification]);
    expect(reasons).toEqual([
      [2, 'a client quote, shown as such'],
      [3, 'a client quote, shown as such'],
      [8, ''],
    ]);
  });

  it('disable-file silences the whole file, for all rules or the ones named', async () => {
    expect(summary((await lintDoc('Erase wrinkles.\n\n<!-- claimlint-disable-file -->\n\nA velvet finish.\n')).result)).toEqual([]);
    const named = await lintDoc('Erase wrinkles. A velvet finish.\n\n<!-- claimlint-disable-file house/glow -->\n');
    expect(summary(named.result)).toEqual(['1:absolute-guarantee:2']);
  });

  it('front matter "claimlint: off" skips the file', async () => {
    const { result, code } = await lintDoc('---\ntitle: Legal\nclaimlint: off\n---\n\nErase wrinkles.\n');
    expect(code).toBe(0);
    expect(result.messages).toEqual([]);
    const on = await lintDoc('---\ntitle: claimlint off\nclaimlint: on\n---\n\nErase wrinkles.\n');
    expect(summary(on.result)).toEqual(['6:absolute-guarantee:2']);
  });

  it('reports unknown rule ids and unknown directives, with a did-you-mean', async () => {
    const { result, code } = await lintDoc('<!-- claimlint-disable absolute-guarante -->\n<!-- claimlint-disable-nextline -->\nFine copy.\n');
    expect(code).toBe(1);
    expect(result.messages.map((m) => [m.line, m.column, m.ruleId, m.severity, m.message])).toEqual([
      [1, 1, null, 2, 'Unknown rule "absolute-guarante" in claimlint-disable directive; did you mean "absolute-guarantee"?'],
      [2, 1, null, 2, 'Unknown directive "claimlint-disable-nextline"; did you mean "claimlint-disable-next-line"?'],
    ]);
  });

  it('--report-unused-directives reports directives that silenced nothing', async () => {
    const doc = [
      '<!-- claimlint-disable-next-line -->',
      'Fine copy.',
      '',
      '<!-- claimlint-disable-next-line absolute-guarantee, house/glow -->',
      'Erase wrinkles.',
      '',
      '<!-- claimlint-disable-next-line absolute-guarantee -->',
      'Erase wrinkles.',
      '',
    ].join('\n');
    expect(summary((await lintDoc(doc)).result)).toEqual([]);
    const { result, code } = await lintDoc(doc, ['--report-unused-directives']);
    expect(code).toBe(1);
    expect(result.messages.map((m) => [m.line, m.severity, m.message])).toEqual([
      [1, 2, 'Unused claimlint-disable-next-line directive (no problems were reported)'],
      [4, 2, 'Unused claimlint-disable-next-line directive (no problems were reported from "house/glow")'],
    ]);
  });

  it('reportUnusedDirectives in the config sets the severity', async () => {
    const dir = await tempRepo({ 'claimlint.config.yaml': 'reportUnusedDirectives: warn\n', 'a.md': '<!-- claimlint-disable -->\nFine.\n' });
    const { code, stdout } = await runCli([], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('warning  Unused claimlint-disable directive (no problems were reported)');
  });

  it('leaves other HTML comments alone', async () => {
    const { result } = await lintDoc('<!-- TODO: claimlint-disable later -->\n<!-- prettier-ignore -->\nErase wrinkles.\n');
    expect(summary(result)).toEqual(['3:absolute-guarantee:2']);
  });
});

describe('parseDirective', () => {
  it('reads HTML and MDX comment forms alike', () => {
    const expected = { directive: { kind: 'disable-next-line', ids: ['a', 'b/c'], justification: 'why -- not' } };
    expect(parseDirective('<!-- claimlint-disable-next-line a, b/c -- why -- not -->')).toEqual(expected);
    expect(parseDirective('{/* claimlint-disable-next-line a, b/c -- why -- not */}')).toEqual(expected);
    expect(parseDirective('{ /*claimlint-disable-next-line a b/c -- why -- not*/ }')).toEqual(expected);
    expect(parseDirective('/* claimlint-disable-next-line a,b/c -- why -- not */')).toEqual(expected);
    expect(parseDirective('<!--claimlint-enable-->')).toEqual({ directive: { kind: 'enable', ids: [], justification: '' } });
    expect(parseDirective('<!-- claimlint-disable-file -- legal page -->')).toEqual({
      directive: { kind: 'disable-file', ids: [], justification: 'legal page' },
    });
  });

  it('ignores comments that are not directives', () => {
    expect(parseDirective('<!-- a note about claimlint-disable -->')).toBeUndefined();
    expect(parseDirective('{/* just a note */}')).toBeUndefined();
    expect(parseDirective('<!-- claimlint-disabled -->')).toEqual({ unknownKind: 'claimlint-disabled' });
  });

  it('applies an MDX comment like an HTML one', () => {
    const message = (line: number, start: number): LintMessage => ({
      ruleId: 'absolute-guarantee',
      severity: 2,
      message: 'm',
      line,
      column: 1,
      endLine: line,
      endColumn: 5,
      range: [start, start + 4],
    });
    const candidates: Candidate[] = [{ message: message(2, 40), suppressions: [] }, { message: message(4, 60), suppressions: [] }];
    const out = applyDirectives(candidates, [{ value: '{/* claimlint-disable-next-line -- quote */}', start: 0, end: 39 }], {
      knownIds: new Set(['absolute-guarantee']),
      blocks: [
        { start: 40, end: 50 },
        { start: 60, end: 70 },
      ],
      point: (offset) => ({ line: offset < 40 ? 1 : offset < 60 ? 2 : 4, column: 1 }),
    });
    expect(out.messages.map((m) => m.line)).toEqual([4]);
    expect(out.suppressedMessages.map((m) => [m.line, m.suppressions])).toEqual([[2, [{ kind: 'directive', justification: 'quote' }]]]);
  });
});

describe('claimlint-disable-line', () => {
  it('silences findings on its own line only, in Markdown and MDX, and counts as used', async () => {
    const { lintText } = await import('../../src/screen/lint-text.js');
    const { rulePack } = await import('../../rules/index.js');
    const text = [
      'Reduce scars. <!-- claimlint-disable-line absolute-guarantee -- quoted from a review -->',
      'Reduce scars.',
      '',
      '| Before | After |',
      '| - | - |',
      '| Reduce scars <!-- claimlint-disable-line --> | Reduce scars |',
      '',
    ].join('\n');
    const config = { market: 'us' as const, rules: {}, phrases: [], approved: [], reportUnusedDirectives: 'error' as const };
    const r = lintText(text, { pack: rulePack, config });
    // The whole line: both cells of the table row.
    expect(r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['2:1 absolute-guarantee']);
    expect(r.suppressedMessages!.map((m) => [m.line, m.column, m.suppressions[0]!.justification])).toEqual([
      [1, 1, 'quoted from a review'],
      [6, 3, ''],
      [6, 50, ''],
    ]);
    const mdx = lintText('Reduce scars. {/* claimlint-disable-line */}\n\nReduce scars.\n', { pack: rulePack, config, filePath: 'a.mdx' });
    expect(mdx.messages.map((m) => m.line)).toEqual([3]);
    const other = lintText('Reduce scars. <!-- claimlint-disable-line hype -->\n', { pack: rulePack, config });
    expect(other.messages.map((m) => m.ruleId)).toEqual(['absolute-guarantee', null]);
    expect(other.messages[1]!.message).toBe('Unused claimlint-disable-line directive (no problems were reported from "hype")');
  });
});
