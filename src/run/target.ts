// What the runner lints (a file and its configuration), and the result it
// gives a file whose linting threw, shared by the in-thread and threaded runs.
import type { LintResult } from '../shared/lint-result.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { fatalMessage, makeResult } from '../report/results.js';

/** A file and the configuration that lints it. */
export interface LintTarget {
  file: string;
  config: ResolvedConfig;
}

/** The result for a file whose linting threw: a bug on one file's content
 * must not cost the report on the others. */
export function internalErrorResult(file: string, error: unknown): LintResult {
  return makeResult(file, [fatalMessage(`internal error: ${error instanceof Error ? error.message : String(error)}`)]);
}
