// Rewrite forms, one per grammatical role, that rules word their rewrites
// with. Each reads the claim's role first (role.ts) and gives nothing when the
// role is in doubt: the finding then carries the rule's advice instead of
// replacement text. Only the words the role owns change: a verb's group (its
// modal, its intensifiers), an adjective with its article when "a" must
// become "an", a deletion with the space on one side.
import type { ClaimContext, Rewrite } from '../judge/rule.js';
import type { Token } from '../text/sentences.js';
import { wordKey } from '../text/word-key.js';
import { articleFor, pastParticiple } from './inflect.js';
import { adjectivePosition, CERTAINTY_ADVERBS, FUNCTION_WORDS, opensClause, verbRole, type AdjectivePosition, type VerbForm, type VerbRole } from './role.js';

export type { VerbForm } from './role.js';

/** "help X" in the form the verb had: "Help X", "may help X", "to help X" (the
 * "to" stays), "helping X", "helped X". */
export function hedgeFor(form: VerbForm, phrase: string, kept?: string): string {
  if (kept && (form === 'third' || form === 'plural')) {
    // "It also reduces" -> "may also help reduce"; "It gently reduces" ->
    // "may help gently reduce" (a manner adverb stays with the verb it
    // qualified, unless the phrase has no verb of its own to go before).
    const words = kept.toLowerCase().split(/\s+/);
    const sentence = words.filter((w) => !/ly$/.test(w));
    const manner = words.filter((w) => /ly$/.test(w));
    const verbFirst = !/^[a-z]+ (look|feel)\b/.test(phrase);
    const may = ['may', ...sentence, ...(verbFirst ? [] : manner)].join(' ');
    return `${may} help ${verbFirst && manner.length > 0 ? `${manner.join(' ')} ` : ''}${phrase}`;
  }
  switch (form) {
    case 'imperative':
    case 'infinitive':
    case 'bare':
      return `help ${phrase}`;
    case 'helped':
      return phrase;
    case 'helpedTo':
      // "helping to make skin look firmer": after "to", a look needs a verb of its own.
      return /^[a-z]+ (look|feel)\b/.test(phrase) ? `make ${phrase}` : phrase;
    case 'gerund':
      return `helping ${phrase}`;
    case 'past':
      return `helped ${phrase}`;
    case 'third':
    case 'plural':
      return `may help ${phrase}`;
  }
}

/** Matches the case of what is replaced: an all-caps claim stays all caps;
 * a capitalised first word stays capitalised where it starts the sentence
 * (mid-sentence, "and Reduces" becomes "and may help reduce"). */
export function matchCase(original: string, replacement: string, atSentenceStart = true): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (atSentenceStart && first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

function sliceTokens(claim: ClaimContext, start: number, end: number): string {
  const tokens = claim.tokens;
  const s = tokens[start]!.start - claim.sentence.start;
  const e = tokens[end - 1]!.end - claim.sentence.start;
  return claim.sentence.text.slice(s, e);
}

const capitalised = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}\p{Ll}/u.test(word);

/** Whether the words replaced stand in a heading or name in title case
 * ("7-Minute Miracle Lift"): they and a neighbour are capitalised mid-sentence. */
function inTitle(tokens: readonly Token[], start: number, end: number): boolean {
  if (startsClause(tokens, start) || !capitalised(tokens[start]!.surface)) return false;
  return capitalised(tokens[end]?.surface) || capitalised(tokens[start - 1]?.surface);
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'with', 'by', 'at']);

