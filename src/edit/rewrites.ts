// The rewrites offered for reported claims, worded only once the claims are
// known to be reported, a sentence at a time (sentence.ts): the claims one
// sentence reports are rewritten together, and only a result that lints
// clean under every rule is offered.
import type { FoundClaim } from '../judge/find-claims.js';
import type { FileText } from '../judge/clearances.js';
import type { ProseBlock } from '../prose/project.js';
import type { Sentence } from '../text/sentences.js';
import { planSentence, type ClaimRewrites, type Relint } from './sentence.js';

export type { ClaimRewrites, SentenceRewrite } from './sentence.js';

export interface ClaimInSentence {
  found: FoundClaim;
  block: ProseBlock;
  sentence: Sentence;
}

/** Rewrites for each reported claim, planned per sentence; `around` is the
 * whole file's text, as the claims were found with (see BlockFacts). */
export function planRewrites(claims: readonly ClaimInSentence[], relint: Relint, around?: FileText): Map<FoundClaim, ClaimRewrites> {
  const bySentence = new Map<ProseBlock, Map<number, ClaimInSentence[]>>();
  for (const c of claims) {
    let inBlock = bySentence.get(c.block);
    if (!inBlock) bySentence.set(c.block, (inBlock = new Map()));
    // A list item's claims read through its lead-in share the item's first sentence: one group.
    const group = inBlock.get(c.sentence.end) ?? [];
    group.push(c);
    inBlock.set(c.sentence.end, group);
  }
  const out = new Map<FoundClaim, ClaimRewrites>();
  for (const [block, groups] of bySentence) {
    for (const group of groups.values()) {
      // The sentence as the block holds it (a lead-in's reading adds words the block does not have).
      const own = group.find((c) => c.sentence.start >= 0 && block.text.slice(c.sentence.start, c.sentence.end) === c.sentence.text) ?? group[0]!;
      const plan = planSentence(group.map((c) => c.found), own.sentence, { text: block.text, citations: block.citations, ...(around === undefined ? {} : { around }) }, relint, { insertions: block.kind !== 'heading' });
      for (const [found, rewrites] of plan) out.set(found, rewrites);
    }
  }
  return out;
}
