// One file's share of work and memory (src/shared/limits.ts): counted as the
// engine goes, so that a file past it stops at once and is reported as too
// large to lint, instead of holding a run's memory or time.
import { FILE_BUDGET_OPTIONS, fileBudget, type FileBudget } from '../shared/limits.js';

/** Thrown when a file goes past its budget; its message is the one-line
 * reason reported for the file. */
export class TooLargeToLint extends Error {}

/** How to get past a limit: the option that raises it, or a smaller file. */
function raise(limit: keyof FileBudget): string {
  return `raise it with ${FILE_BUDGET_OPTIONS[limit]} <n>, or split the file`;
}

export class FileWork {
  private findings = 0;
  private checkedChars = 0;

  /** `budget` is the run's, set with the options above; the default one otherwise. */
  constructor(budget?: FileBudget) {
    this.budget = budget ?? fileBudget();
  }

  private readonly budget: FileBudget;

  /** A sentence the matcher is about to read. */
  check(chars: number): void {
    this.checkedChars += chars;
    if (this.checkedChars > this.budget.checkedChars) {
      throw new TooLargeToLint(
        `too large to lint: more than ${this.budget.checkedChars.toLocaleString('en-US')} characters of sentences that may hold claims (the limit for one file); ${raise('checkedChars')}`,
      );
    }
  }

  /** A finding kept for the report (or silenced by a directive). */
  found(): void {
    if (++this.findings > this.budget.findings) {
      throw new TooLargeToLint(`too large to lint: more than ${this.budget.findings.toLocaleString('en-US')} findings (the limit for one file); ${raise('findings')}`);
    }
  }
}
