// What a config may name: the rule pack's rule ids and word lists.
import type { RulePack } from '../judge/compile.js';
import type { Known } from './normalize.js';

export function knownIn(pack: RulePack): Known {
  return { ruleIds: pack.rules.map((r) => r.meta.id), lists: pack.lists };
}
