// Command line: parse arguments, find files, lint, report, exit like ESLint
// (0 clean, 1 errors or too many warnings, 2 usage error or incomplete run).
import { MARKETS, parseMarket } from '../shared/markets.js';
import { statSync } from 'node:fs';
import path from 'node:path';
import { rulePack } from '../../rules/index.js';
import { Command, CommanderError, Option } from 'commander';
import { ChangedFilesError, changedFiles } from '../files/changed-since.js';
import { configureFiles, configureNamedFile } from '../config/for-files.js';
import { addConfigOptions, configResolverFor, runConfigCommand, terminalAsk, type ConfigCliOptions } from './config-options.js';
import { parseConcurrency, type Concurrency } from '../run/concurrency-option.js';
import type { ConfigResolver } from '../config/index.js';
import { ConfigError } from '../config/errors.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../shared/resolved-config.js';
import { FILE_BUDGET, FILE_BUDGET_OPTIONS } from '../shared/limits.js';
import { describeFsError, discoverFiles } from '../files/discover.js';
import { FORMATTER_NAMES, loadFormatter, loadReportStreamer, type AnyFormatter } from '../report/formatters/index.js';
import type { ReportStream, ReportStreamer } from '../report/formatters/formatter.js';
import { lintEach, lintFiles, type LintFilesOptions } from '../run/lint-files.js';
import { internalErrorResult, type LintTarget } from '../run/target.js';
import { lintFileBytes } from '../run/lint-file.js';
import { fatalMessage, makeResult } from '../report/results.js';
import { forTerminal, oneLine } from '../report/formatters/display.js';
import { findRule, formatRuleDoc, ruleSummaries } from '../report/rule-docs.js';
import { runRulesCommand } from './rules-command.js';
import { readAll } from '../files/stdin.js';
import type { FixSession } from '../fix/fix-session.js';
import type { LintResult } from '../shared/lint-result.js';
import type { Market } from '../shared/markets.js';
import { isTerminal } from './terminal.js';
import { wantsColor } from './color.js';
import { Progress } from './progress.js';
import { didYouMean, unknownValue } from '../shared/did-you-mean.js';
import { VERSION } from '../shared/version.js';
import { addAdoptOptions, INVENTORY_COMMAND, startAdoption, type AdoptCliOptions } from './adopt-options.js';

export interface CliIO {
  stdout: (s: string) => void;
  /** Standard output for bytes that must pass unchanged (the dry run of
   * --stdin); without it they are written as UTF-8 text. */
  stdoutBytes?: (b: Uint8Array) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** Standard error is a terminal: a long run may show its progress there. */
  stderrIsTTY?: boolean;
  /** When progress appears (default after 1 s) and how often it is redrawn (default 100 ms). */
  progressTiming?: { delayMs: number; intervalMs: number };
  /** Standard input, read whole; only `--stdin` asks for it. */
  readStdin?: () => Promise<Buffer>;
  /** Asks a question at the terminal (for --init); absent when stdin is not one. */
  ask?: (question: string) => Promise<string>;
}

export interface CliOptions extends ConfigCliOptions, AdoptCliOptions {
  format: string;
  outputFile?: string;
  market?: Market;
  quiet?: boolean;
  maxWarnings?: number;
  maxFileFindings?: number;
  maxFileCheckedChars?: number;
  color?: boolean;
  debug?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  changedSince?: string;
  ruleDocs?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string[];
  cache?: boolean;
  cacheLocation?: string;
  concurrency: Concurrency;
}

