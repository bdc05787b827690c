// Judgements more than one rule makes about its own matches, in one home.
// Rules import this; it imports word lists and the judge's types only.
import type { ClaimContext } from '../src/judge/rule.js';
import type { WordList } from '../src/match/matcher.js';
import { keySetOf, mentionOf } from '../src/match/word-lists.js';
import { tokenize, type Token } from '../src/text/sentences.js';
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

/**
 * A test of whether a match's `pronoun`, right after its `verb` as written,
 * stands for a name of one of `lists` ("banish it" after "cellulite"). A
 * list's later item read where the list begins ("erases wrinkles, and it
 * smooths") is no object. Words that are a concern only in some copy ("line":
 * skin-sense) say nothing of what a pronoun stands for ("enter journal lines
 * to eliminate them").
 */
export function pronounFor(lists: readonly WordList[]): (claim: ClaimContext) => boolean {
  const plain = lists.map((l) => mentionOf({ ...l, entries: l.entries.filter((e) => typeof e === 'string' || e['sense'] === undefined) }));
  const names = (tokens: readonly Token[]) => plain.some((m) => m(tokens));
  return (claim) => {
    const pronoun = claim.capture('pronoun');
    if (pronoun === undefined || claim.capture('verb')?.end !== pronoun.start) return false;
    return antecedentNamed(claim, pronoun.start, names);
  };
}

/**
 * Whether a pronoun ("banish it", "we treat them") stands for a thing
 * `names` recognises, named before it in its own sentence or the one before
 * ("Why live with cellulite when you could banish it?", "Tired of rosacea?
 * Our light facial calms it."). `names` says whether words hold such a name;
 * only a name that heads its phrase counts ("the flushing method" is a method).
 */
export function antecedentNamed(claim: ClaimContext, pronoun: number, names: (tokens: readonly Token[]) => boolean): boolean {
  // "them" and "their" stand for a plural, "it" and "its" for a singular.
  const plural = /^(them|their|they)$/.test(claim.tokens[pronoun]?.norm ?? '');
  // The nearest words only: a name further back is no antecedent, and the
  // cost per pronoun stays bounded however long the text.
  if (headsAName(claim.tokens.slice(Math.max(0, pronoun - REACH), pronoun), names, plural)) return true;
  const before = claim.blockText.slice(Math.max(0, claim.sentence.start - 200), claim.sentence.start);
  const end = before.search(/[.?!:]["')\u201d\u2019]*\s*$/);
  if (end < 0) return false;
  const open = Math.max(before.lastIndexOf('. ', end - 1), before.lastIndexOf('? ', end - 1), before.lastIndexOf('! ', end - 1));
  const from = open < 0 ? 0 : open + 2;
  const previous = tokenize(before, from, end + 1);
  return headsAName(previous.slice(Math.max(0, previous.length - REACH)), names, plural);
}

/** How many words before a pronoun, in its sentence and the one before, may hold what it stands for. */
const REACH = 12;

// A plural noun's -s, not the -s of "psoriasis", "abscess" or "herpes virus".
const PLURAL = /[^siu]s$/;

const HEAD_FOLLOWERS = new Set(['and', 'or', 'when', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'for', 'with', 'on', 'in', 'at', 'by', 'from', 'of', 'to', 'you', 'we', 'it', 'they']);

/** Whether some name of `names` (up to four words) ends where its phrase
 * does, singular or plural as the pronoun is. */
function headsAName(tokens: readonly Token[], names: (tokens: readonly Token[]) => boolean, plural: boolean): boolean {
  // Most words hold no name at all: one look says so.
  if (!names(tokens)) return false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const next = tokens[i + 1];
    if (next && !next.hardBreakBefore && !next.commaBefore && !HEAD_FOLLOWERS.has(next.norm)) continue;
    if (PLURAL.test(tokens[i]!.norm) !== plural) continue;
    // A name that ends at token i: the words up to i hold one, the words before i do not.
    for (let j = i; j >= Math.max(0, i - 3); j--) if (names(tokens.slice(j, i + 1)) && !names(tokens.slice(j, i))) return true;
  }
  return false;
}

// What may follow a headline's verdict and leave it one: a time, a means, a tail of thanks.
const VERDICT_TAIL = new Set(['in', 'within', 'after', 'for', 'forever', 'overnight', 'now', 'already', 'thanks', 'with', 'at', 'today', 'fast']);

/**
 * Whether a match across a label's colon or dash ("Eczema: gone") is a
 * headline's verdict: the verdict ends the line, or a time or means follows
 * it ("Pigmentation: gone in 4 weeks", "Acne: sorted with one peel").
 * "Rosacea: history, causes and care", "Wrinkles: no more than three
 * sessions" and "Acne: fixed-price consultations" are a heading's topics.
 * True for a match with no label in it.
 */
export function verdictStands(claim: ClaimContext): boolean {
  let label = false;
  for (let i = claim.start + 1; i < claim.end; i++) if (claim.tokens[i]!.labelBefore === true && claim.tokens[i]!.hardBreakBefore) label = true;
  if (!label) return true;
  const next = claim.tokens[claim.end];
  if (next === undefined || (next.hardBreakBefore && !next.labelBefore)) return true;
  if (next.commaBefore || next.hyphenBefore) return false;
  return VERDICT_TAIL.has(next.norm);
}