function titleCase(text: string): string {
  return text.replace(/\p{L}[\p{L}'-]*/gu, (w) => (SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)));
}

/** Whether token `i` starts its sentence or a clause after strong punctuation (capitals kept there). */
function startsClause(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i]!.hardBreakBefore;
}

export interface RewriteOptions {
  /** --fix may apply it once the sentence re-lints clean. */
  safe?: boolean;
  desc?: string;
  /** The words dropped are an adjective in a list before a noun: its comma or "and" goes too. */
  listItem?: boolean;
}

function made(claim: ClaimContext, start: number, end: number, text: string, options: RewriteOptions): Rewrite {
  const tokens = claim.tokens;
  const original = sliceTokens(claim, start, end);
  const out: Rewrite = {
    start: tokens[start]!.start,
    end: tokens[end - 1]!.end,
    text: inTitle(tokens, start, end) ? titleCase(text) : matchCase(original, text, startsClause(tokens, start)),
  };
  if (options.desc) out.desc = options.desc;
  if (options.safe) out.safe = true;
  return out;
}

/** The role of the claim's verb capture, when certain. */
export function roleOfVerb(claim: ClaimContext, verbCapture: string): VerbRole | undefined {
  const verb = claim.capture(verbCapture);
  if (!verb || verb.end <= verb.start) return undefined;
  // "Treats-fine lines": a verb glued to its neighbour by a hyphen is no verb the reader can be sure of.
  const text = claim.sentence.text;
  const base = claim.sentence.start;
  const tokens = claim.tokens;
  if (text[tokens[verb.end - 1]!.end - base] === '-' || text[tokens[verb.start]!.start - base - 1] === '-') return undefined;
  return verbRole(tokens, verb.start, verb.end);
}

// A subject that denies every other one: the sentence ranks the offer.
const DENYING_SUBJECTS = new Set(['nothing', 'nobody', 'none']);
const GUARANTEE_BEFORE = /^(guaranteed|guarantee|guarantees|promised|promise|promises|sure|certain)$/;

/** Whether the words before a verb (up to three) open with "nothing",
 * "nobody", "none" or "no other". */
function deniedSubject(tokens: readonly Token[], verbStart: number): boolean {
  for (let i = verbStart - 1; i >= Math.max(0, verbStart - 3); i--) {
    const t = tokens[i]!;
    if (DENYING_SUBJECTS.has(t.norm) || (t.norm === 'no' && tokens[i + 1]?.norm === 'other')) return true;
    if (t.hardBreakBefore || t.commaBefore) break;
  }
  return false;
}

/** "reduces scars" -> "may help reduce the appearance of scars": the verb
 * group becomes the hedge, in the verb's form; the object stays. */
export function hedgeVerb(claim: ClaimContext, verbCapture: string, options: { soft?: string; appearance: boolean; object?: string; claimVerb?: (key: string) => boolean } & RewriteOptions): Rewrite | undefined {
  const verb = claim.capture(verbCapture);
  const role = roleOfVerb(claim, verbCapture);
  if (!verb || !role) return undefined;
  // "Nothing erases wrinkles like our pen", "no other cream removes scars":
  // the claim ranks; hedging its verb ("Nothing may help...") would deny it.
  if (deniedSubject(claim.tokens, role.start)) return undefined;
  // "eliminates wrinkles completely": the certainty after the object would
  // stand beside the hedge ("may help reduce ... completely").
  const after = claim.tokens[claim.end];
  // ("forever" is a claim of its own, which its rule's rewrite takes out.)
  if (after && !after.hardBreakBefore && !after.commaBefore && CERTAINTY_ADVERBS.has(after.norm) && after.norm !== 'forever') return undefined;
  // "is guaranteed to eliminate": a hedge after the guarantee still guarantees.
  if (GUARANTEE_BEFORE.test(claim.tokens[role.start - 2]?.norm ?? '') && claim.tokens[role.start - 1]?.norm === 'to') return undefined;
  const soft = spelledAsWritten(options.soft ?? verb.entry?.attrs['soft'] ?? verb.entry?.phrase ?? verb.text.toLowerCase(), verb.text);
  let hedged = hedgeFor(role.form, soft, role.kept);
  // "reduces redness and hydrates": "may help reduce ... and hydrates" breaks
  // the agreement; "helps" hedges as well and keeps the second verb's form.
  if (role.form === 'third' && !role.kept && coordinatedThird(claim, options.claimVerb)) hedged = hedged.replace(/^may help /, 'helps ');
  const text = hedged + (options.appearance ? ' the appearance of' : '');
  // "rid yourself of fat", "reduces the depth of scars": the words up to the
  // object's "of" are the verb's frame; "the appearance of" takes their place.
  let end = role.end;
  // "fade away those circles": the particle is part of the verb and goes with it.
  if (options.appearance && PARTICLES.has(claim.tokens[end]?.norm ?? '') && claim.tokens[end + 1] && !claim.tokens[end + 1]!.hardBreakBefore && !claim.tokens[end]!.commaBefore) end++;
  const object = options.object ? claim.capture(options.object) : undefined;
  if (options.appearance && object && object.start > end && claim.tokens[object.start - 1]!.norm === 'of') end = object.start;
  else if (options.appearance && claim.tokens[end]?.norm === 'of') end++;
  return made(claim, role.start, end, text, options);
}

/** Particles of phrasal verbs ("fade away", "smooth out", "wipe off"). */
const PARTICLES: ReadonlySet<string> = new Set(['away', 'out', 'off', 'up', 'down']);

/** Whether the claim's clause goes on with "and"/"or" and an -s verb after
 * the claim ("reduces redness and hydrates") that keeps its form. A claim
 * verb with its object ("and corrects sun damage", `claimVerb` says which
 * verbs are claims) is hedged to "may help" in the same sentence rewrite, so
 * "may help" stays, parallel to it. */
function coordinatedThird(claim: ClaimContext, claimVerb?: (key: string) => boolean): boolean {
  const tokens = claim.tokens;
  for (let i = claim.end; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (i > claim.end && (t.hardBreakBefore || t.commaBefore)) return false;
    if (/^(and|or)$/.test(t.norm)) {
      const next = tokens[i + 1]!;
      // An -s word after "and" that is no claim verb is left as written
      // ("and soothes.", "and plumps hollow cheeks"): "helps" keeps the
      // agreement, and reads as well before a plural noun ("and lines").
      if (!/[^s]s$/.test(next.norm) || FUNCTION_WORDS.has(next.norm)) return false;
      const after = tokens[i + 2];
      const hasObject = after !== undefined && !after.hardBreakBefore && !after.commaBefore && !FUNCTION_WORDS.has(after.norm) && !/ly$/.test(after.norm);
      return !(hasObject && claimVerb?.(next.key));
    }
  }
  return false;
}

/** The writer's spelling kept: "minimises" is hedged as "help minimise", not "minimize". */
function spelledAsWritten(soft: string, written: string): string {
  if (/is(e|es|ed|ing)\b/i.test(written)) return soft.replace(/iz(e)\b/, 'is$1');
  if (/iz(e|es|ed|ing)\b/i.test(written)) return soft.replace(/is(e)\b/, 'iz$1');
  return soft;
}

/** Replaces the verb group and everything up to the claim's end with a
 * hedged verb phrase: "stimulates collagen" -> "may help skin look firmer". */
export function hedgeVerbPhrase(claim: ClaimContext, verbCapture: string, phrase: string, options: RewriteOptions & { claimVerb?: (key: string) => boolean } = {}): Rewrite | undefined {
  const role = roleOfVerb(claim, verbCapture);
  if (!role) return undefined;
  let hedged = hedgeFor(role.form, phrase, role.kept);
  if (role.form === 'third' && !role.kept && coordinatedThird(claim, options.claimVerb)) hedged = hedged.replace(/^may help /, 'helps ');
  const { claimVerb: _, ...rest } = options;
  return made(claim, Math.min(role.start, claim.start), claim.end, hedged, rest);
}

/** Replaces the whole claim with a phrase; with a verb capture, worded for
 * the verb's form (and nothing when that form is in doubt). A team's own
 * phrase suggestions use it without a verb. */
export function replaceClaim(claim: ClaimContext, verbCapture: string | undefined, phrase: string, desc?: string): Rewrite {
  if (verbCapture) {
    const r = hedgeVerbPhrase(claim, verbCapture, phrase, desc ? { desc } : {});
    if (r) return r;
  }
  return made(claim, claim.start, claim.end, phrase, desc ? { desc } : {});
}

/** Replaces tokens [start, end) of the claim's sentence by `text`, in the
 * case of what it replaces. */
export function replaceTokens(claim: ClaimContext, start: number, end: number, text: string, desc?: string | RewriteOptions): Rewrite {
  return made(claim, start, end, text, typeof desc === 'string' ? { desc } : (desc ?? {}));
}

/** Where the adjective at [start, end) stands, when certain. */
export function positionOf(claim: ClaimContext, start: number, end: number, intensifiers?: ReadonlySet<string>): AdjectivePosition | undefined {
  return adjectivePosition(claim.tokens, start, end, intensifiers);
}

/** Whether `text` repeats the stem of a word just outside tokens
 * `start`..`end`: "notice a dramatic difference" would become "notice a
 * noticeable difference". */
export function echoesNeighbour(claim: ClaimContext, start: number, end: number, text: string): boolean {
  const keys = text.split(/[\s-]+/).filter((w) => w.length > 3).map((w) => wordKey(w).slice(0, 5));
  const near = [...claim.tokens.slice(Math.max(0, start - 3), start), ...claim.tokens.slice(end, end + 3)];
  return near.some((t) => t.key.length > 3 && keys.includes(t.key.slice(0, 5)));
}

/** Replaces an adjective (tokens [start, end)) before its noun by another,
 * putting "a"/"an" right: "an instant glow" -> "a gradual glow". */
export function replaceAdjective(claim: ClaimContext, start: number, end: number, text: string, options: RewriteOptions = {}): Rewrite {
  const tokens = claim.tokens;
  const article = start > 0 && !tokens[start]!.hardBreakBefore && !tokens[start]!.commaBefore ? tokens[start - 1]! : undefined;
  if (article && /^(a|an)$/.test(article.norm) && text !== '') {
    const want = articleFor(text);
    if (want !== article.norm) return made(claim, start - 1, end, `${want} ${text}`, options);
  }
  return made(claim, start, end, text, options);
}

// Words that join coordinated words; only "and", "or" and "&" join a pair
// whose one word can go on its own.
const COORDINATING = /^(and|or|&|but|nor)$/;
const PAIRING = /^(and|or|&)$/;
// "both ... and", "either ... or", "not just ... but": the pair is one phrase.
const PAIR_OPENERS = new Set(['both', 'either', 'neither', 'just', 'only', 'not']);
// Subjects a pair of adverbs may follow before its verb ("It safely and permanently removes").
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'this', 'that', 'these', 'we', 'he', 'she', 'which', 'who', 'you', 'i']);
// "forever and ever": an idiom, not a pair.
const IDIOM_TAILS = new Set(['ever', 'always', 'all']);
// Adverbs without "-ly" that pair with others ("overnight and permanently"),
// and words in "-ly" that are no adverb of manner or time ("only", "apply").
const ADVERB_LIKE = new Set(['forever', 'overnight']);
const NOT_ADVERBS = new Set(['only', 'apply', 'reply', 'supply', 'family', 'early', 'ugly', 'belly', 'jelly', 'rally', 'ally', 'fly', 'italy']);
// What may follow a pair of adverbs that ends its phrase: nothing, a break,
// or a preposition ("permanently and painlessly, with no downtime").
const AFTER_PAIR = new Set(['with', 'in', 'for', 'at', 'by', 'from', 'on', 'after', 'before', 'during', 'within', 'without', 'over', 'under', 'and', 'or']);