const EXAMPLES = `
Examples:
  $ claimlint                          lint every Markdown file under the current directory
  $ claimlint docs/ "blog/**/*.md"     lint a directory and a glob
  $ claimlint fixtures/seed-article.md --format json
  $ claimlint content/ --market uk     apply UK (CAP Code/ASA) severities
  $ claimlint --changed-since origin/main -f sarif -o claimlint.sarif
  $ cat draft.md | claimlint --stdin --stdin-filename blog/draft.md
  $ claimlint rules                    list the rules (a directory named "rules": ./rules)
  $ claimlint serve                    a page on this computer to paste text into and check it
  $ claimlint --print-config docs/a.md show the configuration that lints a file
  $ claimlint --init                   write a starter claimlint.config.json
  $ claimlint docs/ --fix-dry-run      show the safe rewrites --fix would make, as a diff
  $ claimlint content/ --suppress-all  record today's findings; later runs report only new ones
  $ claimlint inventory content/ -f html -o claims.html   every claim and its status, for legal review

Exit codes: 0 no errors, 1 errors found (or --max-warnings exceeded), 2 usage error or a file could not be linted.`;

export class UsageError extends Error {}

function buildProgram(io: CliIO): Command {
  const program = new Command();
  program
    .name('claimlint')
    .description('Lint health and beauty claims in Markdown marketing copy, with hedged rewrites.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, directories or globs (default: the current directory)')
    .addOption(new Option('-f, --format <name>', `output format: ${FORMATTER_NAMES.join(', ')}, or a path to a formatter module`).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file; the terminal still gets the summary')
    .addOption(new Option('--market <market>', `jurisdiction whose rules apply: ${MARKETS.join(', ')}`).argParser(marketArgument))
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', (v) => wholeNumber('--max-warnings', v, 0))
    .option(
      `${FILE_BUDGET_OPTIONS.findings} <n>`,
      `a file with more findings is reported "too large to lint" (default ${FILE_BUDGET.findings}; command line only)`,
      (v) => wholeNumber(FILE_BUDGET_OPTIONS.findings, v, 1),
    )
    .option(
      `${FILE_BUDGET_OPTIONS.checkedChars} <n>`,
      `a file whose sentences that may hold claims run longer is reported "too large to lint" (default ${FILE_BUDGET.checkedChars}; command line only)`,
      (v) => wholeNumber(FILE_BUDGET_OPTIONS.checkedChars, v, 1),
    )
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <path>', 'path to lint standard input as (config and reports use it)')
    .option('--changed-since <ref>', 'lint only files changed since a git ref, plus untracked files')
    .option('--rule-docs <rule>', "print a rule's documentation and exit")
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--debug', 'print stack traces for unexpected errors')
    .option('--lsp', 'run as a language server on standard input and output, for editors (docs/editors.md)')
    .option('--fix', 'apply the safe hedged rewrites in place, then report what remains')
    .option('--fix-dry-run', 'print the changes --fix would make as a unified diff; write nothing')
    .option('--fix-type <types>', 'with --fix: only these categories or rule ids (comma-separated, repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--cache', 'reuse results for files unchanged since the last run')
    .option('--cache-location <path>', 'cache file, or a directory to keep .claimlintcache in (default: .claimlintcache)')
    .addOption(
      new Option('--concurrency <n|auto|off>', 'worker threads (at most one per core); auto uses them only for many files and free cores')
        .default('auto' as Concurrency)
        .argParser((v) => {
          try {
            return parseConcurrency(v);
          } catch (error) {
            throw new UsageError((error as Error).message);
          }
        }),
    );
  addAdoptOptions(addConfigOptions(program))
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run claimlint --help for usage)');
  return program;
}

/** A numeric option's value: digits only, at least `min`. Number() would
 * also take "", "0x10", "1e3" and " -1 ". */
function wholeNumber(option: string, v: string, min: number): number {
  const n = /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`${option}: expected a whole number${min > 0 ? ` of at least ${min}` : ''}, got "${v}"`);
  }
  return n;
}

/** Each config with the run's file budget, when the command line sets one
 * (one object per config, so the worker threads and the compiled-rules
 * cache still see one config per config). */
function budgetFor(opts: CliOptions): (config: ResolvedConfig) => ResolvedConfig {
  if (opts.maxFileFindings === undefined && opts.maxFileCheckedChars === undefined) return (config) => config;
  const budget = {
    findings: opts.maxFileFindings ?? FILE_BUDGET.findings,
    checkedChars: opts.maxFileCheckedChars ?? FILE_BUDGET.checkedChars,
  };
  const made = new WeakMap<ResolvedConfig, ResolvedConfig>();
  return (config) => {
    let c = made.get(config);
    if (!c) made.set(config, (c = { ...config, fileBudget: budget }));
    return c;
  };
}

