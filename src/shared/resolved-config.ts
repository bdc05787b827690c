// The resolved configuration the linter runs with, after presets, markets and
// overrides are applied. How a file on disk becomes this lives in config/.
import { DEFAULT_MARKET, type Market } from './markets.js';
import type { SeverityName } from './severity.js';

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

export interface ResolvedConfig {
  market: Market;
  /** Rules and phrases the config sets; a missing id runs at its default (market, then rule). */
  rules: Readonly<Record<string, RuleSetting>>;
  phrases: readonly UserPhrase[];
  approved: readonly ApprovedClaim[];
  /** Narrower hedges, as in the strict preset. */
  strict?: boolean;
  /** Rules marked `recommended: false` are on too (claimlint:all). */
  allRules?: boolean;
  /** Severity for directives that silenced nothing; off when absent. */
  reportUnusedDirectives?: SeverityName;
  frontmatter?: FrontmatterKeys;
  /** MDX: JSX attributes whose string values are copy (default `title`, `description`, `alt`, `label`). */
  mdx?: MdxOptions;
}

export const DEFAULT_CONFIG: ResolvedConfig = { market: DEFAULT_MARKET, rules: {}, phrases: [], approved: [] };
