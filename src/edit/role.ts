// What a claim's words do in their sentence, read by hand-written rules
// from the words around them: a verb in a known form (with the words of its
// group: a modal before it, intensifiers it carries), an adjective before its
// noun or after a linking verb, an adverb, a noun phrase. Each reading is
// made only where the neighbours leave no doubt; anything else is unknown,
// and the caller gives advice instead of replacement text. A tagger was
// measured for this (docs/nlp-evaluation.md) and read roles no better on
// real copy, and no reader is certain enough to gate --fix on its own.
import type { Token } from '../text/sentences.js';

/** The form a verb is in, which decides how its hedge is spelt. */
export type VerbForm =
  /** "Reduce scars." opening a sentence or bullet: "Help reduce ...". */
  | 'imperative'
  /** "It reduces", "Reduces fine lines" (a bullet with its subject implied): "may help reduce". */
  | 'third'
  /** "Our peels reduce", "treatments that reduce": "may help reduce". */
  | 'plural'
  /** "to reduce": "to help reduce". */
  | 'infinitive'
  /** A base form after a modal ("will erase" -> "will help reduce"), or sharing a modal or "to" with an earlier verb ("can lift and reduce"). */
  | 'bare'
  /** Already after "help" ("helps stimulate"): the phrase alone. */
  | 'helped'
  /** After "help to" ("helping to stimulate"): the phrase as a verb phrase of its own ("to make skin look ..."). */
  | 'helpedTo'
  /** "reducing", "by reducing": "helping reduce". */
  | 'gerund'
  /** "It reduced my scars", "has reduced": "helped reduce". */
  | 'past';

export interface VerbRole {
  form: VerbForm;
  /** Adverbs between the subject and the verb that stay, after "may" ("It also reduces" -> "It may also help reduce"). */
  kept?: string;
  /** First token of the words the rewrite replaces: the modal, the intensifiers. */
  start: number;
  /** End (exclusive) of the verb's own tokens. */
  end: number;
}

/** Adverbs that say a result is certain or total: no hedge can stand beside them. */
export const CERTAINTY_ADVERBS: ReadonlySet<string> = new Set([
  'completely', 'totally', 'fully', 'entirely', 'truly', 'literally', 'really', 'actually', 'definitely', 'drastically',
  'radically', 'magically', 'powerfully', 'finally', 'easily', 'clearly', 'absolutely', 'guaranteed', 'always', 'forever',
]);
/** Adverbs that are claims of their own (permanence, speed): their rules rewrite them. */
const CLAIM_ADVERBS: ReadonlySet<string> = new Set(['permanently', 'instantly', 'immediately', 'instantaneously', 'overnight']);

/** A word before a verb that modifies it: an -ly adverb or one of a few others. */
function isAdverb(word: string): boolean {
  if (CERTAINTY_ADVERBS.has(word) || CLAIM_ADVERBS.has(word)) return true;
  return /^(also|further|even|often|still|then|thus|therefore|now|quickly|rapidly|swiftly)$/.test(word) || (/ly$/.test(word) && !/^(only|early|daily|weekly|monthly|likely|fly|apply|supply|reply|family|ugly|oily|belly|jelly|holy|lily|rely|ally)$/.test(word));
}

const HELP = new Set(['help', 'helps', 'helping', 'helped']);
const MODALS = new Set(['will', 'can', 'shall', 'would', 'could', "'ll", 'll', 'does', 'do']);
const SUBJECT_PRONOUNS = new Set(['it', 'this', 'that', 'which', 'who', 'he', 'she', 'one']);
const PLURAL_PRONOUNS = new Set(['we', 'they', 'you', 'i', 'these', 'those', 'that', 'which', 'who']);
const PAST_SUBJECTS = new Set(['i', 'it', 'we', 'they', 'she', 'he', 'this', 'that', 'which', 'who', 'you']);
const PERFECT = new Set(['has', 'have', 'had', "'ve", 've']);
// Words before an -ing verb that make it a verb with an object, not an adjective or a noun.
const GERUND_OPENERS = new Set(['by', 'for', 'in', 'while', 'after', 'before', 'from', 'at', 'on', 'and', 'or', 'through', 'when', 'also', 'thus', 'therefore', 'so', 'whilst', 'of']);
/** Function words: a word right after a claim that is one of these is not its noun. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet for of to in on at by with from into onto over under after before during since until while as than
   that which who whom whose where when why how if because though although whether this these those it its they their them
   is are was were be been being am has have had do does did will would can could may might shall should must
   not no also too very more most less least just only even all any each every some both either neither other such
   per via about around across through throughout within without between among against toward towards up down out off again
   i we you he she our your his her my me us him there here then now`.split(/\s+/),
);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'our', 'your', 'its', 'their', 'his', 'her', 'my', 'every', 'each', 'any', 'some', 'no']);
const PREPOSITIONS = new Set(['of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'over', 'under', 'after', 'before', 'during', 'through', 'via', 'about', 'against', 'without', 'within', 'like', 'than', 'as']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's", "'s", 'feel', 'feels', 'look', 'looks', 'stay', 'stays', 'remain', 'remains', 'become', 'becomes', 'seem', 'seems', 'keep', 'keeps', 'get', 'gets']);
const COORDINATORS = new Set(['and', 'or', '&']);

/** Whether tokens i-1 and i sit in one stretch of words, no punctuation between. */
function joined(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && i > 0 && !t.hardBreakBefore && !t.commaBefore;
}

