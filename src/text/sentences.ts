// Splits a prose block into sentences and each sentence into word tokens, as
// Intl.Segmenter cuts them (Latin text by claimlint's own scanners of the
// same rules, sentence-segments.ts and word-segments.ts). Offsets are text
// offsets within the block.
import { BARRIER } from '../prose/project.js';
import { MAX_SENTENCE_CHARS } from '../shared/limits.js';
import { wordForms } from './word-key.js';
import { segmentInWindows, splitLongSpan } from './segment-in-windows.js';
import { cutWords, icuWordSegments, OTHER_CUT, wordSegments, type WordSegment } from './word-segments.js';
import { SentenceSegmenter } from './sentence-segments.js';

/** Every field is on every token, the marks undefined until set: tokens of
 * several shapes made the matcher's reads of them polymorphic. */
export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  surface: string;
  /** Lower-case, accent-free form (not stemmed). */
  norm: string;
  /** Matching key (normalised and stemmed). */
  key: string;
  /** The key's number (src/text/word-key.ts keyNumber), or -1 when it has none. */
  id: number;
  /** Strong punctuation (; : brackets, dashes) or a non-prose barrier stands
   * between this token and the previous one: gaps in patterns never cross it. */
  hardBreakBefore: boolean;
  /** A comma stands between this token and the previous one. */
  commaBefore: boolean;
  /** A hard line break stands before this token: the words either side may
   * meet, but no pattern gap crosses it (set by the engine from the block). */
  lineBreakBefore: boolean | undefined;
  /** The break before this token is a label's colon or a dash alone
   * ("Eczema: gone", "Wrinkles - gone"): a pattern may allow it (`:`). */
  labelBefore: boolean | undefined;
  /** A hyphen, and nothing else, joins this token to the previous one: the
   * two make one compound word ("acne-fighting", "wrinkle-erasing"). */
  hyphenBefore: boolean | undefined;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

// Latin text is cut without ICU, whose sentence rules cost milliseconds to
// load (src/text/sentence-segments.ts).
const sentenceSegmenter = new SentenceSegmenter();

// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'sr', 'jr', 'vs', 'no', 'nos', 'fig', 'figs', 'approx', 'incl',
  'e.g', 'i.e', 'eg', 'ie', 'cf', 'al', 'ca', 'est', 'dept', 'inc', 'ltd', 'co', 'mt', 'ft', 'vol', 'pp',
]);

const TRAILING_WORD = /([A-Za-z][A-Za-z.]*)\.\s*$/;
/** Symbols that carry meaning in claims ("100%", "#1", "3 + 1"): kept as
 * tokens of their own although they are not words. The one list: the
 * matcher's phrase cutter and the prefilter's word reader use it too. */
