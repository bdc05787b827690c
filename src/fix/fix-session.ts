// A --fix or --fix-dry-run run over many files: fixes each file, keeps count
// of what was applied, says on stderr which files were left alone and why,
// and for a dry run keeps what would change so it can be shown as a diff.
import path from 'node:path';
import type { ResolvedConfig } from '../config-types.js';
import type { LintMessage, LintResult } from '../types.js';
import { rules } from '../../rules/index.js';
import { unifiedDiff, type FileChange } from './diff.js';
import { fixFile, type FixFileOptions } from './fix-file.js';
import { fixFilter, fixTypeNames } from './fix-type.js';

export interface FixSessionOptions {
  dryRun: boolean;
  /** --fix-type names; empty means every kind. */
  types: readonly string[];
  /** With --quiet only errors are reported, so only errors are fixed. */
  errorsOnly: boolean;
  /** The configurations the files will be linted with: their phrases are fix types too. */
  configs: readonly ResolvedConfig[];
  cwd: string;
  /** Where "not fixed" notes go (stderr). */
  note: (line: string) => void;
  fs?: FixFileOptions['fs'];
}

export class FixSession {
  fixesApplied = 0;
  readonly changes: FileChange[] = [];
  private readonly accept: (m: LintMessage) => boolean;

  constructor(private readonly options: FixSessionOptions) {
    // Throws UnknownFixTypeError for a name that is neither a category nor a rule.
    this.accept = fixFilter({
      types: options.types,
      known: fixTypeNames(rules.map((r) => r.meta), options.configs),
      errorsOnly: options.errorsOnly,
    });
  }

  async lint(filePath: string, config: ResolvedConfig): Promise<LintResult> {
    const { dryRun, fs } = this.options;
    const fixed = await fixFile(filePath, { config, dryRun, accept: this.accept, ...(fs ? { fs } : {}) });
    this.fixesApplied += fixed.fixesApplied;
    const name = path.relative(this.options.cwd, filePath) || filePath;
    if (fixed.before !== undefined && fixed.after !== undefined) {
      this.changes.push({ name: name.split(path.sep).join('/'), before: fixed.before, after: fixed.after });
    }
    // Fatal problems are already said by the caller, as for any file.
    if (fixed.problem && !fixed.problem.fatal) this.options.note(`claimlint: ${name}: ${fixed.problem.message}\n`);
    return fixed.result;
  }

  diff(color: boolean): Promise<string> {
    // Files may be fixed concurrently; the diff lists them in path order all the same.
    const ordered = [...this.changes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return unifiedDiff(ordered, color);
  }

  /** One line for the end of a dry run. */
  summary(results: readonly LintResult[]): string {
    const problems = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
    const files = this.changes.length;
    return `claimlint: ${plural(this.fixesApplied, 'fix', 'fixes')} would be applied to ${plural(files, 'file')}; ${plural(problems, 'problem')} would remain\n`;
  }
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
