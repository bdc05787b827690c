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
  const basis = policy?.basis ?? basisFor(meta.source.name, market);
  return { reason, basis, help: `Why: ${reason}. Legal basis: ${basis}.`, helpUri: meta.source.url };
}

// Which law a part of a rule's mixed source belongs to ("CAP Code 3.1; FTC Act
// s.5; Reg. (EU) 655/2013"): a US finding should not give a UK code as its
// basis when the source names a US one too.
const JURISDICTION: Record<Market, RegExp> = {
  us: /\b(FDA|FTC|FD&C|CFR|U\.S\.)/,
  uk: /\b(CAP|ASA|MHRA|UK|Human Medicines)\b/,
  eu: /\b(EU|EC|Directive|Reg\.)/,
};

/** The parts of a rule's source that are the market's law, or all of it when none is. */
export function basisFor(source: string, market: Market): string {
  const parts = source.split(';').map((p) => p.trim()).filter(Boolean);
  const own = parts.filter((p) => JURISDICTION[market].test(p));
  return own.length > 0 ? own.join('; ') : source;
}
