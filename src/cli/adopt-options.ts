// The command line's options for rolling out on an existing site and for the
// compliance reviewer: the suppressions file (--suppress-all, --suppress-rule,
// --prune-suppressions, --suppressions-location), the claims register
// (--register) and `claimlint inventory`. What they do lives in src/adopt/,
// loaded only when a run has one of these files or options.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { rulePack } from '../../rules/index.js';
import type { LintMessage, LintResult } from '../shared/lint-result.js';
import type { RegisterEntry } from '../adopt/register.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import type { LintTarget } from '../run/target.js';
import { DEFAULT_MARKET } from '../shared/markets.js';

export interface AdoptCliOptions {
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
  register?: string;
  /** `claimlint inventory`: the format the inventory is written in. */
  inventory?: string;
}

export interface AdoptIO {
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Not an option: `claimlint inventory` sets it. */
export const INVENTORY_COMMAND = 'inventory';

export function addAdoptOptions(program: Command): Command {
  return program
    .option('--suppress-all', 'record every finding in the suppressions file; later runs report only new ones')
    .option('--suppress-rule <rule>', "record this rule's findings in the suppressions file (repeatable)", (v: string, prev: string[] = []) => [...prev, v])
    .option('--prune-suppressions', 'remove suppressions that no longer match a finding')
    .option('--suppressions-location <file>', 'the suppressions file (default: claimlint-suppressions.json)')
    .option('--register <file>', 'the claims register (default: claimlint-register.json, when there is one)');
}

export class AdoptUsageError extends Error {
  override name = 'AdoptUsageError';
}

/** What a run does with the suppressions file, the register and the inventory. */
export interface Adoption {
  /** A configuration with the register's approved claims for its market. */
  configure(config: ResolvedConfig): ResolvedConfig;
  /** The results after expired approvals come back and suppressions hold findings back; writes the suppressions file when asked to. */
  finish(results: LintResult[]): Promise<LintResult[]>;
  /** The inventory of `claimlint inventory`, in its format. */
  inventory(results: readonly LintResult[], targets: readonly LintTarget[]): Promise<string>;
}

/** Undefined when the run has no suppressions file, register or option of these: nothing is loaded. */
export async function startAdoption(opts: AdoptCliOptions, io: AdoptIO, stdinName?: string): Promise<Adoption | undefined> {
  const suppressionsPath = path.resolve(io.cwd, opts.suppressionsLocation ?? 'claimlint-suppressions.json');
  const registerPath = path.resolve(io.cwd, opts.register ?? 'claimlint-register.json');
  const writing = Boolean(opts.suppressAll || opts.suppressRule?.length || opts.pruneSuppressions);
  if (!writing && !opts.inventory && !opts.suppressionsLocation && !opts.register && !existsSync(suppressionsPath) && !existsSync(registerPath)) {
    return undefined;
  }
  if (opts.suppressAll && opts.suppressRule?.length) throw new AdoptUsageError('--suppress-all and --suppress-rule cannot be used together: --suppress-all already records every rule');
  if (stdinName !== undefined && writing) throw new AdoptUsageError('--suppress-all, --suppress-rule and --prune-suppressions need files, not standard input');
  const [{ loadAdoption }, { formatSuppressions, countSuppressions }, register, inventoryModule, formats, { DataFileError }] = await Promise.all([
    import('../adopt/adoption.js'),
    import('../adopt/suppressions.js'),
    import('../adopt/register.js'),
    import('../adopt/inventory.js'),
    import('../adopt/inventory-formats.js'),
    import('../adopt/data-file.js'),
  ]);
  let inventoryFormat: (typeof formats.INVENTORY_FORMATS)[number] | undefined;
  if (opts.inventory !== undefined) {
    inventoryFormat = formats.INVENTORY_FORMATS.find((f) => f === opts.inventory);
    if (!inventoryFormat) throw new AdoptUsageError(`inventory --format: expected ${formats.INVENTORY_FORMATS.join(', ')}, got "${opts.inventory}"`);
  }
  const rel = (p: string) => path.relative(io.cwd, p) || p;
  let adoption;
  try {
    adoption = loadAdoption({ cwd: io.cwd, suppressionsFile: suppressionsPath, registerFile: registerPath, lists: rulePack.lists, today: register.today(io.env) });
  } catch (error) {
    throw error instanceof DataFileError ? new AdoptUsageError(error.message) : error;
  }
  const reg = adoption.register;
  if (opts.register && !reg) throw new AdoptUsageError(`--register: ${opts.register}: no such file`);
  const ruleFilter = opts.suppressRule?.length ? new Set(opts.suppressRule.flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean)) : undefined;
  let expired: Map<LintMessage, RegisterEntry> | undefined;
  let knownIds: Set<string> | undefined;
  return {
    configure(config) {
      const out = adoption.configure(config);
      for (const p of out.phrases) (knownIds ??= new Set(rulePack.rules.map((r) => r.meta.id))).add(p.id);
      return out;
    },
    async finish(results) {
      if (ruleFilter) {
        const ids = knownIds ?? new Set(rulePack.rules.map((r) => r.meta.id));
        for (const id of ruleFilter) if (!ids.has(id)) throw new AdoptUsageError(`--suppress-rule: unknown rule "${id}" (claimlint rules lists them)`);
      }
      const add = opts.suppressAll ? (true as const) : ruleFilter;
      const outcome = adoption.apply(results, { ...(add ? { add } : {}), ...(opts.pruneSuppressions ? { prune: true } : {}) });
      expired = outcome.expired;
      if (outcome.expired.size > 0) {
        const ids = [...new Set([...outcome.expired.values()].map((e) => e.id))];
        io.stderr(`claimlint: ${outcome.expired.size} claim(s) approved by expired entries of ${rel(registerPath)} are reported again (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''})\n`);
      }
      if (outcome.changed) {
        const { writeOutputFile, OutputFileError } = await import('../files/write-output.js');
        try {
          await writeOutputFile(suppressionsPath, formatSuppressions(outcome.table), { makeParents: true });
        } catch (error) {
          throw new AdoptUsageError(`cannot write ${rel(suppressionsPath)}: ${error instanceof OutputFileError ? error.message : String(error)}`);
        }
        const c = countSuppressions(outcome.table);
        io.stderr(`claimlint: wrote ${rel(suppressionsPath)}: ${c.findings} suppressed finding(s) in ${c.files} file(s)\n`);
      }
      if (outcome.suppressed > 0) io.stderr(`claimlint: ${outcome.suppressed} finding(s) suppressed by ${rel(suppressionsPath)} (not counted)\n`);
      if (outcome.unused.length > 0) {
        const n = outcome.unused.reduce((s, u) => s + u.unused, 0);
        io.stderr(`claimlint: ${n} suppression(s) in ${rel(suppressionsPath)} no longer match a finding; run with --prune-suppressions to remove them\n`);
        for (const u of outcome.unused.slice(0, 10)) io.stderr(`  ${u.file}: ${u.rule} "${u.claim}"${u.unused > 1 ? ` (${u.unused})` : ''}\n`);
        if (outcome.unused.length > 10) io.stderr(`  ... and ${outcome.unused.length - 10} more\n`);
      }
      return outcome.results;
    },
    async inventory(results, targets) {
      const markets = new Map(targets.map((t) => [t.file, t.config.market]));
      const inventory = await inventoryModule.inventoryOfRun({
        results,
        marketOf: (p) => markets.get(p) ?? DEFAULT_MARKET,
        cwd: io.cwd,
        ...(reg ? { register: reg } : {}),
        ...(expired ? { expired } : {}),
        generated: adoption.today,
      });
      return formats.formatInventory(inventory, inventoryFormat ?? 'csv');
    },
  };
}