function endsInS(word: string): boolean {
  return /[^s]s$|(ss|x|z|ch|sh)es$/.test(word) && !/(ss|us|is)$/.test(word);
}

/** The form of the verb at tokens [verbStart, verbEnd), or undefined when
 * its neighbours leave it in doubt. */
export function verbRole(tokens: readonly Token[], verbStart: number, verbEnd: number): VerbRole | undefined {
  const verb = tokens[verbStart]!.norm;
  // Adverbs before the verb. One that is a claim of its own ("permanently",
  // "instantly") is left where it is for its own rule's rewrite to take out;
  // one that says the result is certain ("completely") cannot stand beside a
  // hedge, and dropping it would drop a word the claim does not hold: the
  // role is in doubt. The writer's other adverbs ("also", "naturally") stay,
  // after "may" in a finite verb's hedge and where they were otherwise.
  let adverbs = verbStart;
  while (adverbs > 0 && joined(tokens, adverbs) && isAdverb(tokens[adverbs - 1]!.norm)) adverbs--;
  const adverbWords = tokens.slice(adverbs, verbStart);
  if (adverbWords.some((t) => CERTAINTY_ADVERBS.has(t.norm))) return undefined;
  // "quickly and permanently eliminates": the verb has a pair of adverbs, and
  // a hedge of it would leave the first joined to nothing ("quickly and may
  // help reduce"): the role is in doubt. A first adverb that is a claim of
  // its own ("Instantly and permanently reduce") goes by its own rule's
  // rewrite, with the joiner.
  const pairedWith = adverbs >= 2 && joined(tokens, adverbs) && /^(and|or)$/.test(tokens[adverbs - 1]!.norm) && joined(tokens, adverbs - 1) ? tokens[adverbs - 2]!.norm : undefined;
  if (pairedWith !== undefined && isAdverb(pairedWith) && !CLAIM_ADVERBS.has(pairedWith)) return undefined;
  const keptWords = adverbWords.filter((t) => !CLAIM_ADVERBS.has(t.norm));
  const kept = keptWords.length > 0 ? keptWords.map((t) => t.surface).join(' ') : undefined;
  const start = verbStart;
  const at = (form: VerbForm, from = start): VerbRole => {
    const finite = form === 'third' || form === 'plural';
    // A finite verb's hedge takes its kept adverbs in ("It also may help" would not read).
    if (finite && kept !== undefined) {
      if (adverbWords.some((t) => CLAIM_ADVERBS.has(t.norm))) return { form, start: from, end: verbEnd };
      return { form, start: adverbs, end: verbEnd, kept };
    }
    return { form, start: from, end: verbEnd };
  };
  const prevIndex = adverbs - 1;
  const prev = joined(tokens, adverbs) ? tokens[prevIndex]!.norm : undefined;
  const opens = adverbs === 0 || tokens[adverbs]!.hardBreakBefore;
  if (verb.endsWith('ing')) {
    if (prev === undefined || GERUND_OPENERS.has(prev)) return at('gerund');
    return undefined;
  }
  // "helps (to) stimulate": the help is there already.
  if (prev !== undefined && HELP.has(prev) && isBase(verb)) return at('helped');
  if (prev === 'to' && prevIndex > 0 && joined(tokens, prevIndex) && HELP.has(tokens[prevIndex - 1]!.norm) && isBase(verb)) return at('helpedTo');
  if (prev !== undefined && MODALS.has(prev)) {
    // "will erase" -> "will help reduce": the modal stays, a word of the writer's.
    return isBase(verb) ? at('bare') : undefined;
  }
  if (prev === 'to') return isBase(verb) ? at('infinitive') : undefined;
  if (prev !== undefined && PERFECT.has(prev)) return /(ed|en)$/.test(verb) ? at('past') : undefined;
  if (/ed$/.test(verb)) {
    // Simple past only after a subject pronoun ("It reduced my scars"); an
    // -ed word elsewhere may be a participle ("Reduced fine lines").
    return prev !== undefined && PAST_SUBJECTS.has(prev) ? at('past') : undefined;
  }
  if (endsInS(verb)) {
    if (opens) return at('third');
    if (prev !== undefined && (SUBJECT_PRONOUNS.has(prev) || isSubjectNoun(tokens, prevIndex))) return at('third');
    // After "and" or a comma an -s word with its object after it continues a
    // list of verbs ("eliminates fine lines and corrects sun damage"); a list
    // of plural nouns would not be followed by an object.
    const listed = (prev === undefined && tokens[adverbs]!.commaBefore) || (prev !== undefined && COORDINATORS.has(prev));
    if (listed && takesObject(tokens, verbEnd)) return at('third');
    return undefined;
  }
  if (!isBase(verb)) return undefined;
  if (opens) {
    // "Reduce scars." An imperative is followed by its object, never by a verb.
    const next = tokens[verbEnd];
    if (next && joined(tokens, verbEnd) && /^(is|are|was|were|can|will|may|has|have)$/.test(next.norm)) return undefined;
    return at('imperative');
  }
  if (prev !== undefined && PLURAL_PRONOUNS.has(prev)) return at('plural');
  if (prev !== undefined && isPluralNoun(tokens, prevIndex)) return at('plural');
  const before = prev !== undefined && COORDINATORS.has(prev) ? prevIndex : prev === undefined && tokens[adverbs]!.commaBefore ? adverbs : undefined;
  if (before !== undefined) {
    const form = sharedForm(tokens, before);
    if (form) return at(form);
  }
  return undefined;
}

