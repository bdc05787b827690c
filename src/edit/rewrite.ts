// Builds hedged rewrites that keep the sentence grammatical: it reads the verb
// form as written ("Reduce", "reduces", "will reduce", "reducing", "to reduce")
// and words the hedge to fit, so only the claim's own words change.
import type { ClaimContext, Rewrite } from '../judge/rule.js';
import type { Token } from '../text/sentences.js';

export type VerbForm = 'imperative' | 'third' | 'modal' | 'infinitive' | 'gerund' | 'past' | 'base';

// Intensifiers before a verb that a hedged claim must drop ("completely removes").
const INTENSIFIERS = new Set([
  'completely', 'totally', 'fully', 'entirely', 'permanently', 'instantly', 'immediately', 'visibly', 'dramatically',
  'significantly', 'effectively', 'actually', 'quickly', 'rapidly', 'really', 'truly', 'literally', 'drastically',
  'noticeably', 'clearly', 'radically', 'powerfully', 'magically', 'forever', 'guaranteed', 'definitely', 'always',
  'finally', 'easily', 'naturally', 'safely', 'gently', 'deeply', 'substantially', 'greatly', 'vastly', 'swiftly',
]);
const MODALS = new Set(['will', 'can', 'does', 'do', 'shall', 'would', "'ll", 'could', 'did']);

export interface VerbGroup {
  /** Token range replaced by the rewrite, end exclusive. */
  start: number;
  end: number;
  form: VerbForm;
}

/** Where the verb group starts and what form the verb is in. */
export function verbGroup(tokens: readonly Token[], verbStart: number, verbEnd: number): VerbGroup {
  let start = verbStart;
  while (start > 0 && INTENSIFIERS.has(tokens[start - 1]!.norm) && !tokens[start]!.hardBreakBefore) start--;
  const verb = tokens[verbStart]!.norm;
  const before = start > 0 && !tokens[start]!.hardBreakBefore ? tokens[start - 1]!.norm : undefined;
  if (before !== undefined && MODALS.has(before)) return { start: start - 1, end: verbEnd, form: 'modal' };
  if (before === 'to') return { start, end: verbEnd, form: 'infinitive' };
  if (verb.endsWith('ing')) return { start, end: verbEnd, form: 'gerund' };
  if (verb.endsWith('ed')) return { start, end: verbEnd, form: 'past' };
  if (start === 0 && !/s$/.test(verb)) return { start, end: verbEnd, form: 'imperative' };
  if (/[^s]s$|ses$|xes$|zes$|ches$|shes$/.test(verb) && !/ss$/.test(verb)) return { start, end: verbEnd, form: 'third' };
  if (start === 0) return { start, end: verbEnd, form: 'imperative' };
  return { start, end: verbEnd, form: 'base' };
}

/** "help reduce" in the form the sentence needs: "Help reduce", "may help
 * reduce", "helping reduce", "helped reduce". */
export function hedgeFor(form: VerbForm, phrase: string): string {
  switch (form) {
    case 'imperative':
    case 'infinitive':
      return `help ${phrase}`;
    case 'gerund':
      return `helping ${phrase}`;
    case 'past':
      return `helped ${phrase}`;
    case 'third':
    case 'modal':
    case 'base':
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

/** Rewrites "<verb> <object>" as "<hedge> <soft verb> the appearance of <object>".
 * Only the verb group's own characters are replaced. */
export function hedgeVerb(claim: ClaimContext, verbCapture: string, options: { soft?: string; appearance: boolean }): Rewrite | undefined {
  const verb = claim.capture(verbCapture);
  if (!verb || verb.end <= verb.start) return undefined;
  const tokens = claim.tokens;
  const group = verbGroup(tokens, verb.start, verb.end);
  const soft = options.soft ?? verb.entry?.attrs['soft'] ?? verb.entry?.phrase ?? verb.text.toLowerCase();
  const text = hedgeFor(group.form, soft) + (options.appearance ? ' the appearance of' : '');
  const original = sliceTokens(claim, group.start, group.end);
  const start = tokens[group.start]!.start;
  const end = tokens[group.end - 1]!.end;
  return { start, end, text: matchCase(original, text, group.start === 0) };
}

/** Replaces the whole claim with a phrase, worded for the verb form found. */
export function replaceClaim(
  claim: ClaimContext,
  verbCapture: string | undefined,
  phrase: string,
  desc?: string,
): Rewrite {
  const tokens = claim.tokens;
  const verb = verbCapture ? claim.capture(verbCapture) : undefined;
  let start = claim.start;
  let text = phrase;
  if (verb && verb.end > verb.start) {
    const group = verbGroup(tokens, verb.start, verb.end);
    start = Math.min(start, group.start);
    text = hedgeFor(group.form, phrase);
  }
  const original = sliceTokens(claim, start, claim.end);
  const out: Rewrite = { start: tokens[start]!.start, end: tokens[claim.end - 1]!.end, text: matchCase(original, text, start === 0) };
  if (desc) out.desc = desc;
  return out;
}

/** Replaces tokens [start, end) of the claim's sentence by `text`, in the
 * case of what it replaces. */
export function replaceTokens(claim: ClaimContext, start: number, end: number, text: string, desc?: string): Rewrite {
  const tokens = claim.tokens;
  const out: Rewrite = { start: tokens[start]!.start, end: tokens[end - 1]!.end, text: matchCase(sliceTokens(claim, start, end), text, start === 0) };
  if (desc) out.desc = desc;
  return out;
}

function sliceTokens(claim: ClaimContext, start: number, end: number): string {
  const tokens = claim.tokens;
  const s = tokens[start]!.start - claim.sentence.start;
  const e = tokens[end - 1]!.end - claim.sentence.start;
  return claim.sentence.text.slice(s, e);
}
