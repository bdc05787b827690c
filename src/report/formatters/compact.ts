// One finding a line, `file:line:col: severity rule-id message`, the shape
// editors' problem matchers and grep expect. Whitespace inside a message is
// folded so a finding can never spill onto a second line.
import { severityWord } from '../../shared/severity.js';
import { displayPath } from './display.js';
import type { Formatter } from './formatter.js';

const compact: Formatter = (results, ctx) => {
  let out = '';
  for (const r of results) {
    const file = displayPath(r.filePath, ctx.cwd);
    for (const m of r.messages) {
      const severity = severityWord(m.severity);
      const rule = m.ruleId ? ` ${m.ruleId}` : '';
      out += `${file}:${m.line}:${m.column}: ${severity}${rule} ${m.message.replace(/\s+/g, ' ').trim()}\n`;
    }
  }
  return out;
};
export default compact;
