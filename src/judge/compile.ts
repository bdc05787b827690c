// Compiles the active rules and the user's phrases into one matcher, once per
// configuration. Each pattern index maps back to the rule that owns it.
import type { ResolvedConfig, UserPhrase } from '../shared/resolved-config.js';
import { Judge, type JudgeLists } from './clearances.js';
import { Matcher, type WordList } from '../match/matcher.js';
import type { MarketPolicy, RuleDefinition } from './rule.js';
import { levelOf, phraseSeverity, ruleSeverity, type SeverityLevel } from '../shared/severity.js';
import type { Market } from '../shared/markets.js';
import { ruleHelp } from './help.js';

export type PatternOwner =
  | { kind: 'rule'; rule: RuleDefinition; patternIndex: number }
  | { kind: 'phrase'; phrase: UserPhrase; patternIndex: number; severity: SeverityLevel };

export interface ActiveRule {
  rule: RuleDefinition;
  severity: SeverityLevel;
  /** The market's policy for the rule ({} where it has none). */
  policy: MarketPolicy;
  /** Why, in plain words: the market's reason, else the rule's. */
  reason: string;
  /** What to do instead: the market's advice, else the rule's. */
  advice?: string;
  /** The reason and legal basis in one line, and where to read the basis: each finding carries them. */
  help: string;
  helpUri: string;
}

export interface RulePack {
  rules: readonly RuleDefinition[];
  lists: readonly WordList[];
  context: JudgeLists;
}

export interface CompiledRules {
  readonly matcher: Matcher;
  readonly owners: PatternOwner[];
  readonly pack: RulePack;
  active: Map<string, ActiveRule>;
  readonly judge: Judge;
  market: Market;
  config: ResolvedConfig;
  /** Rank of each category when two claims overlap: lower wins. */
  priority: Map<string, number>;
  /** Every rule and phrase id the config may name, active or not. */
  ruleIds: ReadonlySet<string>;
}


// Compiled once per rule pack and configuration object.
const compiledCache = new WeakMap<RulePack, WeakMap<ResolvedConfig, CompiledRules>>();

/** The compiled rules for a pack under a configuration, made once per pair. */
export function compiledFor(pack: RulePack, config: ResolvedConfig): CompiledRules {
  let byConfig = compiledCache.get(pack);
  if (!byConfig) compiledCache.set(pack, (byConfig = new WeakMap()));
  let c = byConfig.get(config);
  if (!c) byConfig.set(config, (c = compileRules(pack, config)));
  return c;
}

/** Compiles lazily: the matcher and the judge are built on first use, so a
 * run whose files the prefilter rules out (src/prefilter.ts, which reads
 * `active` and `pack` only) never builds them. */
export function compileRules(pack: RulePack, config: ResolvedConfig): CompiledRules {
  const active = new Map<string, ActiveRule>();
  const priority = new Map<string, number>();
  pack.rules.forEach((rule, i) => priority.set(rule.meta.id, i));
  for (const rule of pack.rules) {
    const marketSetting = rule.meta.markets?.[config.market];
    const severityName = ruleSeverity(rule.meta, config);
    if (severityName === 'off') continue;
    const policy = marketSetting ?? {};
    const { reason, help, helpUri } = ruleHelp(rule.meta, config.market);
    const entry: ActiveRule = { rule, severity: levelOf(severityName), policy, reason, help, helpUri };
    const advice = policy.advice ?? rule.meta.advice;
    if (advice) entry.advice = advice;
    active.set(rule.meta.id, entry);
  }
  activePhrases(config).forEach((phrase, order) => priority.set(phrase.id, -1 - order));
  const ruleIds = new Set([...pack.rules.map((r) => r.meta.id), ...config.phrases.map((p) => p.id)]);
  let built: Built | undefined;
  let judge: Judge | undefined;
  return {
    get matcher() {
      return (built ??= builtFor(pack, config, active)).matcher;
    },
    get owners() {
      return (built ??= builtFor(pack, config, active)).owners;
    },
    get judge() {
      return (judge ??= judgeFor(pack, config.strict === true));
    },
    pack,
    active,
    market: config.market,
    config,
    priority,
    ruleIds,
  };
}

interface Built {
  matcher: Matcher;
  owners: PatternOwner[];
}

// Matchers and judges are shared by the configurations that compile the same
// ones: a run checks each rewrite under every rule (src/edit/relint.ts), and
// under the recommended configuration those are the rules it compiled
// already. A matcher is read only once built.
const builtCache = new WeakMap<RulePack, WeakMap<readonly UserPhrase[], Map<string, Built>>>();
const judgeCache = new WeakMap<RulePack, Map<boolean, Judge>>();

/** The matcher of the active rules' patterns and the active phrases, and the owner of each pattern. */
function builtFor(pack: RulePack, config: ResolvedConfig, active: ReadonlyMap<string, ActiveRule>): Built {
  let byPhrases = builtCache.get(pack);
  if (!byPhrases) builtCache.set(pack, (byPhrases = new WeakMap()));
  let byKey = byPhrases.get(config.phrases);
  if (!byKey) byPhrases.set(config.phrases, (byKey = new Map()));
  const phraseLevel = (phrase: UserPhrase) => levelOf(phraseSeverity(phrase, config) === 'error' ? 'error' : 'warn');
  // What the matcher and the owners are made of: the rules in pack order, the phrases with their severities.
  const key = JSON.stringify([[...active.keys()], activePhrases(config).map((phrase) => [phrase.id, phraseLevel(phrase)])]);
  let built = byKey.get(key);
  if (!built) {
    const matcher = new Matcher(pack.lists);
    const owners: PatternOwner[] = [];
    for (const { rule } of active.values()) {
      rule.patterns.forEach((p, patternIndex) => {
        owners[matcher.add(p)] = { kind: 'rule', rule, patternIndex };
      });
    }
    addPhrases(matcher, config, (id, phrase, patternIndex) => {
      owners[id] = { kind: 'phrase', phrase, patternIndex, severity: phraseLevel(phrase) };
    });
    byKey.set(key, (built = { matcher, owners }));
  }
  return built;
}

function judgeFor(pack: RulePack, strict: boolean): Judge {
  let byStrict = judgeCache.get(pack);
  if (!byStrict) judgeCache.set(pack, (byStrict = new Map()));
  let judge = byStrict.get(strict);
  if (!judge) byStrict.set(strict, (judge = new Judge(pack.context, { strict })));
  return judge;
}

/** The user's phrases that are not switched off, in order. */
function activePhrases(config: ResolvedConfig): UserPhrase[] {
  return config.phrases.filter((phrase) => config.rules[phrase.id]?.severity !== 'off');
}

/** Adds the active user phrases to `matcher`; `added` hears each pattern's index. */
export function addPhrases(matcher: Matcher, config: ResolvedConfig, added: (id: number, phrase: UserPhrase, patternIndex: number) => void): void {
  for (const phrase of activePhrases(config)) {
    phrase.match.forEach((m, patternIndex) => {
      added(matcher.addPhraseOrPattern(m), phrase, patternIndex);
    });
  }
}
