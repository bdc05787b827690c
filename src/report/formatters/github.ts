// GitHub Actions workflow commands: each finding becomes an annotation on the
// pull request's diff. GitHub decodes %25, %0D and %0A in the message and,
// inside properties, also %3A and %2C, because ':' ends the properties and ','
// separates them; anything else is taken literally. Paths are relative to the
// checkout (GITHUB_WORKSPACE), which GitHub resolves them against even when a
// step runs in a subfolder.
import { severityWord } from '../../shared/severity.js';
import { displayPath, plural, reportRoot } from './display.js';
import type { Formatter } from './formatter.js';

/** GitHub shows at most this many annotations of each type per step. */
export const ANNOTATIONS_PER_TYPE = 10;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const github: Formatter = (results, ctx) => {
  let out = '';
  const root = reportRoot(ctx, 'GITHUB_WORKSPACE');
  const counts = { error: 0, warning: 0 };
  for (const r of results) {
    const file = escapeProperty(displayPath(r.filePath, root));
    for (const m of r.messages) {
      const command = severityWord(m.severity);
      counts[command]++;
      const title = escapeProperty(m.ruleId ?? 'claimlint');
      const where = `file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn}`;
      const advice = m.suggestions?.length ? m.suggestions.map((s) => `\nSuggestion: ${s.desc}`).join('') : m.advice ? `\n${m.advice}` : '';
      out += `::${command} ${where},title=${title}::${escapeData(m.message + advice)}\n`;
    }
  }
  // The rest are in the log but not on the diff: say so where it is seen.
  const hidden = (['error', 'warning'] as const).filter((k) => counts[k] > ANNOTATIONS_PER_TYPE);
  if (hidden.length > 0) {
    const found = hidden.map((k) => plural(counts[k], k)).join(' and ');
    out += `::notice title=claimlint::${escapeData(
      `claimlint found ${found}; GitHub shows ${ANNOTATIONS_PER_TYPE} annotations of each type per step, so the rest are only in this log. Upload --format sarif to code scanning to see them all on the diff.`,
    )}\n`;
  }
  return out;
};
export default github;
