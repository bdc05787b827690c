// What the rules are, for people and for reports: `claimlint rules`,
// `--rule-docs RULE`, and the rule table that SARIF and the Markdown report
// link from. Severities are the ones in effect for the given configuration.
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { phraseSeverity, ruleSeverity } from '../shared/severity.js';
import type { RuleSummary } from './formatters/formatter.js';
import type { RuleDefinition } from '../judge/rule.js';


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
    if (rule.meta.advice) summary.advice = rule.meta.advice;
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

/** One entry per rule: id, severity, description, and the source under it. */
export function formatRuleList(config: ResolvedConfig, rules: readonly RuleDefinition[]): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  const indent = ' '.repeat(width + 2 + 5 + 2);
  let out = '';
  for (const rule of rules) {
    const severity = ruleSeverity(rule.meta, config).padEnd(5);
    out += `${rule.meta.id.padEnd(width)}  ${severity}  ${rule.meta.description}\n`;
    out += `${indent}source: ${rule.meta.source.name} <${rule.meta.source.url}>\n`;
  }
  out += `\n${rules.length} rules (severities for market "${config.market}"). Details of one: claimlint --rule-docs RULE\n`;
  return out;
}

/** Everything a writer needs to know about one rule, with its own examples. */
export function formatRuleDoc(rule: RuleDefinition): string {
  const { meta } = rule;
  const markets = Object.entries(meta.markets ?? {})
    .map(([market, m]) => `${market}: ${m?.severity ?? meta.severity}${m?.note ? ` (${m.note})` : ''}`)
    .join('; ');
  const lines = [
    `${meta.id} (${meta.category})`,
    '',
    meta.description,
    '',
    `Default severity: ${meta.severity}${markets ? `; by market: ${markets}` : ''}`,
    `Fixable: ${meta.fixable ? 'yes (--fix applies the single safe rewrite)' : 'no'}`,
    `Source: ${meta.source.name}`,
    `        ${meta.source.url}`,
  ];
  if (meta.advice) lines.push(`Advice: ${meta.advice}`);
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
  }));
  return JSON.stringify(list, null, 2) + '\n';
}

