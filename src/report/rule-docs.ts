// What the rules are, for people and for reports: `claimlint rules`,
// `--rule-docs RULE`, and the rule table that SARIF and the Markdown report
// link from. Severities are the ones in effect for the given configuration.
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { phraseSeverity, ruleSeverity } from '../shared/severity.js';
import type { RuleSummary } from './formatters/formatter.js';
import type { RuleDefinition } from '../judge/rule.js';
import { MARKETS, type Market } from '../shared/markets.js';
import { ruleHelp } from '../judge/help.js';


/** Every built-in rule and every user phrase, keyed by id. */
export function ruleSummaries(config: ResolvedConfig, rules: readonly RuleDefinition[]): Record<string, RuleSummary> {
  const out: Record<string, RuleSummary> = {};
  for (const rule of rules) {
    const summary: RuleSummary = {
      description: rule.meta.description,
      severity: ruleSeverity(rule.meta, config),
      source: { name: rule.meta.source.name, url: rule.meta.source.url },
      category: rule.meta.category,
    };
    const policy = rule.meta.markets?.[config.market];
    const advice = policy?.advice ?? rule.meta.advice;
    if (advice) summary.advice = advice;
    const { reason, basis, help } = ruleHelp(rule.meta, config.market);
    Object.assign(summary, { reason, basis, help });
    out[rule.meta.id] = summary;
  }
  for (const phrase of config.phrases) {
    const summary: RuleSummary = { description: phrase.message, severity: phraseSeverity(phrase, config) };
    if (phrase.category) summary.category = phrase.category;
    out[phrase.id] = summary;
  }
  return out;
}

export function findRule(id: string, rules: readonly RuleDefinition[]): RuleDefinition | undefined {
  return rules.find((r) => r.meta.id === id);
}

/** One entry per rule: id, severity, description, and the source under it;
 * where the market's policy differs from the rule's default, what differs. */
export function formatRuleList(config: ResolvedConfig, rules: readonly RuleDefinition[]): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  const indent = ' '.repeat(width + 2 + 5 + 2);
  let out = '';
  for (const rule of rules) {
    const severity = ruleSeverity(rule.meta, config).padEnd(5);
    out += `${rule.meta.id.padEnd(width)}  ${severity}  ${rule.meta.description}\n`;
    const policy = rule.meta.markets?.[config.market];
    if (policy) out += `${indent}${config.market}: ${marketDifference(rule, config.market)}\n`;
    out += `${indent}source: ${policy?.basis ?? rule.meta.source.name} <${rule.meta.source.url}>\n`;
  }
  out += `\n${rules.length} rules (severities for market "${config.market}"). Details of one: claimlint --rule-docs RULE\n`;
  return out;
}

/** What a market changes about a rule, in one line. */
export function marketDifference(rule: RuleDefinition, market: Market): string {
  const policy = rule.meta.markets?.[market];
  if (!policy) return 'as by default';
  const parts: string[] = [];
  if (policy.severity && policy.severity !== rule.meta.severity) parts.push(policy.severity === 'off' ? 'does not apply' : `${policy.severity} (default ${rule.meta.severity})`);
  if (policy.reports === 'claims') parts.push('naming it is fine; only claims about it are reported');
  if (policy.once === 'first-per-document') parts.push('reported once per document for each thing named, at its first mention');
  if (policy.reason) parts.push(`why: ${policy.reason}`);
  return parts.join('; ');
}

/** Everything a writer needs to know about one rule, with its own examples. */
export function formatRuleDoc(rule: RuleDefinition): string {
  const { meta } = rule;
  const lines = [
    `${meta.id} (${meta.category})`,
    '',
    meta.description,
    `Why: ${meta.reason}.`,
    '',
    `Default severity: ${meta.severity}`,
    `Fixable: ${meta.fixable ? 'yes (--fix applies the single safe rewrite)' : 'no'}`,
    `Legal basis: ${meta.source.name}`,
    `        ${meta.source.url}`,
  ];
  if (meta.advice) lines.push(`Advice: ${meta.advice}`);
  const markets = MARKETS.filter((m) => meta.markets?.[m]);
  if (markets.length > 0) {
    lines.push('', 'By market:');
    for (const market of markets) {
      const policy = meta.markets![market]!;
      lines.push(`  ${market}: ${policy.severity ?? meta.severity}; ${marketDifference(rule, market)}`);
      if (policy.basis) lines.push(`      legal basis: ${policy.basis}`);
      if (policy.advice) lines.push(`      advice: ${policy.advice}`);
    }
  }
  lines.push('', 'Reported:');
  for (const ex of rule.examples.invalid) {
    lines.push(`  \u2717 ${ex.text}`);
    if (ex.output) lines.push(`    \u2192 ${ex.output}`);
  }
  lines.push('', 'Not reported:');
  for (const text of rule.examples.valid) lines.push(`  \u2713 ${text}`);
  return lines.join('\n') + '\n';
}

export function ruleListJson(config: ResolvedConfig, rules: readonly RuleDefinition[]): string {
  const list = rules.map((r) => ({
    id: r.meta.id,
    category: r.meta.category,
    description: r.meta.description,
    severity: ruleSeverity(r.meta, config),
    defaultSeverity: r.meta.severity,
    fixable: r.meta.fixable,
    source: r.meta.source,
    // As each finding of the rule carries them.
    ...ruleHelp(r.meta, config.market),
    ...(r.meta.markets?.[config.market] ? { market: { [config.market]: marketDifference(r, config.market) } } : {}),
  }));
  return JSON.stringify(list, null, 2) + '\n';
}

