// GitHub Actions workflow commands: each finding becomes an annotation on the
// pull request's diff. GitHub decodes %25, %0D and %0A in the message and,
// inside properties, also %3A and %2C, because ':' ends the properties and ','
// separates them; anything else is taken literally.
import { severityWord } from '../../shared/severity.js';
import { displayPath } from './display.js';
import type { Formatter } from './formatter.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const github: Formatter = (results, ctx) => {
  let out = '';
  for (const r of results) {
    const file = escapeProperty(displayPath(r.filePath, ctx.cwd));
    for (const m of r.messages) {
      const command = severityWord(m.severity);
      const title = escapeProperty(m.ruleId ?? 'claimlint');
      const where = `file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn}`;
      const advice = m.suggestions?.length ? m.suggestions.map((s) => `\nSuggestion: ${s.desc}`).join('') : m.advice ? `\n${m.advice}` : '';
      out += `::${command} ${where},title=${title}::${escapeData(m.message + advice)}\n`;
    }
  }
  return out;
};
export default github;