/** Whether an object follows the verb ending at `end`: a determiner or a
 * content word, joined to it. */
function takesObject(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (!next || !joined(tokens, end)) return false;
  return DETERMINERS.has(next.norm) || !FUNCTION_WORDS.has(next.norm);
}

/** A base form: no inflection ending (irregular pasts are not in the rules' verb lists). */
function isBase(word: string): boolean {
  return !/(ing|ed)$/.test(word) && !endsInS(word);
}

/** A word before a verb that can be its subject: a capitalised name or a
 * noun-looking word that is not a function word, determiner or adverb. */
function isSubjectNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (FUNCTION_WORDS.has(t.norm) || /ly$/.test(t.norm)) return false;
  if (/(ing|ed)$/.test(t.norm) && !/^[A-Z]/.test(t.surface)) return false;
  return !endsInS(t.norm) || /^[A-Z]/.test(t.surface) || /(ss|us|is)$/.test(t.norm);
}

function isPluralNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (FUNCTION_WORDS.has(t.norm) || /ly$/.test(t.norm)) return false;
  const before = tokens[i - 1];
  // "our lasers", "peels", "treatments": a plural noun with nothing odd before it.
  return endsInS(t.norm) && (before === undefined || !joined(tokens, i) || DETERMINERS.has(before.norm) || !FUNCTION_WORDS.has(before.norm));
}

/** The form a coordinated base verb shares with the first verb of its list:
 * "to maintain ... and improve" (infinitive), "can lift and reduce" (bare),
 * "Reduce ... and prevent" (imperative). */
function sharedForm(tokens: readonly Token[], i: number): VerbForm | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.hardBreakBefore && j > 0) return undefined;
    if (t.norm === 'to' && tokens[j + 1] && isBase(tokens[j + 1]!.norm) && !FUNCTION_WORDS.has(tokens[j + 1]!.norm)) return 'bare';
    if (MODALS.has(t.norm) && tokens[j + 1] && isBase(tokens[j + 1]!.norm)) return 'bare';
    if (j === 0 && isBase(t.norm) && !FUNCTION_WORDS.has(t.norm) && /^[A-Z]/.test(t.surface)) return 'imperative';
  }
  return undefined;
}

export type AdjectivePosition = 'attributive' | 'predicate';

/** Degree words between a linking verb and its adjective ("is completely safe"). */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['very', 'so', 'really', 'totally', 'completely', 'entirely', 'absolutely', 'perfectly', 'extremely', 'virtually', 'almost', 'practically', 'nearly', 'fully', 'quite', 'incredibly', 'generally', 'also', 'always', 'both', 'essentially', 'relatively', 'mostly', 'largely', 'considered', 'proven']);

/** Degree words that qualify the next word only: a rewrite that drops or
 * replaces that word would strand them ("very longer-lasting", "to last pretty
 * much."), so the rules offer none after one. */
