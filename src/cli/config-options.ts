// The command line's configuration options: --config, --no-config, --no-code-config,
// --ignore-pattern, --report-unused-directives, --print-config and --init.
import path from 'node:path';
import { rulePack } from '../../rules/index.js';
import type { Command } from 'commander';
import { createConfigResolver, type ConfigResolver, type ConfigOptions } from '../config/index.js';
import { writeStarterConfig } from '../config/init.js';
import { describeFileConfig } from '../config/print.js';
import { displayPath } from '../config/errors.js';
import type { Market } from '../shared/markets.js';
import { isTerminal } from './terminal.js';

export interface ConfigCliOptions {
  config?: string | false;
  /** False with --no-code-config. */
  codeConfig?: boolean;
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
    .option('--no-code-config', 'refuse JavaScript config files (for CI on untrusted branches): JSON, YAML and package.json only')
    .option('--ignore-pattern <glob>', 'leave out files matching the glob (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--report-unused-directives', 'report claimlint-disable comments that silenced nothing')
    .option('--print-config <file>', 'print the configuration that applies to a file')
    .option('--init', 'write a starter claimlint.config.json in the current directory');
}

export function configResolverFor(opts: ConfigCliOptions, cwd: string): ConfigResolver {
  const options: ConfigOptions = { cwd };
  if (opts.config === false) options.noConfig = true;
  else if (opts.config) options.configFile = opts.config;
  if (opts.codeConfig === false) options.allowCode = false;
  if (opts.market) options.market = opts.market;
  if (opts.ignorePattern?.length) options.ignorePatterns = opts.ignorePattern;
  if (opts.reportUnusedDirectives) options.reportUnusedDirectives = 'error';
  return createConfigResolver(rulePack, options);
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
    io.stdout(`${JSON.stringify(describeFileConfig(file, await resolver.forFile(file), io.cwd, rulePack.rules), null, 2)}\n`);
    return 0;
  }
  return undefined;
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
