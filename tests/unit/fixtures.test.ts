// Whole-document golden files: fixtures/claims/<case>/input.md is linted with
// the recommended rules and must give exactly the findings in expected.json
// (reviewed by hand; regenerate with UPDATE_FIXTURES=1 and review the diff).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rulePack } from '../../rules/index.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/screen/lint-text.js';

const root = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'claims');
const cases = readdirSync(root).filter((d) => existsSync(path.join(root, d, 'input.md')));

interface Expected {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string | null;
  claim: string | undefined;
}

describe('fixture articles', () => {
  it('cover every rule and an honest article', () => {
    expect(cases).toContain('honest-copy');
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s', (name) => {
    const input = readFileSync(path.join(root, name, 'input.md'), 'utf8');
    const actual: Expected[] = lintText(input, { pack: rulePack }).messages.map((m) => ({
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ruleId: m.ruleId,
      claim: m.claim,
    }));
    const file = path.join(root, name, 'expected.json');
    if (process.env['UPDATE_FIXTURES']) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    const expected = JSON.parse(readFileSync(file, 'utf8')) as Expected[];
    expect(actual).toEqual(expected);
    if (name !== 'honest-copy') {
      expect(actual.some((m) => m.ruleId === name)).toBe(true);
    }
    for (const m of actual) expect(input.split('\n').slice(m.line - 1, m.endLine).join('\n')).toContain(m.claim!.split('\n')[0]);
  });

  it.each(cases)('%s: no suggestion is flagged again by its rule', (name) => {
    const input = readFileSync(path.join(root, name, 'input.md'), 'utf8');
    for (const m of lintText(input, { pack: rulePack }).messages) {
      for (const s of m.suggestions ?? []) {
        const output = input.slice(0, s.fix.range[0]) + s.fix.text + input.slice(s.fix.range[1]);
        const from = s.fix.range[0];
        const to = from + s.fix.text.length;
        const again = lintText(output, { pack: rulePack }).messages.filter((x) => x.ruleId === m.ruleId && x.range[0] < to && x.range[1] > from);
        expect(again.map((x) => x.claim), `${m.ruleId}: "${m.claim}" -> "${s.fix.text}"`).toEqual([]);
      }
    }
  });
});
