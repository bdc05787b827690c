// Compiles the active rules and the user's phrases into one matcher, once per
// configuration. Each pattern index maps back to the rule that owns it.
import type { ResolvedConfig, UserPhrase } from './config-types.js';
import { Judge, type JudgeLists } from './judge.js';
import { Matcher, type WordList } from './matcher.js';
import { PATTERN_SYNTAX } from './pattern.js';
import type { RuleDefinition } from './rule.js';
import type { Market, SeverityLevel, SeverityName } from './types.js';

export type PatternOwner =
  | { kind: 'rule'; rule: RuleDefinition; patternIndex: number }
  | { kind: 'phrase'; phrase: UserPhrase; patternIndex: number };

export interface ActiveRule {
  rule: RuleDefinition;
  severity: SeverityLevel;
  /** Market note appended to messages where the jurisdictions differ. */
  note?: string;
}

export interface RulePack {
  rules: readonly RuleDefinition[];
  lists: readonly WordList[];
  context: JudgeLists;
}

export interface CompiledRules {
  matcher: Matcher;
  owners: PatternOwner[];
  active: Map<string, ActiveRule>;
  judge: Judge;
  market: Market;
  config: ResolvedConfig;
  /** Rank of each category when two claims overlap: lower wins. */
  priority: Map<string, number>;
  /** Every rule and phrase id the config may name, active or not. */
  ruleIds: ReadonlySet<string>;
}

const LEVEL = { warn: 1, error: 2 } as const;

/** A rule's severity under a config: the config's setting, else the market's,
 * else the rule's own; rules not recommended are off unless all rules are on. */
export function effectiveSeverity(rule: RuleDefinition, config: ResolvedConfig): SeverityName {
  const setting = config.rules[rule.meta.id];
  if (setting) return setting.severity;
  if (rule.meta.recommended === false && !config.allRules) return 'off';
  return rule.meta.markets?.[config.market]?.severity ?? rule.meta.severity;
}

export function compileRules(pack: RulePack, config: ResolvedConfig): CompiledRules {
  const matcher = new Matcher(pack.lists);
  const owners: PatternOwner[] = [];
  const active = new Map<string, ActiveRule>();
  const priority = new Map<string, number>();
  pack.rules.forEach((rule, i) => priority.set(rule.meta.id, i));
  for (const rule of pack.rules) {
    const marketSetting = rule.meta.markets?.[config.market];
    const severityName = effectiveSeverity(rule, config);
    if (severityName === 'off') continue;
    const entry: ActiveRule = { rule, severity: LEVEL[severityName] };
    if (marketSetting?.note) entry.note = marketSetting.note;
    active.set(rule.meta.id, entry);
    rule.patterns.forEach((p, patternIndex) => {
      const id = matcher.add(p);
      owners[id] = { kind: 'rule', rule, patternIndex };
    });
  }
  config.phrases.forEach((phrase, order) => {
    const setting = config.rules[phrase.id];
    if (setting?.severity === 'off') return;
    priority.set(phrase.id, -1 - order);
    phrase.match.forEach((m, patternIndex) => {
      const id = PATTERN_SYNTAX.test(m) ? matcher.add(m) : matcher.addPhrase(m);
      owners[id] = { kind: 'phrase', phrase, patternIndex };
    });
  });
  const ruleIds = new Set([...pack.rules.map((r) => r.meta.id), ...config.phrases.map((p) => p.id)]);
  const judge = new Judge(pack.context, { strict: config.strict === true });
  return { matcher, owners, active, judge, market: config.market, config, priority, ruleIds };
}