export const SYMBOL_TOKENS: readonly string[] = ['%', '#', '+', '&', '\u00D7', '\u00A3', '$', '\u20AC'];
const SYMBOL_SET = new Set(SYMBOL_TOKENS);
// A pipe separates cells, menu items and title parts ("Botox | Fillers"), never words of one phrase.
// A colon, or a dash with space around it, and nothing else: "Eczema: gone", "Acne \u2014 gone".
const LABEL_BREAK = /^\s*(?::|\s[-\u2013\u2014]|\u2014)\s*$/;
const HARD_PUNCTUATION = /[;:()[\]{}|\u2013\u2014!?"\u201c\u201d]|\s-\s|\uFFFC/;

/** A full stop between two words ends a match even where the sentence
 * splitter kept going (a lower-case word after it), unless it closes an
 * abbreviation ("Dr. Lee", "No. 1", "e.g. acne"). */
function fullStopBetween(between: string, previous: Token): boolean {
  return /\.\s/.test(between) && !ABBREVIATIONS.has(previous.norm) && !/\./.test(previous.surface);
}

/** Whether `text[from, to)` ends with an abbreviation. Looks at the last
 * few characters only, so merging many short pieces stays linear. */
export function endsWithAbbreviation(text: string, from: number, to: number): boolean {
  const s = Math.max(from, to - 24);
  const m = TRAILING_WORD.exec(text.slice(s, to));
  if (m === null || (m.index === 0 && s > from && /[A-Za-z.]/.test(text[s - 1]!))) return false;
  return ABBREVIATIONS.has(m[1]!.toLowerCase());
}

/** Longer "sentences" are cut (a 1 MB line with no full stop): the work per
 * sentence must stay bounded, and no claim's context spans that far. */
export { MAX_SENTENCE_CHARS };

/** Punctuation between two words as it reads: fullwidth forms folded ("\uFF1B" is ";"). */
function punctuation(between: string): string {
  return /[^\x00-\x7f]/.test(between) ? between.normalize('NFKC') : between;
}

/** Sentence spans of `text`, with abbreviation guard. */
export function sentenceSpans(text: string): Array<[number, number]> {
  // A soft line break inside a paragraph renders as a space, so it must not
  // end a sentence; ICU would treat it as one.
  const flat = text.replace(/[\n\r]/g, ' ');
  const spans: Array<[number, number]> = [];
  for (const seg of segmentInWindows(sentenceSegmenter, flat)) {
    const start = seg.index;
    const end = start + seg.segment.length;
    const prev = spans[spans.length - 1];
    if (prev && (endsWithAbbreviation(flat, prev[0], prev[1]) || /^\s*[a-z]/.test(seg.segment))) {
      prev[1] = end;
    } else {
      spans.push([start, end]);
    }
  }
  if (spans.every(([s, e]) => e - s <= MAX_SENTENCE_CHARS)) return spans;
  return spans.flatMap(([s, e]) => splitLongSpan(flat, s, e, MAX_SENTENCE_CHARS));
}

// Quoted copy marks an editor's change with brackets: "[H]eal damaged skin"
// reads as "Heal". Same-length replacement keeps every offset.
const EDITORIAL = /\[(\p{L}{1,3})\](?=\p{Ll})/gu;

// What joins the two halves of a compound word: hyphen-minus, hyphen, non-breaking hyphen.
const COMPOUND_JOIN = /^[-\u2010\u2011]$/;

// Two characters the word segmenter reads otherwise than a reader: it
// breaks a word at a zero-width space ("cor\u200Brects" shows as "corrects")
// and joins two words across a narrow no-break space ("reduce\u202Fscars"
// shows as two). Each is swapped for one it reads as a reader does (a word
// joiner, which word keys drop; a space), one code unit for one, so every
// offset still points at the text as written.
const SEGMENTER_MISREADS = /[\u200b\u202f]/g;

/** The text as the word segmenter should read it: same length, same offsets. */
export function segmentable(text: string): string {
  if (!text.includes('\u200b') && !text.includes('\u202f')) return text;
  return text.replace(SEGMENTER_MISREADS, (c) => (c === '\u200b' ? '\u2060' : ' '));
}

// A bracketed gloss is read through, as a reader reads it: an acronym after
// the name it shortens ("Food and Drug Administration (FDA) has approved",
// "Platelet-Rich Plasma (PRP) stimulates") or a clause letter fixed to its
// number ("FDA 503(b) certified"). Anything longer in brackets stays a break.
const GLOSS_OPEN = /^\s*\($/;
const GLOSS_CLOSE = /^\)\s*$/;
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d&-]{2,8}$/u;
const CLAUSE_MARK = /^[a-z\d]{1,3}$/i;

function isGloss(open: string, inner: string, close: string): boolean {
  if (!GLOSS_CLOSE.test(close)) return false;
  if (open === '(') return CLAUSE_MARK.test(inner) || ACRONYM.test(inner);
  return GLOSS_OPEN.test(open) && ACRONYM.test(inner);
}

