// Claims a team holds evidence for. A finding is approved when an approved
// claim, compared word key by word key ("Clinically proven to hydrate" =
// "clinically-proven to hydrating"), occurs in its sentence and covers every
// word the rule flagged: approving "clinically proven to hydrate" does not
// approve "clinically proven to cure acne".
import type { ApprovedClaim } from '../shared/resolved-config.js';
import { phraseKeys } from '../match/matcher.js';
import type { Sentence } from '../text/sentences.js';

interface KeyedClaim {
  claim: ApprovedClaim;
  keys: string[];
}

const keyed = new WeakMap<readonly ApprovedClaim[], KeyedClaim[]>();

function keysOf(approved: readonly ApprovedClaim[]): KeyedClaim[] {
  let hit = keyed.get(approved);
  if (!hit) {
    hit = approved.map((claim) => ({ claim, keys: phraseKeys(claim.claim) })).filter((k) => k.keys.length > 0);
    keyed.set(approved, hit);
  }
  return hit;
}

/** The approved claim covering tokens [start, end) of the sentence, if any. */
export function approvalFor(
  sentence: Sentence,
  start: number,
  end: number,
  approved: readonly ApprovedClaim[],
): ApprovedClaim | undefined {
  if (approved.length === 0) return undefined;
  const tokens = sentence.tokens;
  for (const { claim, keys } of keysOf(approved)) {
    // An occurrence covers [start, end) when it begins in [end - length, start].
    for (let at = Math.max(0, end - keys.length); at <= start && at + keys.length <= tokens.length; at++) {
      if (keys.every((k, i) => tokens[at + i]!.key === k)) return claim;
    }
  }
  return undefined;
}
