// Claims a team holds evidence for (the config's `approved`, and the claims
// register's entries, src/adopt/register.ts). A finding is approved when an
// approved claim occurs in its sentence and covers every word the rule
// flagged: approving "clinically proven to hydrate" does not approve
// "clinically proven to cure acne". An approved claim is written as a user's
// phrase is, and matched by the same matcher: literal words compared word key
// by word key ("Clinically proven to hydrate" = "clinically-proven to
// hydrating"), or a pattern of the rules' pattern language ("clinically proven
// to (hydrate|moisturise) [for] {number} hours") covering a family of wordings.
import type { ApprovedClaim } from '../shared/resolved-config.js';
import { Matcher, type Match, type WordList } from '../match/matcher.js';
import type { Sentence } from '../text/sentences.js';

interface CompiledApprovals {
  matcher: Matcher;
  /** The approved claim of each of the matcher's patterns. */
  claims: ApprovedClaim[];
  /** The matches in each sentence asked about (a sentence often holds several findings). */
  bySentence: WeakMap<Sentence, Match[]>;
}

// Compiled once per list of approved claims (one per configuration) and word lists.
const compiled = new WeakMap<readonly WordList[], WeakMap<readonly ApprovedClaim[], CompiledApprovals>>();

function compile(approved: readonly ApprovedClaim[], lists: readonly WordList[]): CompiledApprovals {
  let byApproved = compiled.get(lists);
  if (!byApproved) compiled.set(lists, (byApproved = new WeakMap()));
  let hit = byApproved.get(approved);
  if (!hit) {
    const matcher = new Matcher(lists);
    const claims: ApprovedClaim[] = [];
    for (const claim of approved) {
      // The config and the register refuse what cannot be matched, with the reason;
      // a configuration made in code that holds one approves nothing with it.
      try {
        claims[matcher.addPhraseOrPattern(claim.claim)] = claim;
      } catch {
        continue;
      }
    }
    byApproved.set(approved, (hit = { matcher, claims, bySentence: new WeakMap() }));
  }
  return hit;
}

/** The approved claim covering tokens [start, end) of the sentence, if any;
 * the first listed, where several do. `lists` are the word lists a pattern may name. */
export function approvalFor(
  sentence: Sentence,
  start: number,
  end: number,
  approved: readonly ApprovedClaim[],
  lists: readonly WordList[],
): ApprovedClaim | undefined {
  if (approved.length === 0) return undefined;
  const c = compile(approved, lists);
  let matches = c.bySentence.get(sentence);
  if (!matches) c.bySentence.set(sentence, (matches = c.matcher.match(sentence.tokens)));
  let best: number | undefined;
  for (const m of matches) {
    if (m.start <= start && m.end >= end && (best === undefined || m.pattern < best)) best = m.pattern;
  }
  return best === undefined ? undefined : c.claims[best];
}