/** Word tokens of `text` between `start` and `end`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const original = text.slice(start, end);
  const edits: number[] = [];
  const readable = segmentable(original);
  const slice = readable.includes('[')
    ? readable.replace(EDITORIAL, (m: string, letters: string, at: number) => {
        edits.push(at, at + m.length - letters.length);
        return ' '.repeat(m.length - letters.length) + letters;
      })
    : readable;
  // Whether the words read are the words as written (no character swapped).
  const asWritten = slice === original;
  // The gap before the last token, kept to see a gloss once its ")" is read.
  let glossOpen = '';
  /** Adds the word (or symbol) `s`, at `index` in `slice`, with `between`
   * the text since the token before. Must not tokenize: the loop below reads
   * the cuts from arrays the next cut overwrites. */
  const add = (s: string, index: number, between: string): void => {
    const forms = wordForms(s);
    // Most words have one space or nothing before them: no break, comma,
    // hyphen or gloss to look for (each a regular expression per word).
    if (edits.length === 0 && (between === ' ' || between === '')) {
      glossOpen = between;
      tokens.push({
        start: start + index,
        end: start + index + s.length,
        surface: asWritten ? s : original.slice(index, index + s.length),
        norm: forms.norm,
        key: forms.key,
        id: forms.id,
        hardBreakBefore: false,
        commaBefore: false,
        hyphenBefore: undefined,
        labelBefore: undefined,
        lineBreakBefore: undefined,
      });
      return;
    }
    let from = index;
    for (let i = 0; i < edits.length; i += 2) if (edits[i + 1] === from) from = edits[i]!;
    const gap = punctuation(between);
    const prev = tokens[tokens.length - 1];
    const glossed = prev !== undefined && tokens.length > 1 && isGloss(glossOpen, prev.surface, gap);
    if (glossed) prev.hardBreakBefore = false;
    glossOpen = gap;
    const token: Token = {
      start: start + from,
      end: start + index + s.length,
      surface: original.slice(from, index + s.length),
      norm: forms.norm,
      key: forms.key,
      id: forms.id,
      hardBreakBefore: tokens.length > 0 && !glossed && (HARD_PUNCTUATION.test(gap) || fullStopBetween(gap, tokens[tokens.length - 1]!)),
      commaBefore: gap.includes(','),
      hyphenBefore: undefined,
      labelBefore: undefined,
      lineBreakBefore: undefined,
    };
    if (tokens.length > 0 && COMPOUND_JOIN.test(between)) token.hyphenBefore = true;
    if (token.hardBreakBefore && LABEL_BREAK.test(between)) token.labelBefore = true;
    tokens.push(token);
  };
  // Cut in place where the scanner can (ICU's segments, each a string and
  // an object, spaces and punctuation included, were half the tokenizer's
  // time on claim-dense copy).
  const cut = edits.length === 0 ? cutWords(slice, SYMBOL_TOKENS) : undefined;
  if (cut) {
    const { count, starts, ends, kinds } = cut;
    let last = 0;
    for (let k = 0; k < count; k++) {
      if (kinds[k] === OTHER_CUT) continue;
      const from = starts[k]!;
      const between = from === last ? '' : from === last + 1 && slice.charCodeAt(last) === 32 ? ' ' : slice.slice(last, from);
      add(slice.slice(from, ends[k]!), from, between);
      last = ends[k]!;
    }
    return tokens;
  }
  let between = '';
  // An array either way, walked by index: a loop over what may be an
  // array or ICU's segments allocated a result object per segment. Text
  // the scanner has read already goes to ICU straight.
  const found = edits.length === 0 ? icuWordSegments(slice) : wordSegments(slice, SYMBOL_TOKENS);
  const segments: readonly WordSegment[] = Array.isArray(found) ? found : Array.from(found);
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k]!;
    const s = seg.segment;
    if (seg.isWordLike || SYMBOL_SET.has(s)) {
      if (s.includes(BARRIER)) {
        between += BARRIER;
        continue;
      }
      add(s, seg.index, between);
      between = '';
    } else {
      between += s;
    }
  }
  return tokens;
}

/** Sentences of `text`, each with its words; `keep` may pass over sentences
 * early, before their words are cut (the prefilter's cheap test). */
export function splitSentences(text: string, keep?: (sentence: string) => boolean): Sentence[] {
  const out: Sentence[] = [];
  for (const [s, e] of sentenceSpans(text)) {
    const sentence = text.slice(s, e);
    if (keep && !keep(sentence)) continue;
    out.push({ start: s, end: e, text: sentence, tokens: tokenize(text, s, e) });
  }
  return out;
}
