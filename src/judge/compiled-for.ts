// The compiled rule pack for a configuration, made once per configuration
// object (compiling is itself lazy: see compileRules).
import { compileRules, type CompiledRules } from './compile.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { rulePack } from '../../rules/index.js';

const compiledCache = new WeakMap<ResolvedConfig, CompiledRules>();

export function compiledFor(config: ResolvedConfig): CompiledRules {
  let c = compiledCache.get(config);
  if (!c) {
    c = compileRules(rulePack, config);
    compiledCache.set(config, c);
  }
  return c;
}
