// The library: lint files or text from code with the same results the CLI
// prints as JSON, and format them with any built-in formatter.
import path from 'node:path';
import { configsForFiles } from './config/for-files.js';
import { createConfigResolver, loadConfig as loadConfigFor, type ConfigOptions, type FileConfig } from './config/index.js';
import { rulePack } from '../rules/index.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from './shared/resolved-config.js';
import { discoverFiles } from './files/discover.js';
import { FORMATTER_NAMES, loadFormatter, type FormatterName } from './report/formatters/index.js';
import type { Formatter, FormatterContext, RuleSummary } from './report/formatters/formatter.js';
import { lintFile } from './run/lint-file.js';
import { lintText as lintMarkdownText } from './screen/lint-text.js';
import { fatalMessage, makeResult } from './report/results.js';
import { ruleSummaries as ruleSummariesOf } from './report/rule-docs.js';
import type { LintMessage, LintResult, Suggestion, TextEdit } from './shared/lint-result.js';
import type { Market } from './shared/markets.js';
import { VERSION } from './shared/version.js';

export interface LintOptions {
  /** Directory that relative paths and globs resolve against (default: process.cwd()). */
  cwd?: string;
  /** A resolved configuration for every file; default: each file's own
   * config file, found as the CLI finds it (or the recommended rules). */
  config?: ResolvedConfig;
  /** Jurisdiction, applied over `config` (default `us`). */
  market?: Market;
  /** Extra globs to leave out. */
  ignore?: string[];
}

export interface LintTextOptions extends Omit<LintOptions, 'ignore'> {
  /** Path the text is linted as; made absolute against `cwd`, like ESLint. Default "<text>". */
  filePath?: string;
}

function configFrom(options: Omit<LintOptions, 'ignore' | 'cwd'>): ResolvedConfig {
  const base = options.config ?? DEFAULT_CONFIG;
  return options.market ? { ...base, market: options.market } : base;
}

/** Lints files, directories and globs as the CLI does. Paths that cannot be
 * read come back as results with one fatal message, before the others. */
export async function lint(patterns: string | readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const args = typeof patterns === 'string' ? [patterns] : patterns;
  const { files, problems } = await discoverFiles(args, options.ignore ? { cwd, ignore: options.ignore } : { cwd });
  const results = problems.map((p) => makeResult(path.resolve(cwd, p.filePath), [fatalMessage(p.message)]));
  let targets: Array<{ file: string; config: ResolvedConfig }>;
  if (options.config) {
    const config = configFrom(options);
    targets = files.map((file) => ({ file, config }));
  } else {
    const resolverOptions: ConfigOptions = { cwd };
    if (options.market) resolverOptions.market = options.market;
    targets = await configsForFiles(createConfigResolver(rulePack, resolverOptions), files);
  }
  for (const { file, config } of targets) results.push(await lintFile(file, rulePack, config));
  return results;
}

/** Lints Markdown text. */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const filePath = options.filePath === undefined ? '<text>' : path.resolve(options.cwd ?? process.cwd(), options.filePath);
  return lintMarkdownText(text, { pack: rulePack, filePath, config: configFrom(options) });
}

export type FormatResults = (results: LintResult[], context?: Partial<FormatterContext>) => Promise<string>;

/** Each built-in formatter by name; its code loads on first use. Paths in
 * reports are relative to `context.cwd` (default: process.cwd()). */
export const formatters: Readonly<Record<FormatterName, FormatResults>> = Object.freeze(
  Object.fromEntries(
    FORMATTER_NAMES.map((name) => {
      const format: FormatResults = async (results, context = {}) =>
        (await loadFormatter(name))(results, { cwd: process.cwd(), color: false, rulesMeta: ruleSummaries(DEFAULT_CONFIG), ...context });
      return [name, format];
    }),
  ) as Record<FormatterName, FormatResults>,
);

/**
 * The resolved config for a file (its directory's config plus the overrides
 * matching it) or for a directory (without overrides), over the built-in
 * rules. Throws ConfigError, whose message is one line naming the file and the key.
 */
export function loadConfig(fileOrDir: string, options: ConfigOptions = {}): Promise<FileConfig> {
  return loadConfigFor(rulePack, fileOrDir, options);
}

/** Every built-in rule and every user phrase of `config`, keyed by id, as formatters take them. */
export function ruleSummaries(config: ResolvedConfig = DEFAULT_CONFIG): Record<string, RuleSummary> {
  return ruleSummariesOf(config, rulePack.rules);
}

export { loadFormatter, VERSION as version };
export { MARKETS } from './shared/markets.js';
export type { FormatterName };
export type { ConfigOptions, FileConfig };
export type { Formatter, FormatterContext, LintMessage, LintResult, Market, ResolvedConfig, RuleSummary, Suggestion, TextEdit };
