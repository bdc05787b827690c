// Shared wording for reports. Files are named relative to the working
// directory with forward slashes, because CI services (GitHub annotations,
// code scanning) resolve them against the checkout root and editors against
// the terminal's directory.
import path from 'node:path';
import type { LintResult } from '../../shared/lint-result.js';
import type { FormatterContext } from './formatter.js';

export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath.split(path.sep).join('/');
  const rel = path.relative(cwd, filePath);
  return (rel === '' ? filePath : rel).split(path.sep).join('/');
}

/** The directory a CI service resolves report paths against: its checkout
 * when the environment names it (a step may run in a subfolder), else the
 * working directory. */
export function reportRoot(ctx: Pick<FormatterContext, 'cwd' | 'env'>, variable: 'GITHUB_WORKSPACE' | 'CI_PROJECT_DIR'): string {
  const dir = ctx.env?.[variable];
  return dir ? path.resolve(ctx.cwd, dir) : ctx.cwd;
}

// Control characters (ESC, BS, an OSC sequence's BEL) and bidi controls
// from a file's text or name would act on the terminal instead of being
// shown: they are written as escapes. Tab and a CR before LF stay.
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/** Text as a terminal should show it: control characters as `\x1b`, `\u202e`. */
export function forTerminal(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Text that must stay on one line (a file name in a report or an error,
 * where a newline would forge a line of its own), as forTerminal shows it
 * and with line breaks as escapes too. */
export function oneLine(text: string): string {
  return forTerminal(text.replace(/[\r\n]/g, (ch) => (ch === '\n' ? '\\x0a' : '\\x0d')));
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
  fixableErrors: number;
  fixableWarnings: number;
  filesWithProblems: number;
}

/** Totals over a run, for a report's summary line. */
export function countProblems(results: readonly LintResult[]): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0, filesWithProblems: 0 };
  for (const r of results) {
    counts.errors += r.errorCount;
    counts.warnings += r.warningCount;
    counts.fixableErrors += r.fixableErrorCount;
    counts.fixableWarnings += r.fixableWarningCount;
    if (r.messages.length > 0) counts.filesWithProblems++;
  }
  return counts;
}
