// Judgements more than one rule makes about its own matches, in one home.
// Rules import this; it imports word lists and the judge's types only.
import type { ClaimContext } from '../src/judge/rule.js';
import { keySetOf, mentionOf } from '../src/match/word-lists.js';
import { symptom } from './lexicon/concerns.js';
import { symptomSign } from './lexicon/conditions.js';
import { naturalCourse } from './lexicon/context.js';

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
