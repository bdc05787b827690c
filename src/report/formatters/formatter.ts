import type { LintResult } from '../../shared/lint-result.js';

/** What a report may say about a rule: enough for SARIF's rule table and for
 * links from a report to the regulation behind a finding. */
export interface RuleSummary {
  description: string;
  /** Severity in effect for this run; 'off' when the configuration disables it. */
  severity: 'off' | 'warn' | 'error';
  /** The regulation or guidance behind the rule. User phrases have none. */
  source?: { name: string; url: string };
  category?: string;
  /** Said when no safe rewrite exists. */
  advice?: string;
  /** Why, in plain words, for the run's market. */
  reason?: string;
  /** The run's market's legal basis (statute, code clause, ruling). */
  basis?: string;
  /** The reason and the legal basis in one line, as each finding's `help`. */
  help?: string;
}

export interface FormatterContext {
  cwd: string;
  color: boolean;
  /** Rule metadata, for formats that describe the rules they report. */
  rulesMeta?: Record<string, RuleSummary>;
  /** Number of fixes applied, when --fix ran. */
  fixesApplied?: number;
  /** The environment the report is for: CI formats read where the checkout
   * is from it (GITHUB_WORKSPACE, CI_PROJECT_DIR). Default: none. */
  env?: Record<string, string | undefined>;
  /** Set when --max-warnings was exceeded, as ESLint tells its formatters. */
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;

/** A format written a file at a time, for a long run's report: `head`,
 * then each result in report order (`index` counts from 0), then `tail`.
 * Together the pieces are the same bytes as the format's whole report, and
 * none of them depends on a later result (no totals up front). A built-in
 * format that can be written so exports `stream`, a ReportStreamer. */
export interface ReportStream {
  head: () => string;
  result: (result: LintResult, index: number) => string;
  tail: () => string;
}

export type ReportStreamer = (context: FormatterContext) => ReportStream;

/** A streamed format's whole report, as one string. */
export function wholeReport(stream: ReportStream, results: readonly LintResult[]): string {
  let out = stream.head();
  results.forEach((r, i) => (out += stream.result(r, i)));
  return out + stream.tail();
}