const STRANDED_DEGREE: ReadonlySet<string> = new Set(['very', 'so', 'really', 'truly', 'totally', 'completely', 'entirely', 'absolutely', 'perfectly', 'extremely', 'virtually', 'almost', 'practically', 'nearly', 'fully', 'quite', 'incredibly', 'essentially', 'basically', 'pretty', 'much', 'literally', 'just', 'most', 'more', '100']);

/** Whether the word joined before token `i` is a degree word that qualifies it. */
export function degreeBefore(tokens: readonly Token[], i: number): boolean {
  return i > 0 && joined(tokens, i) && STRANDED_DEGREE.has(tokens[i - 1]!.norm);
}

/** Where the adjective at tokens [start, end) stands: before its noun ("a
 * painless session", "safe, effective treatment") or after a linking verb
 * ("is painless", "feels completely safe"); undefined when not plain. */
export function adjectivePosition(tokens: readonly Token[], start: number, end: number, intensifiers: ReadonlySet<string> = DEGREE_WORDS): AdjectivePosition | undefined {
  const next = tokens[end];
  if (next && joined(tokens, end) && !FUNCTION_WORDS.has(next.norm) && !/ly$/.test(next.norm)) return 'attributive';
  // "safe, effective laser", "painless and quick peel": a list of adjectives before one noun.
  if (next && (next.commaBefore || COORDINATORS.has(next.norm)) && !next.hardBreakBefore) {
    let j = COORDINATORS.has(next.norm) ? end + 1 : end;
    while (j < tokens.length && /ly$/.test(tokens[j]!.norm) && joined(tokens, j + 1)) j++;
    for (const limit = Math.min(tokens.length, j + 3); j < limit; j++) {
      const t = tokens[j]!;
      const after = tokens[j + 1];
      if (FUNCTION_WORDS.has(t.norm) || /ly$/.test(t.norm)) break;
      if (after && joined(tokens, j + 1) && !FUNCTION_WORDS.has(after.norm) && !/ly$/.test(after.norm)) return 'attributive';
      if (!after || !(after.commaBefore || COORDINATORS.has(after.norm))) break;
      if (COORDINATORS.has(after.norm)) j++;
    }
  }
  let i = start - 1;
  while (i >= 0 && joined(tokens, i + 1) && intensifiers.has(tokens[i]!.norm)) i--;
  const before = i >= 0 && joined(tokens, i + 1) ? tokens[i]!.norm : undefined;
  const closes = !next || !joined(tokens, end) || FUNCTION_WORDS.has(next.norm);
  if (!closes) return undefined;
  if (before !== undefined && COPULAS.has(before)) return 'predicate';
  // A bullet that opens with the adjective has its subject understood
  // ("Painless.", "Non-invasive with no downtime"), and so has an adjective
  // joined to one by "and" ("Gentle and totally safe").
  if (i < 0 || (i >= 0 && !joined(tokens, i + 1) && tokens[i + 1]!.hardBreakBefore)) return 'predicate';
  const listed = before !== undefined && COORDINATORS.has(before) ? i - 1 : tokens[start]!.commaBefore && !tokens[start]!.hardBreakBefore ? start - 1 : -1;
  if (listed >= 0) {
    // Back over the earlier adjectives of the list, and their adverbs, to where the clause opens or a linking verb stands.
    let k = listed;
    while (k >= 0 && !FUNCTION_WORDS.has(tokens[k]!.norm) && (isAdjectiveLike(tokens[k]!.norm) || /ly$/.test(tokens[k]!.norm) || tokens[k]!.norm === 'non')) {
      if (k === 0 || tokens[k]!.hardBreakBefore) return 'predicate';
      if (COPULAS.has(tokens[k - 1]!.norm) && joined(tokens, k)) return 'predicate';
      if (!joined(tokens, k) && !tokens[k]!.commaBefore) break;
      if (k > 0 && COORDINATORS.has(tokens[k - 1]!.norm)) k--;
      k--;
    }
  }
  return undefined;
}

/** A word that reads as an adjective in a list before a noun. */
function isAdjectiveLike(word: string): boolean {
  return /(ive|ful|less|ous|able|ible|al|ic|ent|ant|free|ed|le|ry|ar|ish|y|e|st|ng|t)$/.test(word);
}

/** Whether the tokens [start, end) form a noun phrase that ends where a
 * phrase ends (before punctuation, a conjunction or a preposition), so that
 * another noun phrase can take its place: "there is no downtime.", not "no
 * downtime procedures". */
export function nounPhraseEnds(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return !next || !joined(tokens, end) || FUNCTION_WORDS.has(next.norm);
}

/** Whether the word at `i` opens its sentence, bullet or heading (a capital
 * after nothing, or after strong punctuation). */
export function opensClause(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i]!.hardBreakBefore;
}

export { DETERMINERS, PREPOSITIONS, COPULAS };
