// The library: lint files or text from code with the same results the CLI
// prints as JSON, and format them with any built-in formatter; hold them to a
// team's suppressions file and claims register, and list every claim for a
// compliance reviewer, as the CLI does (src/adopt/, the same code).
import path from 'node:path';
import { loadAdoption as loadAdoptionWith, type Adoption, type AdoptionOutcome, type ApplyOptions } from './adopt/adoption.js';
import { DataFileError } from './adopt/data-file-error.js';
import { inventoryOfRun, STATUSES, type ClaimStatus, type Inventory, type InventoryRow } from './adopt/inventory.js';
import type { InventoryFormat } from './adopt/inventory-formats.js';
import { today } from './adopt/register.js';
import { formatSuppressions as suppressionsText } from './adopt/suppressions.js';
import type { Register, RegisterEntry, SuppressionEntry, SuppressionTable, UnusedSuppression } from './adopt/types.js';
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
import type { LintMessage, LintResult, Suggestion, SuppressedMessage, Suppression, TextEdit } from './shared/lint-result.js';
import { DEFAULT_MARKET, type Market } from './shared/markets.js';
import { VERSION } from './shared/version.js';
import { FILE_BUDGET } from './shared/limits.js';

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

/** A team's suppressions file and claims register (from `loadAdoption`), held
 * against the results as the CLI holds them: the register's approved claims are
 * not findings (an expired one is a warning again), suppressed findings move to
 * `suppressedMessages`. Without it, neither file is read. */
export interface AdoptionChoice {
  adoption?: Adoption;
}

/** One file's budget, as `--max-file-findings` and `--max-file-checked-chars`
 * set it: a file past it is reported `too large to lint` (docs/security.md).
 * Whole numbers of at least 1; the defaults are in FILE_BUDGET. */
export interface BudgetChoice {
  maxFileFindings?: number;
  maxFileCheckedChars?: number;
}

export interface LintOptions extends ConfigChoice, AdoptionChoice, BudgetChoice {
  /** Extra globs to leave out. */
  ignore?: string[];
}

export interface LintTextOptions extends ConfigChoice, AdoptionChoice, BudgetChoice {
  /** Path the text is linted as: its config, ignores and syntax (`.mdx`)
   * are that file's. Made absolute against `cwd`, like ESLint. Default "<text>". */
  filePath?: string;
}

function explicitConfig(options: Pick<ConfigChoice, 'config' | 'market'>): ResolvedConfig {
  const base = options.config ?? DEFAULT_CONFIG;
  return options.market ? { ...base, market: options.market } : base;
}

