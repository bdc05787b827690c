// Hand-made results for formatter tests, so exact output does not move when
// rule wording is tuned.
import path from 'node:path';
import { fatalMessage, fileWarning, makeResult } from '../src/report/results.js';
import type { LintMessage, LintResult } from '../src/shared/lint-result.js';

export const cwd = path.resolve('/repo');

export function finding(over: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'absolute-guarantee',
    severity: 2,
    message: 'Unqualified claim to erase wrinkles promises complete removal.',
    line: 3,
    column: 14,
    endLine: 3,
    endColumn: 29,
    range: [40, 55],
    claim: 'erases wrinkles',
    suggestions: [{ desc: 'Replace with "may help reduce the appearance of wrinkles"', fix: { range: [40, 46], text: 'may help reduce the appearance of' } }],
    ...over,
  };
}

export function sampleResults(): LintResult[] {
  const fix = { range: [80, 85] as [number, number], text: 'Help reduce the appearance of' };
  return [
    makeResult(path.join(cwd, 'docs', 'a.md'), [
      finding(),
      finding({
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 15,
        range: [80, 92],
        claim: 'Reduce scars',
        message: 'Unqualified claim to reduce scars promises a certain result.',
        suggestions: [{ desc: 'Replace with "Help reduce the appearance of scars"', fix }],
        fix,
      }),
      finding({ ruleId: 'hype', severity: 1, line: 9, column: 1, endLine: 9, endColumn: 8, range: [100, 107], claim: 'miracle', message: 'Hype word.', suggestions: [], advice: 'Say what it does.' }),
    ]),
    makeResult(path.join(cwd, 'docs', 'clean.md'), []),
    makeResult(path.join(cwd, 'docs', 'broken.md'), [fatalMessage('not a text file (binary content)')]),
    makeResult(path.join(cwd, 'notes, v2: draft%.md'), [fileWarning('invalid UTF-8 at byte offset 4; those bytes were read as U+FFFD')]),
  ];
}
