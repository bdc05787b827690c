// Shapes that cross module boundaries. Everything here is plain data so that
// results can be serialised (JSON output, cache, worker threads) unchanged.

import type { SeverityLevel } from './severity.js';

/** A text edit on the original source: replace `range` (UTF-16 offsets, end exclusive) by `text`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: TextEdit;
}

/** The same edit. Compared by value, never by identity: a result read back from
 * the cache or a worker holds copies, and must report as the fresh one does. */
export function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

/** The suggestion is the message's safe fix (the one --fix applies). */
export function isSafeFix(m: Pick<LintMessage, 'fix'>, s: Suggestion): boolean {
  return m.fix !== undefined && sameEdit(m.fix, s.fix);
}

/** One reported problem, in the shape of an ESLint `LintMessage`. */
export interface LintMessage {
  ruleId: string | null;
  severity: SeverityLevel;
  message: string;
  /** 1-based line and column, like ESLint. `endColumn` is exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the file's text (after BOM removal), end exclusive. */
  range: [number, number];
  /** The source characters of the claim, as written. */
  claim?: string;
  category?: string;
  /** Present when the rule marks exactly one rewrite as safe to apply automatically. */
  fix?: TextEdit;
  suggestions?: Suggestion[];
  /** Advice when no safe rewrite exists ("describe the appearance, not the condition"). */
  advice?: string;
  /** Why the rule objects in the linted market and its legal basis, in one line
   * ("Why: .... Legal basis: ..."); rules only, not user phrases. */
  help?: string;
  /** Where the legal basis can be read. */
  helpUri?: string;
  /** Set for problems that stopped the file from being linted (unreadable, not text...). */
  fatal?: boolean;
}

/** Why a finding was not reported, as in ESLint's suppressedMessages. */
export interface Suppression {
  /** `baseline`: an entry of the suppressions file (`--suppress-all`) that
   * holds an existing finding back while the site is cleaned up. */
  kind: 'directive' | 'approved' | 'baseline';
  /** The text after `--` in the directive, the approved claim's evidence, or the suppressions file. */
  justification: string;
  /** For `approved`: the claims register entry that approved it, when one did. */
  entry?: string;
}

/** A finding that was found but not reported. */
export interface SuppressedMessage extends LintMessage {
  suppressions: Suppression[];
  /** The evidence of the approved claim that covers it. */
  approvedBy?: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  /** Findings silenced by a directive or an approved claim; not counted. */
  suppressedMessages?: SuppressedMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Present only when fixes were applied in memory: the fixed text. */
  output?: string;
  source?: string;
}
