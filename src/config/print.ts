// What --print-config shows: the config that lints one file, with every
// rule's effective severity spelled out (after presets, market and overrides).
import { phraseSeverity, ruleSeverity } from '../shared/severity.js';
import type { RuleDefinition } from '../judge/rule.js';
import { displayPath } from './errors.js';
import type { FileConfig } from './resolve.js';

export function describeFileConfig(file: string, fc: FileConfig, cwd: string, ruleDefs: readonly RuleDefinition[]): Record<string, unknown> {
  const { config } = fc;
  const show = (severity: string, options?: Readonly<Record<string, unknown>>) => (options ? [severity, options] : severity);
  const rules: Record<string, unknown> = {};
  for (const rule of ruleDefs) rules[rule.meta.id] = show(ruleSeverity(rule.meta, config), config.rules[rule.meta.id]?.options);
  for (const p of config.phrases) rules[p.id] = show(phraseSeverity(p, config), config.rules[p.id]?.options);
  return {
    file: displayPath(file, cwd),
    configFile: fc.configFile ? displayPath(fc.configFile, cwd) : null,
    ignored: fc.ignored,
    market: config.market,
    strict: config.strict === true,
    rules,
    phrases: config.phrases,
    approved: config.approved,
    reportUnusedDirectives: config.reportUnusedDirectives ?? 'off',
    ...(config.frontmatter ? { frontmatter: config.frontmatter } : {}),
    ...(config.mdx ? { mdx: config.mdx } : {}),
  };
}
