// GitLab Code Quality: a JSON array of issues (a subset of the Code Climate
// spec) that GitLab shows in the merge request's widget and diff when a job
// uploads it as `artifacts: reports: codequality`. Paths are relative to the
// project's checkout (CI_PROJECT_DIR), which GitLab resolves them against.
// Files that could not be linted become issues on their first line, so the
// widget does not show a clean run that was not one.
import type { LintMessage } from '../../shared/lint-result.js';
import { displayPath, reportRoot } from './display.js';
import { fingerprinter } from './fingerprint.js';
import type { Formatter } from './formatter.js';

type Severity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: Severity;
  location: { path: string; lines: { begin: number; end: number } };
  /** Code Climate's longer explanation (Markdown): the finding's reason, legal basis and link. */
  content?: { body: string };
}

function severityOf(m: LintMessage): Severity {
  if (m.fatal) return 'blocker';
  return m.severity === 2 ? 'major' : 'minor';
}

function describe(m: LintMessage): string {
  const advice = m.suggestions?.length ? ` Suggestion: ${m.suggestions.map((s) => s.desc).join('; ')}` : m.advice ? ` ${m.advice}` : '';
  return (m.message + advice).replace(/\s+/g, ' ').trim();
}

const gitlab: Formatter = (results, ctx) => {
  const root = reportRoot(ctx, 'CI_PROJECT_DIR');
  const issues: Issue[] = [];
  for (const r of results) {
    const file = displayPath(r.filePath, root);
    // GitLab keys issues by fingerprint across the whole report, so the path is part of it.
    const fingerprint = fingerprinter(file);
    for (const m of r.messages) {
      const checkName = m.ruleId ?? 'claimlint';
      issues.push({
        description: describe(m),
        check_name: checkName,
        fingerprint: fingerprint({ ...m, ruleId: checkName }),
        severity: severityOf(m),
        location: { path: file, lines: { begin: m.line, end: m.endLine } },
        ...(m.help ? { content: { body: m.helpUri ? `${m.help} <${m.helpUri}>` : m.help } } : {}),
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
export default gitlab;