/** --market, in any case ("UK"); a typo gets a suggestion. */
export function marketArgument(value: string): Market {
  const market = parseMarket(value);
  if (!market) throw new UsageError(`--market: ${unknownValue('market', value.trim(), MARKETS)}`);
  return market;
}

function useColor(opts: CliOptions, io: CliIO): boolean {
  return wantsColor(opts.color, io.env, io.isTTY);
}

/** Progress only where a person watches: a terminal, not a CI log, not a dumb terminal. */
function progressFor(io: CliIO): Progress | undefined {
  if (!io.stderrIsTTY || io.env['TERM'] === 'dumb' || (io.env['CI'] !== undefined && io.env['CI'] !== 'false')) return undefined;
  return new Progress({ write: io.stderr, ...io.progressTiming });
}

function isDebug(opts: CliOptions, io: CliIO): boolean {
  return opts.debug === true || /\bclaimlint\b/.test(io.env['DEBUG'] ?? '');
}

/** What --quiet reports of a file: its errors. */
function quietResult(r: LintResult): LintResult {
  return makeResult(r.filePath, r.messages.filter((m) => m.severity === 2));
}

/** Bytes of report gathered before a write, in a streamed report (openReport). */
const REPORT_CHUNK = 1 << 16;

/** A Markdown file whose name starts with "-" ("-draft.md"), passed by a
 * hook that appends file names after its own arguments, as a path: no option
 * ends in ".md", and the file is there. Else the argument as it is. */
