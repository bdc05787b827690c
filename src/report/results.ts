// Builds ESLint-shaped results from messages, with the counts filled in.
import type { LintMessage, LintResult } from '../shared/lint-result.js';

export function makeResult(filePath: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fatal) fatalErrorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  const sorted = [...messages].sort((a, b) => a.line - b.line || a.column - b.column);
  return { filePath, messages: sorted, errorCount, warningCount, fatalErrorCount, fixableErrorCount, fixableWarningCount, ...extra };
}

/** A problem that stopped a file being linted, as ESLint reports parse errors. */
export function fatalMessage(message: string, line = 1, column = 1): LintMessage {
  return { ruleId: null, severity: 2, fatal: true, message, line, column, endLine: line, endColumn: column, range: [0, 0] };
}

/** A problem with the file that did not stop linting (bad bytes, a region read as plain text). */
export function fileWarning(message: string, line = 1): LintMessage {
  return { ruleId: null, severity: 1, message, line, column: 1, endLine: line, endColumn: 1, range: [0, 0] };
}
