// The resolved configuration the linter runs with, after presets, markets and
// overrides are applied. How a file on disk becomes this lives in config/.
import type { Market, SeverityName } from './types.js';

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
}

export interface ResolvedConfig {
  market: Market;
  /** Every known rule id appears here; missing means the rule's default. */
  rules: Readonly<Record<string, RuleSetting>>;
  phrases: readonly UserPhrase[];
  approved: readonly ApprovedClaim[];
  /** Narrower hedges, as in the strict preset. */
  strict?: boolean;
  /** Which front matter values are copy, as key patterns (`**.description`, `faq.*.answer`, `!**.icon`).
   * `include` lists the only keys linted; `exclude` keys never linted. */
  frontmatter?: { include?: readonly string[]; exclude?: readonly string[] };
  /** MDX: JSX attributes whose string values are copy (default `title`, `description`, `alt`, `label`). */
  mdx?: { attributes?: readonly string[] };
}

export const DEFAULT_CONFIG: ResolvedConfig = { market: 'us', rules: {}, phrases: [], approved: [] };
