// One normal form for words, used both when rules are compiled and when text
// is read, so that spelling and inflection variants meet in the middle:
// "Minimises", "minimizing" and "minimized" all become the same key.
import { foldInflection } from './inflection.js';
import { latinLookAlikes } from './look-alikes.js';

// British spellings folded to American before stemming. Applied to both sides
// of every comparison, so an odd fold ("promise" -> "promize") is harmless.
const SPELLING: Array<[RegExp, string]> = [
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([a-z]{3})our(s|ed|ing|ful|less)?$/, '$1or$2'],
  [/^ageing$/, 'aging'],
  [/^(o|a)e(dema|stro|mia|sthetic|sthetics)/, 'e$2'],
  [/^haem/, 'hem'],
  [/^(cent|fib|lit|met)re(s)?$/, '$1er$2'],
  [/^an(a)?emia/, 'anemia'],
];

const cache = new Map<string, WordForms>();

/** The words looked up last, one per slot by a hash of their length and
 * first, middle and last letters: a few kilobytes the processor keeps close,
 * where `cache` grows to tens of thousands of entries and a lookup there was
 * most of what tokenizing a word cost on claim-dense copy. Holds nothing
 * `cache` does not: both are forgotten together. */
const RECENT = 4096;
const recentWords = new Array<string | undefined>(RECENT).fill(undefined);
const recentForms = new Array<WordForms | undefined>(RECENT).fill(undefined);

function recentSlot(word: string): number {
  const n = word.length;
  return n === 0 ? 0 : (Math.imul(word.charCodeAt(0), 31) ^ Math.imul(word.charCodeAt(n - 1), 1021) ^ Math.imul(word.charCodeAt(n >> 1), 127) ^ Math.imul(n, 65599)) & (RECENT - 1);
}

/** Forgets every word's forms (both caches). */
function forgetForms(): void {
  cache.clear();
  recentWords.fill(undefined);
  recentForms.fill(undefined);
}

// Code points that show nothing (soft hyphen, zero-width space and joiners,
// word joiner, variation selectors, bidi controls, byte order mark...): the
// word segmenter keeps most of them inside a word, where they would hide it.
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Lower-case, accent-free, straight-apostrophe form of a word, possessive
 * removed, as a reader sees it: invisible code points dropped, compatibility
 * forms folded (fullwidth and mathematical letters, ligatures: NFKD), and
 * Latin look-alikes of other scripts read as Latin in a mixed-script word.
 * Plain ASCII, nearly every word, takes none of those steps. */
export function normalizeWord(word: string): string {
  let w = word;
  if (/[^\x00-\x7f]/.test(w)) {
    w = latinLookAlikes(w.replace(IGNORABLE, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).replace(/[\u2018\u2019\u02bc]/g, "'");
  }
  w = w.toLowerCase();
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("s'")) w = w.slice(0, -1);
  return w;
}

// One string object per key, and a number for it: the matcher looks keys up
// in maps keyed by the rules' keys thousands of times a sentence, and a key
// that is the very object stored there is found by identity, where an equal
// copy ("minimises" and "minimized" both make "minimiz") is compared
// character by character; a token carries its key's number, so the matcher
// reads which of its own keys a word has from an array.
interface Canonical {
  readonly key: string;
  readonly id: number;
}
const canonical = new Map<string, Canonical>();
const MAX_CANONICAL = 200_000;
/** Whether some word's forms were kept without a number (past MAX_CANONICAL). */
let unnumbered = false;

function canonicalOf(key: string, keep: boolean): Canonical | undefined {
  let hit = canonical.get(key);
  if (hit === undefined && (keep || canonical.size < MAX_CANONICAL)) {
    hit = { key, id: canonical.size };
    canonical.set(key, hit);
    // A word read before its key had a number keeps -1 in the cache: a
    // pattern's key must always be found.
    if (unnumbered) {
      forgetForms();
      unnumbered = false;
    }
  }
  return hit;
}

/** The one object for `key` (or `key` itself once that many keys are held). */
export function canonicalKey(key: string): string {
  return canonicalOf(key, false)?.key ?? key;
}

/** The number of `key`, given for good however many keys are held: a
 * pattern's keys (src/match/matcher.ts). Words' keys past that many have
 * none (-1), which no pattern's key is. */
export function keyNumber(key: string): number {
  return canonicalOf(key, true)!.id;
}

/** A word's normal form (normalizeWord), its matching key (wordKey) and the key's number (keyNumber, or -1). */
export interface WordForms {
  readonly norm: string;
  readonly key: string;
  readonly id: number;
}

/** All forms of a word, from one lookup: tokenizing a sentence asks for
 * them of every word, and looking the word up is most of the cost. */
export function wordForms(word: string): WordForms {
  const slot = recentSlot(word);
  if (recentWords[slot] === word) return recentForms[slot]!;
  const hit = cache.get(word);
  if (hit !== undefined) {
    recentWords[slot] = word;
    recentForms[slot] = hit;
    return hit;
  }
  const norm = normalizeWord(word);
  let w = norm;
  if (w.length > 4) for (const [re, to] of SPELLING) w = w.replace(re, to);
  const key = foldInflection(w);
  const c = canonicalOf(key, false);
  if (c === undefined) unnumbered = true;
  const forms = { norm, key: c?.key ?? key, id: c?.id ?? -1 };
  if (cache.size > 50_000) forgetForms();
  cache.set(word, forms);
  recentWords[slot] = word;
  recentForms[slot] = forms;
  return forms;
}

/** The matching key of a word: normalised, spelling folded, inflection folded. */
export function wordKey(word: string): string {
  return wordForms(word).key;
}
