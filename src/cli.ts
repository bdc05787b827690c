// Command line: parse arguments, find files, lint, report, exit like ESLint
// (0 clean, 1 errors or too many warnings, 2 usage error or incomplete run).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config-types.js';
import { discoverFiles } from './files.js';
import { loadFormatter } from './formatters/index.js';
import { lintFile } from './linter.js';
import { fatalMessage, makeResult } from './results.js';
import type { LintResult, Market } from './types.js';
import { VERSION } from './version.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

export interface CliOptions {
  format: string;
  outputFile?: string;
  market?: Market;
  quiet?: boolean;
  maxWarnings?: number;
  color?: boolean;
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  $ claimlint                          lint every Markdown file under the current directory
  $ claimlint docs/ "blog/**/*.md"     lint a directory and a glob
  $ claimlint fixtures/seed-article.md --format json
  $ claimlint content/ --market uk     apply UK (CAP Code/ASA) severities

Exit codes: 0 no errors, 1 errors found (or --max-warnings exceeded), 2 usage error or a file could not be linted.`;

export class UsageError extends Error {}

function buildProgram(io: CliIO): Command {
  const program = new Command();
  program
    .name('claimlint')
    .description('Lint health and beauty claims in Markdown marketing copy, with hedged rewrites.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, directories or globs (default: the current directory)')
    .addOption(new Option('-f, --format <name>', 'output format').default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file; the terminal still gets the summary')
    .addOption(new Option('--market <market>', 'jurisdiction whose rules apply').choices(['us', 'eu', 'uk']))
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings: expected a whole number, got "${v}"`);
      return n;
    })
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--debug', 'print stack traces for unexpected errors')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run claimlint --help for usage)');
  return program;
}

function useColor(opts: CliOptions, io: CliIO): boolean {
  if (opts.color !== undefined) return opts.color;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY;
}

function isDebug(opts: CliOptions, io: CliIO): boolean {
  return opts.debug === true || /\bclaimlint\b/.test(io.env['DEBUG'] ?? '');
}

function filterQuiet(results: LintResult[]): LintResult[] {
  return results.map((r) => makeResult(r.filePath, r.messages.filter((m) => m.severity === 2)));
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  let paths: string[];
  let opts: CliOptions;
  try {
    program.parse(argv, { from: 'user' });
    paths = program.args;
    opts = program.opts<CliOptions>();
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`claimlint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  try {
    return await run(paths, opts, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`claimlint: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`claimlint: internal error: ${message}\n`);
    if (isDebug(opts, io)) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}

async function run(paths: string[], opts: CliOptions, io: CliIO): Promise<number> {
  const formatter = await loadFormatter(opts.format).catch((e: Error) => {
    throw new UsageError(e.message);
  });
  const config: ResolvedConfig = opts.market ? { ...DEFAULT_CONFIG, market: opts.market } : DEFAULT_CONFIG;
  const { files, problems } = await discoverFiles(paths, { cwd: io.cwd });
  let results: LintResult[] = problems.map((p) => makeResult(path.resolve(io.cwd, p.filePath), [fatalMessage(p.message)]));
  for (const p of problems) io.stderr(`claimlint: ${p.filePath}: ${p.message}\n`);
  for (const file of files) {
    // A bug on one file's content must not cost the report on the others.
    const result = await lintFile(file, config).catch((error: unknown) => {
      if (isDebug(opts, io)) io.stderr(`${(error as Error).stack ?? String(error)}\n`);
      return makeResult(file, [fatalMessage(`internal error: ${error instanceof Error ? error.message : String(error)}`)]);
    });
    for (const m of result.messages) {
      if (m.fatal) io.stderr(`claimlint: ${path.relative(io.cwd, file) || file}: ${m.message}\n`);
    }
    results.push(result);
  }
  const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
  const incomplete = results.some((r) => r.fatalErrorCount > 0);
  if (opts.quiet) results = filterQuiet(results);
  const report = formatter(results, { cwd: io.cwd, color: opts.outputFile ? false : useColor(opts, io) });
  if (opts.outputFile) {
    await writeFile(path.resolve(io.cwd, opts.outputFile), report);
    io.stdout(`claimlint: ${errorCount} error(s), ${warningCount} warning(s); report written to ${opts.outputFile}\n`);
  } else if (report) {
    io.stdout(report);
  }
  if (incomplete) return 2;
  if (errorCount > 0) return 1;
  if (opts.maxWarnings !== undefined && warningCount > opts.maxWarnings) return 1;
  return 0;
}

/** Entry point for bin/claimlint.js. */
export async function runCli(): Promise<void> {
  const code = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  });
  process.exitCode = code;
}
