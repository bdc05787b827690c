// The limits that keep one hostile or huge input from taking a run down:
// their one home, so docs/security.md's table has one place to be checked
// against. Each stage imports its own; what a limit does when reached is
// said where it is used.

/** Bigger files are refused before they are read (`file too large`). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** The most a config, ignore or package.json file may hold. */
export const MAX_SETTINGS_FILE_BYTES = 4 * 1024 * 1024;

/** The deepest a config value may nest (objects and arrays in one another):
 * no real config goes past 6, and the readers of a deeper one recurse. */
export const MAX_CONFIG_DEPTH = 64;

/** How the Markdown guard (src/markdown/guard.ts) bounds remark's time,
 * stack and memory. */
export const GUARD_LIMITS = {
  /** Container nesting beyond which a top-level block is read as plain text. */
  maxDepth: 32,
  /** Emphasis, link and HTML markers in one paragraph beyond which its block
   * is read as plain text. */
  maxInlineMarkers: 2000,
  /** Documents are parsed in chunks of about this many characters. */
  chunkChars: 32_000,
  /** A longer top-level block (or line) is cut, after a sentence where it can be. */
  maxBlockChars: 64_000,
} as const;

/** A longer run of text without a sentence end is read in pieces this long. */
export const MAX_SENTENCE_CHARS = 2000;

/** The most elements a phrase pattern may have, and the most words a gap may skip. */
export const MAX_PATTERN_ELEMENTS = 24;
export const MAX_GAP = 8;

/**
 * One file's linting budget. A file of dense claims is linear work but a
 * finding costs memory until the report is written (about 600 bytes of JSON
 * each, more on the heap), and a file whose every sentence needs the matcher
 * costs seconds per megabyte: past either limit the file is reported `too
 * large to lint` and not fixed, and the other files are linted as usual.
 * No real page comes near: a long landing page has a few hundred findings
 * and a few tens of kilobytes of prose.
 */
export interface FileBudget {
  /** Findings (reported or silenced) in one file. */
  findings: number;
  /** Characters of sentences the matcher reads in one file (those the
   * prefilter cannot rule out). */
  checkedChars: number;
}

export const FILE_BUDGET: FileBudget = { findings: 10_000, checkedChars: 2_000_000 };

/**
 * The command-line options that set the budget, named by the message that
 * says a file went past it. Command line (and library options) only, never a
 * config key: a config committed in an untrusted pull request must not be
 * able to lift a safety bound.
 */
export const FILE_BUDGET_OPTIONS: Readonly<Record<keyof FileBudget, string>> = {
  findings: '--max-file-findings',
  checkedChars: '--max-file-checked-chars',
};

/**
 * The budget a file is linted with. `CLAIMLINT_TEST_FILE_BUDGET`
 * (`findings=N,checkedChars=N`) may lower it, never raise it: the tests use
 * it to reach the limits with small inputs, in worker threads too (they
 * share the environment).
 */
export function fileBudget(): FileBudget {
  const setting = typeof process === 'undefined' ? undefined : process.env?.CLAIMLINT_TEST_FILE_BUDGET;
  if (!setting) return FILE_BUDGET;
  const budget = { ...FILE_BUDGET };
  for (const part of setting.split(',')) {
    const [key, value] = part.split('=');
    const n = Number(value);
    if ((key === 'findings' || key === 'checkedChars') && Number.isInteger(n) && n > 0) budget[key] = Math.min(budget[key], n);
  }
  return budget;
}
