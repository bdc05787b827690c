// The terminal report: a header per file, one line per claim with the
// suggested wording under it, and a summary, like ESLint's stylish.
import { isSafeFix } from '../../shared/lint-result.js';
import { severityWord } from '../../shared/severity.js';
import { Chalk } from 'chalk';
import { countProblems, displayPath, forTerminal, oneLine, plural } from './display.js';
import type { Formatter } from './formatter.js';

const stylish: Formatter = (results, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  let out = '';
  const { errors, warnings, fixableErrors, fixableWarnings } = countProblems(results);
  for (const r of results) {
    if (r.messages.length === 0) continue;
    out += `\n${c.underline(oneLine(displayPath(r.filePath, ctx.cwd)))}\n`;
    const rows = r.messages.map((m) => ({
      pos: `${m.line}:${m.column}`,
      sev: severityWord(m.severity),
      m,
    }));
    // Not Math.max(...rows): a huge file's rows overflow the argument list.
    const posWidth = rows.reduce((w, x) => Math.max(w, x.pos.length), 0);
    for (const { pos, sev, m } of rows) {
      const sevText = sev === 'error' ? c.red(sev.padEnd(7)) : c.yellow(sev.padEnd(7));
      const rule = m.ruleId ? `  ${c.dim(m.ruleId)}` : '';
      out += `  ${c.dim(pos.padEnd(posWidth))}  ${sevText}  ${forTerminal(m.message)}${rule}\n`;
      const indent = ' '.repeat(posWidth + 4);
      if (m.suggestions && m.suggestions.length > 0) {
        for (const s of m.suggestions) out += `${indent}${c.green('\u2192')} ${forTerminal(s.desc)}${isSafeFix(m, s) ? c.dim(' (fixable)') : ''}\n`;
      } else if (m.advice) {
        out += `${indent}${c.cyan('\u2192')} ${forTerminal(m.advice)}\n`;
      }
    }
  }
  const total = errors + warnings;
  if (total > 0) {
    const mark = errors > 0 ? c.red.bold('\u2716') : c.yellow.bold('\u26a0');
    out += `\n${mark} ${c.bold(`${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`)}\n`;
    if (fixableErrors + fixableWarnings > 0) {
      out += `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.\n`;
    }
  }
  if (ctx.fixesApplied !== undefined) out += `${total > 0 ? '' : '\n'}${plural(ctx.fixesApplied, 'fix', 'fixes')} applied.\n`;
  return out;
};
export default stylish;