/**
 * Deletes tokens [start, end): the words and the space on one side, so no
 * double space or stranded comma is left. An adjective in a list before a
 * noun goes with its comma or "and" ("gentle, fragrance-free products" ->
 * "gentle products"); "a"/"an" before it is put right for the next word.
 */
export function dropTokens(claim: ClaimContext, start: number, end: number, options: RewriteOptions = {}): Rewrite | undefined {
  const tokens = claim.tokens;
  const text = claim.sentence.text;
  const base = claim.sentence.start;
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  const next = tokens[end];
  const prev = start > 0 ? tokens[start - 1] : undefined;
  const desc = options.desc ?? `Remove "${sliceTokens(claim, start, end)}"`;
  const out = (s: number, e: number, replacement = ''): Rewrite => ({ start: s, end: e, text: replacement, desc, ...(options.safe ? { safe: true } : {}) });
  // "gentle, fragrance-free products", "gentle and fragrance-free products": the joiner before goes too.
  if (options.listItem && prev && next && (first.commaBefore || /^(and|or|&)$/.test(prev.norm)) && !next.commaBefore && !next.hardBreakBefore) {
    const joinerStart = /^(and|or|&)$/.test(prev.norm) ? tokens[start - 1]!.start : first.start;
    let s = joinerStart;
    while (s > 0 && /[\s,]/.test(text[s - 1 - base]!)) s--;
    // "a gentle and fragrance-free" keeps "a gentle": only the joiner and the words go.
    return out(s, last.end);
  }
  // "fragrance-free, gentle products": the comma after goes too; a word
  // that now opens the sentence takes the capital.
  if (options.listItem && next && next.commaBefore && !next.hardBreakBefore && (prev === undefined || first.hardBreakBefore)) {
    if (/^\p{Lu}/u.test(first.surface) && /^\p{Ll}/u.test(next.surface)) {
      return { start: first.start, end: next.end, text: next.surface.charAt(0).toUpperCase() + next.surface.slice(1), desc, ...(options.safe ? { safe: true } : {}) };
    }
    return out(first.start, next.start, '');
  }
  if (options.listItem && next && next.commaBefore && !next.hardBreakBefore && prev && !first.commaBefore && !first.hardBreakBefore) {
    // "our fragrance-free, gentle cream": drop the word and its comma.
    return out(first.start, next.start);
  }
  // A word paired with another of its kind ("instantly and permanently",
  // "permanently and painlessly"): the joiner goes with it, or the other
  // would be left joined to nothing ("wrinkles and."). Lists of three,
  // "but" and "both/not just ... and/but" are left to the writer, as is an
  // idiom ("forever and ever"). A joiner to anything else ("erases wrinkles
  // and instantly brightens skin") is a clause's, and stays.
  const adverbish = (t: Token | undefined) => t !== undefined && !t.hardBreakBefore && !NOT_ADVERBS.has(t.norm) && (/ly$/.test(t.norm) || ADVERB_LIKE.has(t.norm));
  // The pair ends its phrase ("removes hair permanently and painlessly."),
  // or opens its clause ("Instantly and permanently reduce..."); otherwise
  // the word after the joiner starts something else ("...and only takes").
  const endsPhrase = (i: number) => {
    const t = tokens[i];
    return t === undefined || t.hardBreakBefore || t.commaBefore || AFTER_PAIR.has(t.norm);
  };
  if (!options.listItem) {
    const other = tokens[end + 1];
    if (next && COORDINATING.test(next.norm) && !next.hardBreakBefore && (IDIOM_TAILS.has(other?.norm ?? '') || (adverbish(other) && (endsPhrase(end + 2) || startsClause(tokens, start))))) {
      if (!PAIRING.test(next.norm) || IDIOM_TAILS.has(other!.norm) || first.commaBefore || next.commaBefore || other!.commaBefore || PAIR_OPENERS.has(prev?.norm ?? '')) return undefined;
      // Over a line break the source between the two cannot go as one edit: a person rewords it.
      if (/\n/.test(text.slice(first.start - base, other!.start - base))) return undefined;
      if (startsClause(tokens, start) && /^\p{Lu}/u.test(first.surface) && /^\p{Ll}/u.test(other!.surface)) {
        return { start: first.start, end: other!.end, text: other!.surface.charAt(0).toUpperCase() + other!.surface.slice(1), desc, ...(options.safe ? { safe: true } : {}) };
      }
      return out(first.start, other!.start);
    }
    const before = tokens[start - 2];
    const clauseEnds = !next || next.hardBreakBefore || next.commaBefore || FUNCTION_WORDS.has(next.norm);
    // "It safely and permanently removes hair": the pair stands between its
    // subject and its verb. After anything but a pronoun the first adverb may
    // end a clause of its own ("works quickly and permanently removes"): a
    // person rewords it.
    const paired = prev !== undefined && COORDINATING.test(prev.norm) && !first.hardBreakBefore && adverbish(before);
    const beforeVerb = paired && !clauseEnds && (SUBJECT_PRONOUNS.has(tokens[start - 3]?.norm ?? '') || startsClause(tokens, start - 2));
    if (paired && !clauseEnds && !beforeVerb) return undefined;
    if (paired && (clauseEnds || beforeVerb)) {
      if (!PAIRING.test(prev.norm) || first.commaBefore || prev.commaBefore || before!.commaBefore || PAIR_OPENERS.has(tokens[start - 3]?.norm ?? '')) return undefined;
      if (/\n/.test(text.slice(before!.end - base, first.start - base))) return undefined;
      let s = prev.start;
      while (s > 0 && /\s/.test(text[s - 1 - base]!)) s--;
      return out(s, last.end);
    }
    // "instantly, permanently and safely": a list of them.
    if (next && next.commaBefore && !next.hardBreakBefore && adverbish(next) && tokens.slice(end + 1, end + 4).some((t) => PAIRING.test(t.norm))) return undefined;
  }
  // A word inside the sentence: it goes with the space after it; the last word, with the space before it.
  const between = next ? text.slice(last.end - base, next.start - base) : '';
  if (next && /^\s+$/.test(between)) {
    if (prev && /^(a|an)$/.test(prev.norm) && !first.commaBefore && !first.hardBreakBefore) {
      const want = articleFor(next.surface);
      if (want !== prev.norm) return { start: prev.start, end: next.start, text: `${matchCase(prev.surface, want, startsClause(tokens, start - 1))} `, desc, ...(options.safe ? { safe: true } : {}) };
    }
    if (startsClause(tokens, start) && /^\p{Lu}/u.test(first.surface) && /^\p{Ll}/u.test(next.surface)) {
      // The next word now opens the sentence: it takes the capital.
      return { start: first.start, end: next.end, text: next.surface.charAt(0).toUpperCase() + next.surface.slice(1), desc, ...(options.safe ? { safe: true } : {}) };
    }
    return out(first.start, next.start);
  }
  if (prev) {
    // The last words go with the space, or the comma and space, before them ("hair, permanently.").
    const before = text.slice(prev.end - base, first.start - base);
    if (/^,?\s+$/.test(before) && (!next || next.hardBreakBefore || next.commaBefore)) return out(prev.end, last.end);
    if (/^\s+$/.test(before)) return out(prev.end, last.end);
  }
  return undefined;
}

/** Whether the word after the claim continues its phrase (no punctuation, not a function word). */
export function runsOn(claim: ClaimContext, end = claim.end): boolean {
  const next = claim.tokens[end];
  return next !== undefined && !next.hardBreakBefore && !next.commaBefore && !FUNCTION_WORDS.has(next.norm);
}

/** A participle that opens a bullet before its noun ("Diminished acne
 * scars"): it names the look instead, "Reduced appearance of acne scars". */
export function participleLook(claim: ClaimContext, verbCapture: string, options: RewriteOptions = {}): Rewrite | undefined {
  const verb = claim.capture(verbCapture);
  const tokens = claim.tokens;
  if (!verb || verb.end - verb.start !== 1 || !/ed$/.test(tokens[verb.start]!.norm) || !opensClause(tokens, verb.start)) return undefined;
  const next = tokens[verb.end];
  if (!next || next.hardBreakBefore || next.commaBefore || FUNCTION_WORDS.has(next.norm)) return undefined;
  const soft = verb.entry?.attrs['soft'] ?? verb.entry?.phrase;
  if (!soft || /\s/.test(soft)) return undefined;
  return made(claim, verb.start, verb.end, `${pastParticiple(soft)} appearance of`, options);
}
