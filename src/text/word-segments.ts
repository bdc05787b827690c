// The word segments of a sentence, as Intl.Segmenter cuts them. ICU's word
// segmenter was most of the tokenizer's time on claim-dense copy, and most
// copy is plain ASCII, where the Unicode word-break rules (UAX #29, as ICU
// applies them) come down to a few: letters, digits and `_` join; a `:`, `.`
// or `'` joins two letters; a `,`, `;`, `.` or `'` joins two digits. ASCII
// text is cut by those rules here; any other text goes to ICU. Spaces and
// punctuation are given in runs, each symbol token (SYMBOL_TOKENS) alone:
// the tokenizer reads only word-like segments and symbols, and keeps the rest
// as the text between them. tests/unit/word-segments.test.ts holds the
// scanner to ICU's answers.

export interface WordSegment {
  segment: string;
  index: number;
  isWordLike?: boolean | undefined;
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const UNDERSCORE = 3;
/** Joins two letters: `:`. */
const MID_LETTER = 4;
/** Joins two letters or two digits: `.` and `'`. */
const MID_NUM_LET = 5;
/** Joins two digits: `,` and `;`. */
const MID_NUM = 6;
/** A symbol token: a segment of its own. */
const SYMBOL = 7;

const CLASS = new Uint8Array(128).fill(OTHER);
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = LETTER;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LETTER;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = DIGIT;
CLASS[0x5f] = UNDERSCORE;
CLASS[0x3a] = MID_LETTER;
CLASS[0x2e] = MID_NUM_LET;
CLASS[0x27] = MID_NUM_LET;
CLASS[0x2c] = MID_NUM;
CLASS[0x3b] = MID_NUM;

const NON_ASCII = /[^\x00-\x7f]/;

let segmenter: Intl.Segmenter | undefined;

/** Word segments of `text`; `symbols` are the one-character tokens that
 * must come out as segments of their own. */
export function wordSegments(text: string, symbols: readonly string[]): Iterable<WordSegment> {
  if (NON_ASCII.test(text)) {
    // Made on first use: loading ICU's break rules costs milliseconds.
    segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
    return segmenter.segment(text);
  }
  return asciiSegments(text, symbols);
}

const classes = new WeakMap<readonly string[], Uint8Array>();

function classesWith(symbols: readonly string[]): Uint8Array {
  let table = classes.get(symbols);
  if (!table) {
    table = CLASS.slice();
    for (const s of symbols) if (s.length === 1 && s.charCodeAt(0) < 128 && table[s.charCodeAt(0)] === OTHER) table[s.charCodeAt(0)] = SYMBOL;
    classes.set(symbols, table);
  }
  return table;
}

function asciiSegments(text: string, symbols: readonly string[]): WordSegment[] {
  const kind = classesWith(symbols);
  const out: WordSegment[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const k = kind[text.charCodeAt(i)]!;
    if (k === LETTER || k === DIGIT || k === UNDERSCORE) {
      let last = k;
      i++;
      while (i < n) {
        const c = kind[text.charCodeAt(i)]!;
        if (c === LETTER || c === DIGIT || c === UNDERSCORE) {
          last = c;
          i++;
          continue;
        }
        const next = i + 1 < n ? kind[text.charCodeAt(i + 1)]! : OTHER;
        const joinsLetters = last === LETTER && next === LETTER && (c === MID_LETTER || c === MID_NUM_LET);
        const joinsDigits = last === DIGIT && next === DIGIT && (c === MID_NUM || c === MID_NUM_LET);
        if (!joinsLetters && !joinsDigits) break;
        last = next;
        i += 2;
      }
      const segment = text.slice(start, i);
      // ICU gives a lone `_` no word status, and any longer run one.
      out.push({ segment, index: start, isWordLike: segment !== '_' });
    } else if (k === SYMBOL) {
      i++;
      out.push({ segment: text[start]!, index: start, isWordLike: false });
    } else {
      i++;
      while (i < n) {
        const c = kind[text.charCodeAt(i)]!;
        if (c === LETTER || c === DIGIT || c === UNDERSCORE || c === SYMBOL) break;
        i++;
      }
      out.push({ segment: text.slice(start, i), index: start, isWordLike: false });
    }
  }
  return out;
}
