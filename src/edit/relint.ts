// Lints a rewritten sentence again under every rule: the built-in rules at
// their defaults, all of them on, with the team's own phrases, whatever the
// configuration switched off. A rewrite must not bring in a phrase that any
// rule flags, reported here or not.
import { compiledFor, type CompiledRules } from '../judge/compile.js';
import { findClaims } from '../judge/find-claims.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import type { Relint } from './sentence.js';

const everyRule = new WeakMap<ResolvedConfig, ResolvedConfig>();

/** The configuration a rewrite is checked under: every rule on, the config's market, phrases and strictness. */
function checkConfig(config: ResolvedConfig): ResolvedConfig {
  let c = everyRule.get(config);
  if (!c) {
    c = { market: config.market, rules: {}, phrases: config.phrases, approved: [], allRules: true, ...(config.strict ? { strict: true } : {}) };
    everyRule.set(config, c);
  }
  return c;
}

export function relintFor(compiled: CompiledRules): Relint {
  const all = compiledFor(compiled.pack, checkConfig(compiled.config));
  return (sentence, block) => findClaims(all, sentence, block);
}
