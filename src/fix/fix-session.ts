// A --fix or --fix-dry-run run over many files: fixes each file, keeps count
// of what was applied, says on stderr which files were left alone and why,
// and for a dry run keeps what would change so it can be shown as a diff.
import type { RulePack } from '../judge/compile.js';
import { loadParsersForText } from '../screen/lint-text.js';
import { headOf } from './head.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import type { LintMessage, LintResult } from '../shared/lint-result.js';
import { displayPath, forTerminal, plural } from '../report/formatters/display.js';
import { unifiedDiff, type FileChange } from './diff.js';
import { fixFile, planFix, type FixedFile, type FixFileOptions } from './fix-file.js';
import { fixFilter, fixTypeNames } from './fix-type.js';

export interface FixSessionOptions {
  pack: RulePack;
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
  /** The project's real path: --fix does not follow a link out of it. */
  within?: string;
}

export class FixSession {
  fixesApplied = 0;
  readonly changes: FileChange[] = [];
  /** Standard input's bytes after the fixes, for a dry run with --stdin: the
   * bytes as they came where nothing changed, in their own encoding where
   * something did. */
  private stdinBytes: Uint8Array | undefined;
  private readonly accept: (m: LintMessage) => boolean;

  constructor(private readonly options: FixSessionOptions) {
    // Throws UnknownFixTypeError for a name that is neither a category nor a rule.
    this.accept = fixFilter({
      types: options.types,
      known: fixTypeNames(options.pack.rules.map((r) => r.meta), options.configs),
      errorsOnly: options.errorsOnly,
    });
  }

  async lint(filePath: string, config: ResolvedConfig): Promise<LintResult> {
    const { dryRun, fs, within } = this.options;
    const fixed = await fixFile(filePath, { pack: this.options.pack, config, dryRun, accept: this.accept, ...(fs ? { fs } : {}), ...(within !== undefined ? { within } : {}) });
    const name = displayPath(filePath, this.options.cwd);
    if (fixed.before !== undefined && fixed.after !== undefined) this.changes.push({ name, before: fixed.before, after: fixed.after });
    return this.record(fixed, name);
  }

  /** Standard input is never written: its fixed text is the dry run's report. */
  async fixStdin(bytes: Uint8Array, filePath: string, config: ResolvedConfig): Promise<LintResult> {
    await loadParsersForText(headOf(bytes), filePath);
    const plan = planFix(bytes, filePath, { pack: this.options.pack, config, accept: this.accept });
    // planFix gives bytes only for text that round-trips; anything else
    // (invalid UTF-8, nothing to fix) goes back byte for byte, and a binary
    // input gets nothing back but its fatal message.
    this.stdinBytes = plan.bytes ?? (plan.result.fatalErrorCount > 0 ? new Uint8Array(0) : bytes);
    return this.record(plan, '<stdin>');
  }

  private record(fixed: FixedFile, name: string): LintResult {
    this.fixesApplied += fixed.fixesApplied;
    // Fatal problems are already said by the caller, as for any file.
    if (fixed.problem && !fixed.problem.fatal) this.options.note(`claimlint: ${forTerminal(`${name}: ${fixed.problem.message}`)}\n`);
    return fixed.result;
  }

  /** What a dry run shows: the fixed bytes of standard input, or a diff of the files. */
  dryRunReport(color: boolean): Promise<string | Uint8Array> {
    if (this.stdinBytes !== undefined) return Promise.resolve(this.stdinBytes);
    // Files may be fixed concurrently; the diff lists them in path order all the same.
    const ordered = [...this.changes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return unifiedDiff(ordered, color);
  }

  /** One line for the end of a dry run. */
  summary(results: readonly LintResult[]): string {
    const problems = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
    const files = this.changes.length;
    const where = this.stdinBytes === undefined ? ` to ${plural(files, 'file')}` : '';
    return `claimlint: ${plural(this.fixesApplied, 'fix', 'fixes')} would be applied${where}; ${plural(problems, 'problem')} would remain\n`;
  }
}
