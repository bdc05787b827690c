// Judgements more than one rule makes about its own matches, in one home.
// Rules import this; it imports word lists and the judge's types only.
import type { ClaimContext } from '../src/judge/rule.js';
import { keySetOf, mentionOf } from '../src/match/word-lists.js';
import { symptom } from './lexicon/concerns.js';
import { symptomSign } from './lexicon/conditions.js';
import { naturalCourse } from './lexicon/context.js';
import { absoluteVerb, efficacyVerb, treatVerb } from './lexicon/verbs.js';
import { bodyAction } from './lexicon/targets.js';

const SYMPTOMS = keySetOf(symptom);
const SIGNS = keySetOf(symptomSign);
const tellsNaturalCourse = mentionOf(naturalCourse);

/**
 * Whether a concern or condition said to go away (a `vanish` capture: "acne
 * disappears") goes by itself or is a passing side effect, not what the offer
 * does: "most warts disappear on their own", "swelling goes away in a day or
 * two" (aftercare). False for a claim without a `vanish` capture.
 */
export function goesAwayByItself(claim: ClaimContext): boolean {
  if (!claim.capture('vanish')) return false;
  const object = claim.capture('object');
  if (object && object.end - object.start === 1) {
    const key = claim.tokens[object.start]!.key;
    if (SYMPTOMS.has(key) || SIGNS.has(key)) return true;
  }
  return tellsNaturalCourse(claim.tokens);
}

const POSSESSIVES = new Set(['my', 'her', 'his', 'their', 'our']);

/**
 * Whether the concern a client's words say has gone (the `name` capture) is a
 * passing symptom nobody claims credit for: "once the redness has gone, you
 * can wear makeup" is aftercare; "my redness has gone" is a client's result.
 */
export function passingSymptom(claim: ClaimContext, name: string): boolean {
  const what = claim.capture(name);
  if (!what || what.end - what.start !== 1) return false;
  const key = claim.tokens[what.start]!.key;
  if (!SYMPTOMS.has(key) && !SIGNS.has(key)) return false;
  return !POSSESSIVES.has(claim.tokens[what.start - 1]?.norm ?? '');
}

const CLAIM_VERBS = [keySetOf(absoluteVerb), keySetOf(efficacyVerb), keySetOf(treatVerb), keySetOf(bodyAction)];

/** Whether a verb is one the rules hedge when it makes a claim ("corrects",
 * "reduces", "treats", "stimulates"): a rewrite keeps "may help" parallel
 * to a second such verb in its sentence, which is hedged the same way. */
export function isClaimVerb(key: string): boolean {
  return CLAIM_VERBS.some((s) => s.has(key));
}
