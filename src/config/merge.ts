// Folds the layers that apply to one file, in order, into the ResolvedConfig
// the engine runs with. Later layers win; "*" resets every earlier setting.
import type { ApprovedClaim, ResolvedConfig, RuleSetting, UserPhrase } from '../shared/resolved-config.js';
import type { Layer } from './layer.js';

export function mergeLayers(layers: readonly Layer[], builtInIds: readonly string[]): ResolvedConfig {
  const config: ResolvedConfig = { market: 'us', rules: {}, phrases: [], approved: [] };
  let wildcard: RuleSetting | undefined;
  const explicit = new Map<string, RuleSetting>();
  const phrases = new Map<string, UserPhrase>();
  const approved = new Map<string, ApprovedClaim>();
  for (const layer of layers) {
    if (layer.market !== undefined) config.market = layer.market;
    if (layer.strict !== undefined) config.strict = layer.strict;
    if (layer.allRules !== undefined) config.allRules = layer.allRules;
    if (layer.reportUnusedDirectives !== undefined) config.reportUnusedDirectives = layer.reportUnusedDirectives;
    if (layer.frontmatter !== undefined) config.frontmatter = layer.frontmatter;
    if (layer.mdx !== undefined) config.mdx = layer.mdx;
    for (const { id, setting } of layer.rules) {
      if (id === '*') {
        wildcard = setting;
        explicit.clear();
      } else {
        explicit.set(id, setting);
      }
    }
    // A phrase defined again (say, in an override) replaces the earlier one.
    for (const p of layer.phrases) phrases.set(p.id, p);
    for (const a of layer.approved) approved.set(`${a.claim}\u0000${a.evidence}`, a);
  }
  const rules: Record<string, RuleSetting> = {};
  for (const id of [...builtInIds, ...phrases.keys()]) {
    const setting = explicit.get(id) ?? wildcard;
    if (setting) rules[id] = setting;
  }
  config.rules = rules;
  // A phrase's own severity is its default; a setting in `rules` wins.
  config.phrases = [...phrases.values()].map((p) => {
    const set = rules[p.id]?.severity;
    return set && set !== 'off' && set !== p.severity ? { ...p, severity: set } : p;
  });
  config.approved = [...approved.values()];
  return config;
}
