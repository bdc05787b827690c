// What a finding of a rule says beyond its first line, for one market: the
// reason, the legal basis and the link. One home for it, so the JSON of a
// finding, `claimlint rules --format json`, SARIF's rule table and the
// editors' links all carry the same words.
import type { Market } from '../shared/markets.js';
import type { RuleMeta } from './rule.js';

export interface RuleHelp {
  /** Why, in plain words: the market's reason, else the rule's. */
  reason: string;
  /** The legal basis (statute, code clause, ruling): the market's, else the rule's source. */
  basis: string;
  /** One line: the reason and the legal basis. */
  help: string;
  /** Where the legal basis can be read. */
  helpUri: string;
}

export function ruleHelp(meta: RuleMeta, market: Market): RuleHelp {
  const policy = meta.markets?.[market];
  const reason = policy?.reason ?? meta.reason;
  const basis = policy?.basis ?? meta.source.name;
  return { reason, basis, help: `Why: ${reason}. Legal basis: ${basis}.`, helpUri: meta.source.url };
}
