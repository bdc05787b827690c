// One finding a line, `file:line:col: severity rule-id message`, the shape
// editors' problem matchers and grep expect. Whitespace inside a message is
// folded so a finding can never spill onto a second line. Each file's lines
// stand alone, so the report is written a file at a time (`stream`).
import { severityWord } from '../../shared/severity.js';
import { displayPath, forTerminal, oneLine } from './display.js';
import { wholeReport, type Formatter, type ReportStreamer } from './formatter.js';

export const stream: ReportStreamer = (ctx) => ({
  head: () => '',
  result: (r) => {
    // Control characters from a file's name or text are shown, not acted on.
    const file = oneLine(displayPath(r.filePath, ctx.cwd));
    let out = '';
    for (const m of r.messages) {
      const severity = severityWord(m.severity);
      const rule = m.ruleId ? ` ${m.ruleId}` : '';
      out += `${file}:${m.line}:${m.column}: ${severity}${rule} ${forTerminal(m.message.replace(/\s+/g, ' ').trim())}\n`;
    }
    return out;
  },
  tail: () => '',
});

const compact: Formatter = (results, ctx) => wholeReport(stream(ctx), results);
export default compact;
