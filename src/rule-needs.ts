// What each rule's patterns need before they can match (Matcher.needs), by
// rule id, for the prefilter. Worked out by compiling the whole rule pack;
// the bundled CLI has the table written in at build time (scripts/bundle.js),
// so a run whose files the prefilter rules out compiles no pattern at all.
import type { RulePack } from './compile.js';
import { Matcher, type PatternNeeds } from './matcher.js';

/** Each rule's needs, one per pattern in the rule's order. */
export type RuleNeedsTable = Record<string, PatternNeeds[]>;

/** Set by scripts/bundle.js: the table for the bundled rule pack, as JSON. */
declare const CLAIMLINT_RULE_NEEDS: string | undefined;

const tables = new WeakMap<RulePack, RuleNeedsTable>();

export function ruleNeeds(pack: RulePack): RuleNeedsTable {
  let table = tables.get(pack);
  if (!table) {
    const written = typeof CLAIMLINT_RULE_NEEDS === 'string' ? (JSON.parse(CLAIMLINT_RULE_NEEDS) as RuleNeedsTable) : undefined;
    // The written table is the bundled pack's; another pack (a test's) is worked out.
    table = written && fits(written, pack) ? written : computeRuleNeeds(pack);
    tables.set(pack, table);
  }
  return table;
}

function fits(table: RuleNeedsTable, pack: RulePack): boolean {
  return pack.rules.every((r) => table[r.meta.id]?.length === r.patterns.length) && Object.keys(table).length === pack.rules.length;
}

/** Compiles every pattern of the pack, switched on or not, and reads off their needs. */
export function computeRuleNeeds(pack: RulePack): RuleNeedsTable {
  const matcher = new Matcher(pack.lists);
  const owners: Array<{ rule: string; index: number }> = [];
  for (const rule of pack.rules) {
    rule.patterns.forEach((p, index) => {
      owners[matcher.add(p)] = { rule: rule.meta.id, index };
    });
  }
  const table: RuleNeedsTable = Object.fromEntries(pack.rules.map((r) => [r.meta.id, []]));
  for (const n of matcher.needs()) {
    const { rule, index } = owners[n.pattern]!;
    table[rule]![index] = { ...n, pattern: index };
  }
  return table;
}
