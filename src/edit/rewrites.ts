// The rewrites offered for a reported claim, worded only once the claim is
// known to be reported: a built-in rule words its own; a user phrase's
// suggestions replace the claim's words.
import type { FoundClaim } from '../judge/find-claims.js';
import type { Rewrite } from '../judge/rule.js';
import { replaceClaim } from './rewrite.js';

export interface Rewrites {
  rewrites: Rewrite[];
  /** Whether --fix may apply the single rewrite on its own. */
  fixable: boolean;
}

export function rewritesFor(found: FoundClaim): Rewrites {
  // A claim through a list spans other items' words: a rewrite of its words would rewrite theirs.
  if (found.throughList) return { rewrites: [], fixable: false };
  if (found.by.kind === 'phrase') {
    const rewrites = (found.by.phrase.suggest ?? []).map((s) => replaceClaim(found.claim, undefined, s));
    return { rewrites, fixable: rewrites.length === 1 };
  }
  const { rule } = found.by;
  const rewrites = rule.suggest?.(found.claim) ?? [];
  return { rewrites, fixable: rule.meta.fixable && rewrites.length === 1 };
}
