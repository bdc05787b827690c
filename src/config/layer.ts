// One config file (or preset) after validation: the settings it makes for
// every file, the ones it makes for some files, and what it ignores.
import type { ApprovedClaim, FrontmatterKeys, MdxOptions, RuleSetting, UserPhrase } from '../shared/resolved-config.js';
import type { SeverityName } from '../shared/severity.js';
import type { Market } from '../shared/markets.js';

export interface RuleEntry {
  /** A rule or phrase id, or "*" for all of them. */
  id: string;
  setting: RuleSetting;
}

/** Settings as one config object makes them; undefined means "not said". */
export interface Layer {
  market?: Market;
  strict?: boolean;
  allRules?: boolean;
  /** In the order they apply: "*" before specific ids. */
  rules: RuleEntry[];
  phrases: UserPhrase[];
  approved: ApprovedClaim[];
  reportUnusedDirectives?: SeverityName;
  frontmatter?: FrontmatterKeys;
  mdx?: MdxOptions;
}

export interface Override {
  files: string[];
  layer: Layer;
}

export interface ConfigUnit {
  /** The file as messages name it, or the preset's name. */
  name: string;
  /** Globs in `ignores` and `overrides[].files` are relative to this directory. */
  dir: string;
  base: Layer;
  overrides: Override[];
  ignores: string[];
}

export function emptyLayer(): Layer {
  return { rules: [], phrases: [], approved: [] };
}