function asPath(arg: string, cwd: string): string {
  if (!/^-[^=]*\.(md|mdx|markdown)$/i.test(arg) || arg === '-') return arg;
  try {
    return statSync(path.resolve(cwd, arg)).isFile() ? `.${path.sep}${arg}` : arg;
  } catch {
    return arg;
  }
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'rules') return runRulesCommand(argv.slice(1), io);
  if (argv[0] === 'serve') return (await import('./serve.js')).runServeCommand(argv.slice(1), io);
  if (argv.includes('--lsp')) {
    // The language server speaks on standard input and output until its client ends it.
    (await import('../lsp/server.js')).runLanguageServer(argv);
    return new Promise<number>(() => {});
  }
  // `claimlint inventory [paths]`: the same run, written as the list of claims (src/adopt/).
  const inventory = argv[0] === INVENTORY_COMMAND;
  if (inventory) argv = argv.slice(1);
  const program = buildProgram(io);
  let paths: string[];
  let opts: CliOptions;
  try {
    program.parse(argv.map((arg) => asPath(arg, io.cwd)), { from: 'user' });
    paths = program.args;
    opts = program.opts<CliOptions>();
    if (inventory) opts.inventory = program.getOptionValueSource('format') === 'default' ? 'csv' : opts.format;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`claimlint: ${oneLine(error.message)}\n`);
      return 2;
    }
    throw error;
  }
  const progress = opts.init || opts.printConfig !== undefined || opts.ruleDocs !== undefined ? undefined : progressFor(io);
  const runIO: CliIO = progress ? { ...io, stderr: (s) => progress.log(s) } : io;
  try {
    return await run(paths, opts, runIO, progress);
  } catch (error) {
    if ((error as Error | undefined)?.name === 'InitCancelledError') {
      io.stderr('claimlint: --init cancelled; nothing written\n');
      return 2;
    }
    if (error instanceof UsageError || error instanceof ConfigError || ['FormatterError', 'AdoptUsageError'].includes((error as Error | undefined)?.name ?? '')) {
      io.stderr(`claimlint: ${oneLine((error as Error).message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    // One line, as every other error: the stack is for --debug.
    io.stderr(`claimlint: internal error: ${forTerminal(message.split('\n')[0]!)}\n`);
    if (isDebug(opts, io)) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return 2;
  } finally {
    progress?.stop();
  }
}

async function run(paths: string[], opts: CliOptions, io: CliIO, progress?: Progress): Promise<number> {
  if (opts.ruleDocs !== undefined) return printRuleDocs(opts.ruleDocs, io);
  checkInputOptions(paths, opts);
  const load = (): Promise<AnyFormatter> => loadFormatter(opts.format, io.cwd);
  // The default report of a clean run is empty: a pre-commit run on clean
  // files need not load it (nor chalk). Any other format is checked up front.
  const early = opts.format === 'stylish' || opts.inventory ? undefined : await load();
  const resolver = configResolverFor(opts, io.cwd);
  const commandCode = await runConfigCommand(opts, resolver, io);
  if (commandCode !== undefined) return commandCode;
  const adopt = await startAdoption(opts, io, opts.stdin ? (opts.stdinFilename ?? '<stdin>') : undefined);
  const discovered = opts.stdin ? { files: [], problems: [] } : await discoverFiles(paths, { cwd: io.cwd });
  const { files, problems } = opts.changedSince ? await keepChanged(discovered, opts.changedSince, io.cwd) : discovered;
  const configured = await configureFiles(resolver, files);
  const budgeted = budgetFor(opts);
  const targets = configured.targets.map((t) => ({ ...t, config: budgeted(adopt ? adopt.configure(t.config) : t.config) }));
  problems.push(...configured.problems);
  const stdin = opts.stdin ? await stdinTarget(opts, resolver, io) : undefined;
  if (stdin) stdin.config = budgeted(adopt ? adopt.configure(stdin.config) : stdin.config);
  if (opts.outputFile) await refuseOutputOverInput(opts.outputFile, [...files, ...(stdin && opts.stdinFilename ? [stdin.filePath] : [])], io);
  if (stdin?.ignored) {
    // As for a file named on the command line: said, not linted, not an error.
    io.stderr(`claimlint: ${oneLine(opts.stdinFilename ?? '')} is ignored (by the config's ignores, --ignore-pattern or a .claimlintignore); nothing linted\n`);
    // A dry run on stdin prints the text an editor replaces its buffer with:
    // nothing fixed is the input as it came, never an empty buffer.
    if (opts.fixDryRun && opts.format === 'stylish') {
      const bytes = await (io.readStdin ?? (() => readAll(process.stdin)))();
      if (opts.outputFile) await writeReport(opts.outputFile, io, bytes);
      else writeStdout(io, bytes);
      return 0;
    }
  }
  const fixer = await startFixing(opts, [...targets, ...(stdin && !stdin.ignored ? [stdin] : [])].map((t) => t.config), io);
  progress?.setTotal(targets.length);
  let results: LintResult[] = problems.map((p) => makeResult(path.resolve(io.cwd, p.filePath), [fatalMessage(p.message, p.line, p.column)]));
  // File names (and what a file's text put in a message) are shown escaped,
  // as the report shows them: a name may hold ESC or bidi controls.
  for (const p of problems) io.stderr(`claimlint: ${oneLine(`${p.filePath}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.message}`)}\n`);
  if (stdin && !stdin.ignored) results.push(await lintStdin(opts, stdin, io, fixer));
  else if (files.length === 0 && problems.length === 0 && opts.changedSince) {
    io.stderr(`claimlint: no Markdown files changed since ${opts.changedSince}\n`);
  }
  const streamer = fixer || adopt || stdin ? undefined : await reportStreamerFor(opts, io);
  if (streamer) {
    const rulesMeta = ruleSummaries(targets[0]?.config ?? DEFAULT_CONFIG, rulePack.rules);
    return streamReport(streamer({ cwd: io.cwd, color: opts.outputFile ? false : useColor(opts, io), env: io.env, rulesMeta }), results, targets, opts, io, progress);
  }
  const linted = fixer ? await fixEach(targets, fixer, opts, io, progress) : await lintTargets(targets, opts, io, progress);
  progress?.stop();
  for (const [i, result] of linted.entries()) {
    sayIfFatal(result, targets[i]!.file, io);
    results.push(result);
  }
  if (adopt) results = await adopt.finish(results);
  if (adopt && opts.inventory) {
    const text = await adopt.inventory(results, targets);
    if (opts.outputFile) await writeReport(opts.outputFile, io, text);
    else io.stdout(text);
    return results.some((r) => r.fatalErrorCount > 0) ? 2 : 0;
  }
  const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
  const incomplete = results.some((r) => r.fatalErrorCount > 0);
  if (opts.quiet) results = results.map(quietResult);
  const silent = !early && !fixer && results.every((r) => r.messages.length === 0);
  const color = silent ? false : opts.outputFile ? false : useColor(opts, io);
  const tooManyWarnings = opts.maxWarnings !== undefined && warningCount > opts.maxWarnings;
  let report: string | Uint8Array = silent
    ? ''
    : await (early ?? (await load()))(results, {
        cwd: io.cwd,
        color,
        env: io.env,
        rulesMeta: ruleSummaries(targets[0]?.config ?? stdin?.config ?? DEFAULT_CONFIG, rulePack.rules),
        ...(fixer && !opts.fixDryRun ? { fixesApplied: fixer.fixesApplied } : {}),
        ...(tooManyWarnings ? { maxWarningsExceeded: { maxWarnings: opts.maxWarnings!, foundWarnings: warningCount } } : {}),
      });
  if (fixer && opts.fixDryRun) {
    // A dry run's report is the diff (or the fixed text of stdin); machine formats carry `output` instead.
    if (opts.format === 'stylish') report = await fixer.dryRunReport(color);
    io.stderr(fixer.summary(results));
  }
  if (opts.outputFile) await writeReport(opts.outputFile, io, report);
  else if (report.length > 0) writeStdout(io, report);
  return endOfRun({ errorCount, warningCount, incomplete }, opts, io);
}

interface RunCounts {
  errorCount: number;
  warningCount: number;
  /** A file could not be linted (a fatal message). */
  incomplete: boolean;
}

/** The summary line of a report written to a file, the --max-warnings note, and the exit code. */
function endOfRun({ errorCount, warningCount, incomplete }: RunCounts, opts: CliOptions, io: CliIO): number {
  if (opts.outputFile) io.stdout(`claimlint: ${errorCount} error(s), ${warningCount} warning(s); report written to ${opts.outputFile}\n`);
  if (incomplete) return 2;
  if (errorCount > 0) return 1;
  if (opts.maxWarnings !== undefined && warningCount > opts.maxWarnings) {
    io.stderr(`claimlint: too many warnings (${warningCount}; --max-warnings is ${opts.maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/** A file that could not be linted is named on standard error, as well as in the report. */
function sayIfFatal(result: LintResult, file: string, io: CliIO): void {
  for (const m of result.messages) {
    // A parse error has a place in the file (`page.mdx:12:5`); a read error does not.
    const at = m.fatal && (m.line > 1 || m.column > 1) ? `:${m.line}:${m.column}` : '';
    if (m.fatal) io.stderr(`claimlint: ${oneLine(`${path.relative(io.cwd, file) || file}${at}: ${m.message}`)}\n`);
  }
}

/** The format as a stream (a file's result written as soon as it and the
 * ones before it are linted, then let go), for a run whose report allows it:
 * a built-in format that can be written so, to standard output when it is
 * not a terminal (where a progress line shares the screen) or to a -o file
 * that is not standard output or error (written as writeReport does). A run that
 * fixes, adopts (suppressions, register) or reads standard input needs all
 * its results first, and a user's formatter takes them all at once. */
async function reportStreamerFor(opts: CliOptions, io: CliIO): Promise<ReportStreamer | undefined> {
  if (opts.outputFile === undefined ? io.isTTY : (await import('../files/write-output.js')).standardStreamFor(path.resolve(io.cwd, opts.outputFile)) !== undefined) {
    return undefined;
  }
  return loadReportStreamer(opts.format);
}

/** Lints the targets and writes the report as it goes, holding no file's
 * result longer than it takes to write it: the same bytes, standard error
 * lines and exit code as the report written at the end. `results` are the
 * files that could not be read or configured, reported first. */
async function streamReport(
  stream: ReportStream,
  results: LintResult[],
  targets: LintTarget[],
  opts: CliOptions,
  io: CliIO,
  progress?: Progress,
): Promise<number> {
  const output = await openReport(opts.outputFile, io);
  const counts: RunCounts = { errorCount: 0, warningCount: 0, incomplete: false };
  let index = 0;
  const write = (result: LintResult) => {
    counts.errorCount += result.errorCount;
    counts.warningCount += result.warningCount;
    counts.incomplete ||= result.fatalErrorCount > 0;
    return output.write(stream.result(opts.quiet ? quietResult(result) : result, index++));
  };
  try {
    await output.write(stream.head());
    for (const result of results.splice(0)) await write(result);
    await lintTargets(targets, opts, io, progress, async (result, i) => {
      sayIfFatal(result, targets[i]!.file, io);
      await write(result);
    });
    progress?.stop();
    await output.write(stream.tail());
    await output.finish();
  } catch (error) {
    await output.abort();
    throw error;
  }
  return endOfRun(counts, opts, io);
}

/** Where a streamed report goes, a piece at a time: standard output, or the
 * -o file (whole or not at all, src/files/write-output.ts). Pieces are
 * gathered up to REPORT_CHUNK bytes before they are written, so a run of
 * small files costs few writes and a long report is never held whole. Each
 * piece is encoded as it comes, by TextEncoder: joining pieces into one
 * string first and encoding that cost some 7 times as much on a dense
 * report (a join holding a curly quote anywhere is two bytes a character
 * throughout, which Buffer.from encodes slowly). */
async function openReport(outputFile: string | undefined, io: CliIO): Promise<{ write(s: string): Promise<void>; finish(): Promise<void>; abort(): Promise<void> }> {
  let sink: { write(b: Uint8Array): void | Promise<void>; finish(): Promise<void>; abort(): Promise<void> } = {
    write: (b) => (io.stdoutBytes ? io.stdoutBytes(b) : io.stdout(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8'))),
    finish: async () => {},
    abort: async () => {},
  };
  if (outputFile !== undefined) {
    const { OutputFileError, openOutputStream } = await import('../files/write-output.js');
    const cannot = (error: unknown) => new UsageError(`cannot write ${outputFile}: ${error instanceof OutputFileError ? error.message : describeFsError(error)}`);
    const file = await openOutputStream(path.resolve(io.cwd, outputFile), { makeParents: true, streams: true }).catch((error: unknown) => {
      throw cannot(error);
    });
    sink = {
      write: (b) => file.write(b).catch((error: unknown) => Promise.reject(cannot(error))),
      finish: () => file.finish().catch((error: unknown) => Promise.reject(cannot(error))),
      abort: () => file.abort(),
    };
  }
  const encoder = new TextEncoder();
  let pending: Uint8Array[] = [];
  let bytes = 0;
  const flush = async () => {
    if (bytes === 0) return;
    const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending, bytes);
    pending = [];
    bytes = 0;
    await sink.write(chunk);
  };
  return {
    async write(s) {
      const piece = encoder.encode(s);
      pending.push(piece);
      bytes += piece.byteLength;
      if (bytes >= REPORT_CHUNK) await flush();
    },
    async finish() {
      await flush();
      await sink.finish();
    },
    abort: () => sink.abort(),
  };
}

/** Lints the files, from the cache and on worker threads as the options say. */
async function lintTargets(targets: LintTarget[], opts: CliOptions, io: CliIO, progress?: Progress): Promise<LintResult[]>;
async function lintTargets(
  targets: LintTarget[],
  opts: CliOptions,
  io: CliIO,
  progress: Progress | undefined,
  onResult: (result: LintResult, index: number) => Promise<void>,
): Promise<void>;
async function lintTargets(
  targets: LintTarget[],
  opts: CliOptions,
  io: CliIO,
  progress?: Progress,
  onResult?: (result: LintResult, index: number) => Promise<void>,
): Promise<LintResult[] | void> {
  const cacheFile = opts.cache ? await (await import('../run/cache.js')).resolveCacheFile(opts.cacheLocation, io.cwd) : undefined;
  const options: LintFilesOptions = {
    concurrency: opts.concurrency,
    ...(cacheFile ? { cacheFile } : {}),
    onWarning: (message) => io.stderr(`claimlint: ${oneLine(message)}\n`),
    onFileError: (_file, error) => reportFileError(error, opts, io),
    ...(progress ? { onProgress: (done: number) => progress.setDone(done) } : {}),
  };
  return onResult ? lintEach(targets, onResult, options) : lintFiles(targets, options);
}

/** --fix lints and rewrites each file in turn, without the cache. */
async function fixEach(targets: LintTarget[], fixer: FixSession, opts: CliOptions, io: CliIO, progress?: Progress): Promise<LintResult[]> {
  const out: LintResult[] = [];
  for (const { file, config } of targets) {
    // A bug on one file's content must not cost the report on the others.
    out.push(
      await fixer.lint(file, config).catch((error: unknown) => {
        reportFileError(error, opts, io);
        return internalErrorResult(file, error);
      }),
    );
    progress?.setDone(out.length);
  }
  return out;
}

function reportFileError(error: unknown, opts: CliOptions, io: CliIO): void {
  if (isDebug(opts, io)) io.stderr(`${(error as Error).stack ?? String(error)}\n`);
}

function checkInputOptions(paths: string[], opts: CliOptions): void {
  if (opts.stdin && paths.length > 0) throw new UsageError(`--stdin lints standard input only; got paths too: ${paths.join(', ')}`);
  if (opts.stdin && opts.changedSince) throw new UsageError('--stdin and --changed-since cannot be used together');
  if (opts.stdinFilename !== undefined && !opts.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (opts.fix && opts.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together: --fix writes the files, --fix-dry-run only shows what it would write');
  if (opts.stdin && opts.fix) throw new UsageError('--fix cannot write standard input; use --fix-dry-run to print the fixed text');
}

function printRuleDocs(id: string, io: CliIO): number {
  const rule = findRule(id, rulePack.rules);
  if (!rule) {
    const ids = rulePack.rules.map((r) => r.meta.id);
    throw new UsageError(`--rule-docs: ${didYouMean(id, ids) ? unknownValue('rule', id, ids) : `unknown rule "${id}" (claimlint rules lists them)`}`);
  }
  io.stdout(formatRuleDoc(rule));
  return 0;
}

/** Standard input is linted as if it were the file named by --stdin-filename,
 * so reports (and configuration) treat it as that path. */
async function stdinTarget(opts: CliOptions, resolver: ConfigResolver, io: CliIO): Promise<{ filePath: string; config: ResolvedConfig; ignored: boolean }> {
  if (!opts.stdinFilename) return { filePath: '<text>', config: (await resolver.forFile(path.join(io.cwd, '<stdin>.md'))).config, ignored: false };
  const filePath = path.resolve(io.cwd, opts.stdinFilename);
  const { config, ignored } = await configureNamedFile(resolver, filePath);
  return { filePath, config, ignored };
}

async function lintStdin(opts: CliOptions, target: { filePath: string; config: ResolvedConfig }, io: CliIO, fixer?: FixSession): Promise<LintResult> {
  const { filePath, config } = target;
  const bytes = await (io.readStdin ?? (() => readAll(process.stdin)))();
  const result = fixer ? await fixer.fixStdin(bytes, filePath, config) : await lintFileBytes(bytes, filePath, rulePack, config);
  for (const m of result.messages) if (m.fatal) io.stderr(`claimlint: ${oneLine(`${opts.stdinFilename ?? '<stdin>'}: ${m.message}`)}\n`);
  return result;
}

async function keepChanged<T extends { files: string[] }>(found: T, ref: string, cwd: string): Promise<T> {
  const changed = await changedFiles(ref, cwd).catch((error: unknown) => {
    throw error instanceof ChangedFilesError ? new UsageError(error.message) : error;
  });
  return { ...found, files: found.files.filter((f) => changed.has(f)) };
}

function writeStdout(io: CliIO, report: string | Uint8Array): void {
  if (typeof report === 'string') io.stdout(report);
  else if (io.stdoutBytes) io.stdoutBytes(report);
  else io.stdout(Buffer.from(report).toString('utf8'));
}

/** The report is written whole or not at all: an interrupted run never
 * leaves half a SARIF file for the upload step to choke on. A device or pipe
 * (`-o /dev/stdout`) is written into, never replaced (src/files/write-output.ts). */
async function writeReport(file: string, io: CliIO, report: string | Uint8Array): Promise<void> {
  const { OutputFileError, standardStreamFor, writeOutputFile } = await import('../files/write-output.js');
  const target = path.resolve(io.cwd, file);
  const stream = standardStreamFor(target);
  if (stream === 1) return writeStdout(io, report);
  if (stream !== undefined) {
    io.stderr(typeof report === 'string' ? report : Buffer.from(report).toString('utf8'));
    return;
  }
  try {
    await writeOutputFile(target, report, { makeParents: true, streams: true });
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error instanceof OutputFileError ? error.message : describeFsError(error)}`);
  }
}

/** `-o` naming a file the run lints (`claimlint a.md -o a.md`) would put the
 * report in its place: refused before anything is read or written. */
async function refuseOutputOverInput(outputFile: string, inputs: readonly string[], io: CliIO): Promise<void> {
  const { isOneOf } = await import('../files/write-output.js');
  if (isOneOf(path.resolve(io.cwd, outputFile), inputs.map((f) => path.resolve(io.cwd, f)))) {
    throw new UsageError(`-o ${outputFile} is one of the files being linted; writing the report there would replace it`);
  }
}

/** The fix session for --fix / --fix-dry-run, loaded only when asked for. */
async function startFixing(opts: CliOptions, configs: readonly ResolvedConfig[], io: CliIO) {
  if (!opts.fix && !opts.fixDryRun) {
    if (opts.fixType) throw new UsageError('--fix-type needs --fix or --fix-dry-run');
    return undefined;
  }
  const [{ FixSession }, { parseFixTypes, UnknownFixTypeError }, { SearchBounds }] = await Promise.all([
    import('../fix/fix-session.js'),
    import('../fix/fix-type.js'),
    import('../files/search-bounds.js'),
  ]);
  const types = parseFixTypes(opts.fixType ?? []);
  // "--fix-type $TYPES" with TYPES unset in CI names nothing: fixing every
  // type instead would be the opposite of what was asked.
  if (opts.fixType && types.length === 0) throw new UsageError('--fix-type: no category or rule id given (claimlint rules lists them)');
  try {
    return new FixSession({
      pack: rulePack,
      dryRun: Boolean(opts.fixDryRun),
      types,
      errorsOnly: Boolean(opts.quiet),
      configs,
      cwd: io.cwd,
      within: new SearchBounds(io.cwd).realTop(),
      note: io.stderr,
    });
  } catch (error) {
    throw UnknownFixTypeError.is(error) ? new UsageError(error.message) : error;
  }
}

/** Entry point for bin/claimlint.js. */
export async function runCli(): Promise<void> {
  // A reader that stops early (`claimlint | head`) closes the pipe: the rest
  // of the report is dropped quietly and the exit code is the run's own.
  const closed = { stdout: false, stderr: false };
  for (const name of ['stdout', 'stderr'] as const) {
    process[name].on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closed[name] = true;
    });
  }
  const code = await main(process.argv.slice(2), {
    stdout: (s) => void (closed.stdout || process.stdout.write(s)),
    stdoutBytes: (b) => void (closed.stdout || process.stdout.write(b)),
    stderr: (s) => void (closed.stderr || process.stderr.write(s)),
    cwd: process.cwd(),
    env: process.env,
    // Asked only if the run needs to know (src/terminal.ts).
    get isTTY() {
      return isTerminal(1);
    },
    get stderrIsTTY() {
      return isTerminal(2);
    },
    get ask() {
      return terminalAsk();
    },
  });
  process.exitCode = code;
}