/** The config with the options' file budget, if they set one. */
function withBudget(config: ResolvedConfig, options: BudgetChoice): ResolvedConfig {
  const { maxFileFindings, maxFileCheckedChars } = options;
  if (maxFileFindings === undefined && maxFileCheckedChars === undefined) return config;
  for (const [name, n] of Object.entries({ maxFileFindings, maxFileCheckedChars })) {
    if (n !== undefined && !(Number.isSafeInteger(n) && n >= 1)) throw new RangeError(`${name}: expected a whole number of at least 1, got ${String(n)}`);
  }
  return { ...config, fileBudget: { findings: maxFileFindings ?? FILE_BUDGET.findings, checkedChars: maxFileCheckedChars ?? FILE_BUDGET.checkedChars } };
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

/** The files of a run, each with its configuration, and their results. */
async function lintRun(patterns: string | readonly string[], options: LintOptions, record: ApplyOptions = {}) {
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
  const { adoption } = options;
  if (adoption) targets = targets.map((t) => ({ ...t, config: adoption.configure(t.config) }));
  if (options.maxFileFindings !== undefined || options.maxFileCheckedChars !== undefined) {
    // One budgeted object per config, as the CLI makes them.
    const made = new Map<ResolvedConfig, ResolvedConfig>();
    targets = targets.map((t) => {
      let config = made.get(t.config);
      if (!config) made.set(t.config, (config = withBudget(t.config, options)));
      return { ...t, config };
    });
  }
  for (const { file, config } of targets) results.push(await lintFile(file, rulePack, config));
  const outcome = adoption?.apply(results, record);
  return { cwd, targets, results: outcome?.results ?? results, outcome };
}

/**
 * `lint` with a team's files, and all their application says: the results,
 * the suppressions that no longer match (`unused`), the findings back because
 * their approval expired, and, with `record`, the suppressions table after
 * recording findings (`add`: `true` or a set of rule ids, as `--suppress-all`
 * and `--suppress-rule`) or pruning (`prune`, as `--prune-suppressions`).
 * Nothing is written: when `changed`, write `formatSuppressions(outcome.table)`
 * to `adoption.suppressionsPath`.
 */
export async function lintWithAdoption(
  patterns: string | readonly string[],
  options: LintOptions & { adoption: Adoption; record?: ApplyOptions },
): Promise<AdoptionOutcome> {
  // With an adoption, a run always has an outcome.
  return (await lintRun(patterns, options, options.record)).outcome!;
}

/** Lints files, directories and globs as the CLI does. Paths that cannot be
 * read come back as results with one fatal message, before the others. */
export async function lint(patterns: string | readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  return (await lintRun(patterns, options)).results;
}

/** Where a team keeps its suppressions file and claims register. */
export interface AdoptionFiles {
  /** Where the files are found, and relative paths resolve (default: process.cwd()). */
  cwd?: string;
  /** The suppressions file (default claimlint-suppressions.json), as `--suppressions-location`. */
  suppressionsFile?: string;
  /** The claims register (default claimlint-register.json), as `--register`. */
  registerFile?: string;
  /** The day review dates are held against, YYYY-MM-DD (default: today, UTC). */
  today?: string;
}

/**
 * Reads a team's suppressions file and claims register, either of which may
 * be absent, and checks them as the CLI does. Pass the result as `adoption` to
 * `lint`, `lintText` or `inventory`; `apply(results, { add: true })` records
 * findings (write `formatSuppressions(outcome.table)` when `outcome.changed`).
 * Throws DataFileError (one line naming the file and line) for a file that is not right.
 */
export function loadAdoption(options: AdoptionFiles = {}): Adoption {
  return loadAdoptionWith({
    cwd: options.cwd ?? process.cwd(),
    lists: rulePack.lists,
    suppressionsFile: options.suppressionsFile,
    registerFile: options.registerFile,
    today: options.today ?? today(process.env),
  });
}

/**
 * Every claim the files make, once, with its status (`finding`, `expired`,
 * `approved`, `suppressed`, `disabled`), as `claimlint inventory` lists them:
 * the same run as `lint`, with `adoption` for the register and suppressions.
 * Paths are relative to `cwd`. `formatInventory` writes it as CSV, JSON or HTML.
 */
export async function inventory(patterns: string | readonly string[], options: LintOptions = {}): Promise<Inventory> {
  const { cwd, targets, results, outcome } = await lintRun(patterns, options);
  const markets = new Map(targets.map((t) => [t.file, t.config.market]));
  const { adoption } = options;
  return inventoryOfRun({
    results,
    marketOf: (p) => markets.get(p) ?? DEFAULT_MARKET,
    cwd,
    register: adoption?.register,
    expired: outcome?.expired,
    generated: adoption?.today ?? today(process.env),
  });
}

/** The suppressions file's text for a table, as the CLI writes it: sorted, one suppression a line. */
export function formatSuppressions(table: SuppressionTable): string {
  return suppressionsText(table);
}

/** The inventory as `claimlint inventory --format` writes it: CSV (UTF-8 with BOM), JSON or a self-contained HTML page. */
export async function formatInventory(list: Inventory, format: InventoryFormat = 'csv'): Promise<string> {
  return (await import('./adopt/inventory-formats.js')).formatInventory(list, format);
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
  const { adoption } = options;
  const run = async (config: ResolvedConfig) => {
    if (!adoption) return lintFileText(text, filePath, rulePack, withBudget(config, options));
    return adoption.apply([await lintFileText(text, filePath, rulePack, withBudget(adoption.configure(config), options))]).results[0]!;
  };
  if (options.config) return run(explicitConfig(options));
  const resolver = configResolver({ ...options, cwd });
  if (options.filePath === undefined) return run((await resolver.forFile(path.join(cwd, '<stdin>.md'))).config);
  const { config, ignored } = await configureNamedFile(resolver, filePath);
  return ignored ? makeResult(filePath, []) : run(config);
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

export { DataFileError, loadFormatter, STATUSES as CLAIM_STATUSES, VERSION as version };
export type { Adoption, AdoptionOutcome, ApplyOptions, ClaimStatus, Inventory, InventoryFormat, InventoryRow, Register, RegisterEntry };
export type { SuppressedMessage, Suppression, SuppressionEntry, SuppressionTable, UnusedSuppression };
export { MARKETS } from './shared/markets.js';
export type { FormatterName };
export type { ConfigOptions, ConfigResolver, FileConfig };
export type { Formatter, FormatterContext, LintMessage, LintResult, Market, ResolvedConfig, RuleSummary, Suggestion, TextEdit };
