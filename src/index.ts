// The library: lint files or text from code with the same results the CLI
// prints as JSON, and format them with any built-in formatter.
import path from 'node:path';
import { configsForFiles, configureNamedFile } from './config/for-files.js';
import { createConfigResolver, loadConfig as loadConfigFor, type ConfigOptions, type ConfigResolver, type FileConfig } from './config/index.js';
import { rulePack } from '../rules/index.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from './shared/resolved-config.js';
import { discoverFiles } from './files/discover.js';
import { FORMATTER_NAMES, loadFormatter, type FormatterName } from './report/formatters/index.js';
import type { Formatter, FormatterContext, RuleSummary } from './report/formatters/formatter.js';
import { lintFile, lintFileText } from './run/lint-file.js';
import { fatalMessage, makeResult } from './report/results.js';
import { ruleSummaries as ruleSummariesOf } from './report/rule-docs.js';
import type { LintMessage, LintResult, Suggestion, TextEdit } from './shared/lint-result.js';
import type { Market } from './shared/markets.js';
import { VERSION } from './shared/version.js';

/** Which configuration lints a file. By default each file's own, found as
 * the CLI finds it: the nearest claimlint.config.* (or package.json
 * "claimlint" key) at or above it, with its overrides and ignores. */
export interface ConfigChoice {
  /** Directory that relative paths resolve against (default: process.cwd()). */
  cwd?: string;
  /** A resolved configuration for every file, used as is (no file is read). */
  config?: ResolvedConfig;
  /** One config file for every file, as `--config` does; `false` for none,
   * only the recommended rules, as `--no-config` does. */
  configFile?: string | false;
  /** Jurisdiction, applied over the configuration, as `--market` does. */
  market?: Market;
}

export interface LintOptions extends ConfigChoice {
  /** Extra globs to leave out. */
  ignore?: string[];
}

export interface LintTextOptions extends ConfigChoice {
  /** Path the text is linted as: its config, ignores and syntax (`.mdx`)
   * are that file's. Made absolute against `cwd`, like ESLint. Default "<text>". */
  filePath?: string;
}

function explicitConfig(options: Pick<ConfigChoice, 'config' | 'market'>): ResolvedConfig {
  const base = options.config ?? DEFAULT_CONFIG;
  return options.market ? { ...base, market: options.market } : base;
}

/** The resolver for a run, from the same options the CLI's flags set. */
export function configResolver(options: Omit<ConfigChoice, 'config'> & { ignorePatterns?: readonly string[] } = {}): ConfigResolver {
  const resolverOptions: ConfigOptions = { cwd: options.cwd ?? process.cwd() };
  if (options.configFile === false) resolverOptions.noConfig = true;
  else if (options.configFile) resolverOptions.configFile = options.configFile;
  if (options.market) resolverOptions.market = options.market;
  if (options.ignorePatterns?.length) resolverOptions.ignorePatterns = options.ignorePatterns;
  return createConfigResolver(rulePack, resolverOptions);
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
    const config = explicitConfig(options);
    targets = files.map((file) => ({ file, config }));
  } else {
    targets = await configsForFiles(configResolver({ ...options, cwd }), files);
  }
  for (const { file, config } of targets) results.push(await lintFile(file, rulePack, config));
  return results;
}

/**
 * Lints Markdown text as the CLI lints a file of that content at `filePath`
 * (`--stdin --stdin-filename`): the same configuration, the same findings. A
 * path that the config's ignores or a .claimlintignore leave out gives a
 * result without messages.
 */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = options.filePath === undefined ? '<text>' : path.resolve(cwd, options.filePath);
  if (options.config) return lintFileText(text, filePath, rulePack, explicitConfig(options));
  const resolver = configResolver({ ...options, cwd });
  if (options.filePath === undefined) {
    return lintFileText(text, filePath, rulePack, (await resolver.forFile(path.join(cwd, '<stdin>.md'))).config);
  }
  const { config, ignored } = await configureNamedFile(resolver, filePath);
  return ignored ? makeResult(filePath, []) : lintFileText(text, filePath, rulePack, config);
}

export type FormatResults = (results: LintResult[], context?: Partial<FormatterContext>) => Promise<string>;

/** Each built-in formatter by name; its code loads on first use. Paths in
 * reports are relative to `context.cwd` (default: process.cwd()). */
export const formatters: Readonly<Record<FormatterName, FormatResults>> = Object.freeze(
  Object.fromEntries(
    FORMATTER_NAMES.map((name) => {
      const format: FormatResults = async (results, context = {}) =>
        (await loadFormatter(name))(results, { cwd: process.cwd(), color: false, env: process.env, rulesMeta: ruleSummaries(DEFAULT_CONFIG), ...context });
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
export type { ConfigOptions, ConfigResolver, FileConfig };
export type { Formatter, FormatterContext, LintMessage, LintResult, Market, ResolvedConfig, RuleSummary, Suggestion, TextEdit };
