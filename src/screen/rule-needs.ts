// What each rule's patterns need before they can match (Matcher.needs), by
// rule id, for the prefilter. Worked out by compiling the whole rule pack;
// the bundled CLI has the table written in at build time (scripts/bundle.js),
// so a run whose files the prefilter rules out compiles no pattern at all.
import type { RulePack } from '../judge/compile.js';
import { ruleNeedsJson } from '../shared/build-constants.js';
import { Matcher, type Need, type PatternNeeds } from '../match/matcher.js';

/** Each rule's needs, one per pattern in the rule's order. */
export type RuleNeedsTable = Record<string, PatternNeeds[]>;

const tables = new WeakMap<RulePack, RuleNeedsTable>();

export function ruleNeeds(pack: RulePack): RuleNeedsTable {
  let table = tables.get(pack);
  if (!table) {
    const json = ruleNeedsJson();
    const written = json === undefined ? undefined : decodeRuleNeeds(json);
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
    table[rule]![index] = { ...n, pattern: index, anchor: anchorKeys(n.needs) };
  }
  return table;
}

/** The table as JSON, each distinct need written once: word lists recur in
 * many patterns, and the bundle parses this on every run. */
export function encodeRuleNeeds(table: RuleNeedsTable): string {
  const index = new Map<string, number>();
  const rules: Record<string, Array<{ span: number; comma: boolean; needs: number[]; anchor: readonly string[] }>> = {};
  for (const [id, patterns] of Object.entries(table)) {
    rules[id] = patterns.map((p) => ({
      span: p.span,
      comma: p.comma,
      anchor: p.anchor ?? anchorKeys(p.needs),
      needs: p.needs.map((n) => {
        const key = JSON.stringify(n);
        let i = index.get(key);
        if (i === undefined) index.set(key, (i = index.size));
        return i;
      }),
    }));
  }
  return JSON.stringify({ needs: [...index.keys()].map((k) => JSON.parse(k) as Need), rules });
}

export function decodeRuleNeeds(json: string): RuleNeedsTable {
  const { needs, rules } = JSON.parse(json) as {
    needs: Need[];
    rules: Record<string, Array<{ span: number; comma: boolean; needs: number[]; anchor: string[] }>>;
  };
  const table: RuleNeedsTable = {};
  for (const [id, patterns] of Object.entries(rules)) {
    table[id] = patterns.map((p, pattern) => ({ pattern, span: p.span, comma: p.comma, anchor: p.anchor, needs: p.needs.map((i) => needs[i]!) }));
  }
  return table;
}

/** The keys the prefilter indexes a pattern by: those of its anchor, the
 * need most likely to be absent from a text (long keys are rare words, few
 * entries few chances), one key per entry (its longest). */
export function anchorKeys(needs: readonly Need[]): string[] {
  let best: Need | undefined;
  let bestScore = -Infinity;
  for (const need of needs) {
    const shortest = need.reduce((n, entry) => Math.min(n, longest(entry).length), Infinity);
    const score = shortest * 1000 - need.length;
    if (score > bestScore) {
      best = need;
      bestScore = score;
    }
  }
  return best ? [...new Set(best.map(longest))] : [];
}

/** The key of an entry most likely to be absent: long words are the rare ones. */
function longest(entry: readonly string[]): string {
  return entry.reduce((a, b) => (b.length > a.length ? b : a));
}
