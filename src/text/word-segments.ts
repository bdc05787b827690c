// The word segments of a sentence, as Intl.Segmenter cuts them. ICU's word
// segmenter was most of the tokenizer's time on claim-dense copy, and most
// copy is Latin text, where the Unicode word-break rules (UAX #29, as ICU
// applies them) come down to a few: letters, digits and `_` join; a `:`, `.`,
// `'`, `’`, `‘` or `·` joins two letters; a `,`, `;`, `.`, `'`, `’` or `‘`
// joins two digits. Text of the characters classed below (ASCII, Latin-1
// but a few, and the dashes, curly quotes, bullet, ellipsis, euro and trade
// mark sign that copy is full of) is cut by those rules here; any other text
// goes to ICU. Spaces and punctuation are given in runs, each symbol token
// (SYMBOL_TOKENS) alone: the tokenizer reads only word-like segments and
// symbols, and keeps the rest as the text between them.
// tests/unit/word-segments.test.ts holds the scanner to ICU's answers.

export interface WordSegment {
  segment: string;
  index: number;
  isWordLike?: boolean | undefined;
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const UNDERSCORE = 3;
/** Joins two letters: `:`, `·`. */
const MID_LETTER = 4;
/** Joins two letters or two digits: `.`, `'`, `’`, `‘`. */
const MID_NUM_LET = 5;
/** Joins two digits: `,` and `;`. */
const MID_NUM = 6;
/** A symbol token: a segment of its own. */
const SYMBOL = 7;
/** A character this scanner leaves to ICU: the text goes there whole. */
const UNKNOWN = 8;

/** Latin-1, by code unit. */
const CLASS = new Uint8Array(256).fill(OTHER);
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = LETTER;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LETTER;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = DIGIT;
CLASS[0x5f] = UNDERSCORE;
CLASS[0x3a] = MID_LETTER;
CLASS[0x2e] = MID_NUM_LET;
CLASS[0x27] = MID_NUM_LET;
CLASS[0x2c] = MID_NUM;
CLASS[0x3b] = MID_NUM;
// Latin-1's letters (ª µ º, À to ÿ but × and ÷), its middle dot; its
// control characters, soft hyphen (a format character, which the rules read
// through) and cedilla (which ICU reads as a letter) go to ICU.
for (const c of [0xaa, 0xb5, 0xba]) CLASS[c] = LETTER;
for (let c = 0xc0; c <= 0xff; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = LETTER;
CLASS[0xb7] = MID_LETTER;
for (let c = 0x80; c <= 0x9f; c++) CLASS[c] = UNKNOWN;
CLASS[0xad] = UNKNOWN;
CLASS[0xb8] = UNKNOWN;
/** Beyond Latin-1: the punctuation marketing copy uses most, and the
 * object replacement character that stands for what is not prose (BARRIER). */
const WIDE: ReadonlyMap<number, number> = new Map([
  [0x2018, MID_NUM_LET],
  [0x2019, MID_NUM_LET],
  ...[0x2013, 0x2014, 0x201c, 0x201d, 0x2022, 0x2026, 0x20ac, 0x2122, 0xfffc].map((c): [number, number] => [c, OTHER]),
]);

let segmenter: Intl.Segmenter | undefined;

/** Word segments of `text`; `symbols` are the one-character tokens that
 * must come out as segments of their own. */
export function wordSegments(text: string, symbols: readonly string[]): Iterable<WordSegment> {
  const cut = cutWords(text, symbols);
  if (!cut) return icuWordSegments(text);
  const out: WordSegment[] = [];
  for (let k = 0; k < cut.count; k++) {
    const start = cut.starts[k]!;
    out.push({ segment: text.slice(start, cut.ends[k]!), index: start, isWordLike: cut.kinds[k] === WORD_CUT });
  }
  return out;
}

/** ICU's word segments of `text` (for text cutWords leaves to it). */
export function icuWordSegments(text: string): Iterable<WordSegment> {
  // Made on first use: loading ICU's break rules costs milliseconds.
  segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  return segmenter.segment(text);
}

interface Classes {
  latin: Uint8Array;
  wide: ReadonlyMap<number, number>;
}

const classes = new WeakMap<readonly string[], Classes>();

function classesWith(symbols: readonly string[]): Classes {
  let table = classes.get(symbols);
  if (!table) {
    const latin = CLASS.slice();
    const wide = new Map(WIDE);
    for (const s of symbols) {
      if (s.length !== 1) continue;
      const c = s.charCodeAt(0);
      if (c < 256 && latin[c] === OTHER) latin[c] = SYMBOL;
      else if (wide.get(c) === OTHER) wide.set(c, SYMBOL);
    }
    classes.set(symbols, (table = { latin, wide }));
  }
  return table;
}

/** A cut of `cutWords`: a word (ICU's word-like), a symbol token, or
 * anything else (spaces, punctuation, a lone `_`). */
export const WORD_CUT = 1;
export const SYMBOL_CUT = 2;
export const OTHER_CUT = 0;

/** The segments of a text (wordSegments' cuts), as numbers in arrays shared
 * by every call: valid until the next call. */
export interface WordCuts {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
}

const cuts: WordCuts = { count: 0, starts: new Int32Array(256), ends: new Int32Array(256), kinds: new Uint8Array(256) };

/**
 * Cuts `text` as wordSegments does, without a string or an object per
 * segment (the tokenizer slices only the words, src/text/sentences.ts);
 * undefined when the text has a character this scanner leaves to ICU.
 */
export function cutWords(text: string, symbols: readonly string[]): WordCuts | undefined {
  const { latin, wide } = classesWith(symbols);
  const kindAt = (i: number): number => {
    const c = text.charCodeAt(i);
    return c < 256 ? latin[c]! : (wide.get(c) ?? UNKNOWN);
  };
  const n = text.length;
  if (cuts.starts.length < n) {
    const size = Math.max(n, 2 * cuts.starts.length);
    cuts.starts = new Int32Array(size);
    cuts.ends = new Int32Array(size);
    cuts.kinds = new Uint8Array(size);
  }
  const { starts, ends, kinds } = cuts;
  let count = 0;
  let i = 0;
  while (i < n) {
    const start = i;
    const k = kindAt(i);
    let cut = OTHER_CUT;
    if (k === LETTER || k === DIGIT || k === UNDERSCORE) {
      let last = k;
      i++;
      while (i < n) {
        const c = kindAt(i);
        if (c === LETTER || c === DIGIT || c === UNDERSCORE) {
          last = c;
          i++;
          continue;
        }
        const next = i + 1 < n ? kindAt(i + 1) : OTHER;
        const joinsLetters = last === LETTER && next === LETTER && (c === MID_LETTER || c === MID_NUM_LET);
        const joinsDigits = last === DIGIT && next === DIGIT && (c === MID_NUM || c === MID_NUM_LET);
        if (!joinsLetters && !joinsDigits) break;
        last = next;
        i += 2;
      }
      // ICU gives a lone `_` no word status, and any longer run one.
      cut = i - start === 1 && k === UNDERSCORE ? OTHER_CUT : WORD_CUT;
    } else if (k === SYMBOL) {
      i++;
      cut = SYMBOL_CUT;
    } else if (k === UNKNOWN) {
      return undefined;
    } else {
      i++;
      while (i < n) {
        const c = kindAt(i);
        if (c === LETTER || c === DIGIT || c === UNDERSCORE || c === SYMBOL) break;
        if (c === UNKNOWN) return undefined;
        i++;
      }
    }
    starts[count] = start;
    ends[count] = i;
    kinds[count] = cut;
    count++;
  }
  cuts.count = count;
  return cuts;
}
