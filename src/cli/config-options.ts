// The command line's configuration options: --config, --no-config,
// --ignore-pattern, --report-unused-directives, --print-config and --init.
import path from 'node:path';
import type { Command } from 'commander';
import { createConfigResolver, type ConfigResolver, type ConfigOptions } from '../config/index.js';
import { writeStarterConfig } from '../config/init.js';
import { describeFileConfig } from '../config/print.js';
import { ConfigError, displayPath } from '../config/errors.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import type { FileProblem } from '../files/discover.js';
import type { Market } from '../shared/lint-result.js';
import { isTerminal } from './terminal.js';

export interface ConfigCliOptions {
  config?: string | false;
  ignorePattern?: string[];
  reportUnusedDirectives?: boolean;
  printConfig?: string;
  init?: boolean;
  market?: Market;
}

export interface ConfigCliIO {
  stdout: (s: string) => void;
  cwd: string;
  /** Asks a question at the terminal; absent when no one can answer. */
  ask?: (question: string) => Promise<string>;
}

export function addConfigOptions(program: Command): Command {
  return program
    .option('-c, --config <path>', 'use this config file for every file')
    .option('--no-config', 'use no config file, only the recommended defaults')
    .option('--ignore-pattern <glob>', 'leave out files matching the glob (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--report-unused-directives', 'report claimlint-disable comments that silenced nothing')
    .option('--print-config <file>', 'print the configuration that applies to a file')
    .option('--init', 'write a starter claimlint.config.json in the current directory');
}

export function configResolverFor(opts: ConfigCliOptions, cwd: string): ConfigResolver {
  const options: ConfigOptions = { cwd };
  if (opts.config === false) options.noConfig = true;
  else if (opts.config) options.configFile = opts.config;
  if (opts.market) options.market = opts.market;
  if (opts.ignorePattern?.length) options.ignorePatterns = opts.ignorePattern;
  if (opts.reportUnusedDirectives) options.reportUnusedDirectives = 'error';
  return createConfigResolver(options);
}

/** --init and --print-config do their job instead of linting; undefined means lint. */
export async function runConfigCommand(opts: ConfigCliOptions, resolver: ConfigResolver, io: ConfigCliIO): Promise<number | undefined> {
  if (opts.init) {
    const file = await writeStarterConfig(io.cwd, io.ask);
    io.stdout(`Wrote ${displayPath(file, io.cwd)}\n`);
    return 0;
  }
  if (opts.printConfig !== undefined) {
    const file = path.resolve(io.cwd, opts.printConfig);
    io.stdout(`${JSON.stringify(describeFileConfig(file, await resolver.forFile(file), io.cwd), null, 2)}\n`);
    return 0;
  }
  return undefined;
}

/** The config of each file, resolved before any is linted so that a broken
 * config stops the run at once; ignored files are left out. */
export async function configsForFiles(resolver: ConfigResolver, files: readonly string[]): Promise<Array<{ file: string; config: ResolvedConfig }>> {
  const resolved = await Promise.all(files.map(async (file) => ({ file, fc: await resolver.forFile(file) })));
  return resolved.filter((r) => !r.fc.ignored).map((r) => ({ file: r.file, config: r.fc.config }));
}

export interface ConfiguredFiles {
  targets: Array<{ file: string; config: ResolvedConfig }>;
  /** Each broken config file once, when other files could still be configured. */
  problems: FileProblem[];
}

/** Like configsForFiles, but a broken config below the working directory
 * costs only the files it governs: they are skipped, the config is reported
 * once, the rest are linted. When no file can be configured at all, the
 * config's error is the run's error, as before. */
export async function configureFiles(resolver: ConfigResolver, files: readonly string[]): Promise<ConfiguredFiles> {
  type Resolution = { file: string; fc: Awaited<ReturnType<ConfigResolver['forFile']>> } | { file: string; error: ConfigError };
  const resolved = await Promise.all(
    files.map(async (file): Promise<Resolution> => {
      try {
        return { file, fc: await resolver.forFile(file) };
      } catch (error) {
        if (error instanceof ConfigError) return { file, error };
        throw error;
      }
    }),
  );
  const failed = resolved.flatMap((r) => ('error' in r ? [r.error] : []));
  if (failed.length > 0 && failed.length === resolved.length) throw failed[0]!;
  const problems = new Map<string, FileProblem>();
  for (const e of failed) {
    const [, file, line, column] = /^(.*?)(?::(\d+):(\d+))?$/.exec(e.where)!;
    problems.set(e.message, { filePath: file!, message: e.problem, ...(line ? { line: Number(line), column: Number(column) } : {}) });
  }
  const targets = resolved.flatMap((r) => ('fc' in r && !r.fc.ignored ? [{ file: r.file, config: r.fc.config }] : []));
  return { targets, problems: [...problems.values()] };
}

/** Prompts at a real terminal, for --init. */
export function terminalAsk(): ((question: string) => Promise<string>) | undefined {
  // Not process.stdin.isTTY: touching process.stdin opens a stream.
  if (!isTerminal(0) || !isTerminal(1)) return undefined;
  return async (question) => {
    const { createInterface } = await import('node:readline/promises');
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  };
}
