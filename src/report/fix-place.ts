// Where a finding's rewrites act, and how that stretch of text reads after
// each: the remark plugin's quick fixes (vfile `expected`) and the page's
// suggestion previews.
import type { LintMessage } from '../shared/lint-result.js';

/** The source range a message's fixes touch, and each fix applied to it. */
export function fixPlace(m: LintMessage, text: string): { range: [number, number]; expected: string[] } {
  const fixes = (m.suggestions ?? []).map((s) => s.fix);
  const start = Math.min(m.range[0], ...fixes.map((f) => f.range[0]));
  const end = Math.max(m.range[1], ...fixes.map((f) => f.range[1]));
  const expected = fixes.map((f) => text.slice(start, f.range[0]) + f.text + text.slice(f.range[1], end));
  return { range: [start, end], expected };
}
