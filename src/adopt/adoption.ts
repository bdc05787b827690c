// What a team decided about its findings, applied to a run: the claims
// register's approvals go into each file's configuration before it is
// linted, and after linting, approvals past their review date come back as
// warnings and the suppressions file holds existing findings back. The one
// code path for the command line (src/cli/adopt-options.ts, which adds its
// messages and writes the suppressions file), the language server and the
// library, so a document reads the same in all three.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LintMessage, LintResult } from '../shared/lint-result.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import type { WordList } from '../match/matcher.js';
import { expireApprovals, readRegister, registerConfigurer, REGISTER_FILE, today } from './register.js';
import { applySuppressions, readSuppressions, SUPPRESSIONS_FILE } from './suppressions.js';
import type { Register, RegisterEntry, SuppressionTable, SuppressOutcome } from './types.js';

export interface AdoptionOptions {
  /** The folder the files are found in, and relative paths resolve against. */
  cwd: string;
  /** The suppressions file (default claimlint-suppressions.json in `cwd`). */
  suppressionsFile?: string;
  /** The claims register (default claimlint-register.json in `cwd`). */
  registerFile?: string;
  /** The word lists the register's patterns may name (the rule pack's). */
  lists: readonly WordList[];
  /** The day review dates are held against, YYYY-MM-DD; default today (UTC, or CLAIMLINT_TODAY). */
  today?: string;
}

export interface ApplyOptions {
  /** Record the findings not yet suppressed: of every rule (`true`), or of these rules. */
  add?: true | ReadonlySet<string>;
  /** Lower counts to what still matches, and drop files that no longer exist. */
  prune?: boolean;
  /** Whether a file exists (for pruning); default: on disk. */
  exists?: (absolutePath: string) => boolean;
}

export interface AdoptionOutcome extends SuppressOutcome {
  /** The findings reported again because the register entry approving them expired, and that entry. */
  expired: Map<LintMessage, RegisterEntry>;
}

export interface Adoption {
  readonly suppressionsPath: string;
  readonly registerPath: string;
  /** The register, when there is one. */
  readonly register: Register | undefined;
  /** The suppressions, empty when there is no file. */
  readonly suppressions: SuppressionTable;
  /** The day review dates are held against. */
  readonly today: string;
  /** A file's configuration with the register's approved claims for its market (one object per configuration). */
  configure(config: ResolvedConfig): ResolvedConfig;
  /** Results of files linted with `configure`d configurations, as the team's files make them. */
  apply(results: readonly LintResult[], options?: ApplyOptions): AdoptionOutcome;
}

/** Reads the suppressions file and the register (either may be absent). Throws
 * DataFileError, a message naming the file and line, for a file that is not right. */
export function loadAdoption(options: AdoptionOptions): Adoption {
  const suppressionsPath = path.resolve(options.cwd, options.suppressionsFile ?? SUPPRESSIONS_FILE);
  const registerPath = path.resolve(options.cwd, options.registerFile ?? REGISTER_FILE);
  const rel = (p: string) => path.relative(options.cwd, p) || p;
  const register = readRegister(registerPath, rel(registerPath), options.lists);
  const suppressions = readSuppressions(suppressionsPath, rel(suppressionsPath));
  const configure = register ? registerConfigurer(register) : (config: ResolvedConfig) => config;
  const on = options.today ?? today(process.env);
  return {
    suppressionsPath,
    registerPath,
    register,
    suppressions,
    today: on,
    configure,
    apply(results, applyOptions = {}) {
      let out: readonly LintResult[] = results;
      let expired = new Map<LintMessage, RegisterEntry>();
      if (register) ({ results: out, expired } = expireApprovals(results, register, on));
      const outcome = applySuppressions(out, suppressions, {
        location: suppressionsPath,
        ...(applyOptions.add ? { add: applyOptions.add } : {}),
        ...(applyOptions.prune ? { prune: true } : {}),
        exists: applyOptions.exists ?? existsSync,
      });
      return { ...outcome, expired };
    },
  };
}
