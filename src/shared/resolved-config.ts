// The resolved configuration the linter runs with, after presets, markets and
// overrides are applied. How a file on disk becomes this lives in config/.
import { DEFAULT_MARKET, type Market } from './markets.js';
import type { SeverityName } from './severity.js';
import type { FileBudget } from './limits.js';

export interface RuleSetting {
  severity: SeverityName;
  options?: Readonly<Record<string, unknown>>;
}

/** A team's own phrase, written without code. */
export interface UserPhrase {
  id: string;
  match: string[];
  message: string;
  suggest?: string[];
  severity?: Exclude<SeverityName, 'off'>;
  category?: string;
}

/** A claim the team holds evidence for: matching findings are not reported. */
export interface ApprovedClaim {
  claim: string;
  evidence: string;
  /** The claims register entry this claim comes from (src/adopt/register.ts); config claims have none. */
  entry?: string;
}

/** Front matter key patterns ("title", "**.description", "faq.*.answer", "!**.icon"):
 * `include` lists the only keys linted, `exclude` keys never linted. */
export interface FrontmatterKeys {
  include?: string[];
  exclude?: string[];
}

export interface MdxOptions {
  attributes?: string[];
}

/**
 * The configuration a file is linted with. Its keys are declared once, in the
 * key table (`KEYS` in src/config/keys.ts), which fills this interface in by
 * declaration merging: each setting's value type is the one its `merge`
 * gives, required where the entry says `always: true`, optional otherwise.
 * Stages below config/ read it from here without importing config/; the key
 * table's descriptions say what each key means.
 */
export interface ResolvedConfig extends RunSettings {}

/** What the command line (or the library's options) set for a run over every
 * config, and no config file can: not keys of the key table. They ride on
 * the config so that they reach every place a file is linted (worker
 * threads, `--fix`) and are part of the cache's config hash. */
export interface RunSettings {
  /** One file's budget (src/shared/limits.ts), as `--max-file-findings` and
   * `--max-file-checked-chars` set it: a config committed in an untrusted
   * pull request must not be able to lift a safety bound. A bigger budget
   * may give a result where a smaller one said `too large to lint`, so the
   * cache must tell them apart. */
  fileBudget?: FileBudget;
}

export const DEFAULT_CONFIG: ResolvedConfig = { market: DEFAULT_MARKET, rules: {}, phrases: [], approved: [] };
