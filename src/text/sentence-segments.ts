// Sentence segments of Latin text, as ICU's sentence segmenter cuts them.
// Making ICU's sentence segmenter costs about 10 ms (its break rules load on
// first use), which a run over one small file pays in full, each paragraph
// it cuts costs more than a scan, and most copy is printable ASCII, Latin-1's
// letters and the curly quotes, dashes and symbols classed below, where the
// Unicode sentence-break rules (UAX #29) come down to a few: after `.`, `!`
// or `?`, then closing punctuation and spaces, a sentence ends, unless a
// digit follows the full stop at once, or a capital follows it at once after
// a letter ("U.S"), or the next letter is lower case (`.` only), or a comma,
// hyphen, dash, colon, semicolon or another terminator comes next. Text with
// any other character goes to ICU.
// tests/unit/sentence-segments.test.ts holds the scanner to ICU's answers.
import type { Segment, Segmenter } from './segment-in-windows.js';

const OTHER = 0;
const UPPER = 1;
const LOWER = 2;
const NUMERIC = 3;
/** `.` */
const A_TERM = 4;
/** `!` and `?` */
const S_TERM = 5;
/** Quotes (curly ones and guillemets too) and brackets. */
const CLOSE = 6;
/** Space, tab and no-break space. */
const SP = 7;
/** `,` `-` `:` `;`, en and em dash. */
const S_CONTINUE = 8;

/** A character this scanner leaves to ICU: the text goes there whole. */
const UNKNOWN = 9;

/** Latin-1, by code unit: printable ASCII and tab, Latin-1's letters,
 * quotation marks, no-break space and symbols; control characters, and
 * the letters whose case ICU reads otherwise (ª º µ), go to ICU. */
const CLASS = new Uint8Array(256).fill(OTHER);
for (let c = 0; c < 0x20; c++) CLASS[c] = UNKNOWN;
for (let c = 0x7f; c < 0xa0; c++) CLASS[c] = UNKNOWN;
for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) CLASS[c] = UPPER;
for (let c = 0xdf; c <= 0xff; c++) if (c !== 0xf7) CLASS[c] = LOWER;
for (const c of [0xaa, 0xb5, 0xba, 0xad]) CLASS[c] = UNKNOWN;
CLASS[0xa0] = SP;
CLASS[0xab] = CLOSE;
CLASS[0xbb] = CLOSE;
/** Beyond Latin-1: curly quotes (closing punctuation to the rules), the en
 * and em dash (which continue a sentence), and the bullet, ellipsis, euro,
 * trade mark sign and the object replacement character (BARRIER). */
const WIDE: ReadonlyMap<number, number> = new Map([
  ...[0x2018, 0x2019, 0x201c, 0x201d].map((c): [number, number] => [c, CLOSE]),
  [0x2013, S_CONTINUE],
  [0x2014, S_CONTINUE],
  ...[0x2022, 0x2026, 0x20ac, 0x2122, 0xfffc].map((c): [number, number] => [c, OTHER]),
]);
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = UPPER;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LOWER;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = NUMERIC;
CLASS[0x2e] = A_TERM;
for (const c of '!?') CLASS[c.charCodeAt(0)] = S_TERM;
for (const c of `"'()[]{}`) CLASS[c.charCodeAt(0)] = CLOSE;
for (const c of ' \t') CLASS[c.charCodeAt(0)] = SP;
for (const c of ',-:;') CLASS[c.charCodeAt(0)] = S_CONTINUE;

/** Whether every character of `text` is one the scanner classes. */
function scannable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 256 ? CLASS[c]! : (WIDE.get(c) ?? UNKNOWN)) === UNKNOWN) return false;
  }
  return true;
}

/** Where sentences end in `text` (scannable), as offsets after each. */
function sentenceEnds(text: string): number[] {
  const n = text.length;
  const at = (i: number) => {
    const c = text.charCodeAt(i);
    return c < 256 ? CLASS[c]! : WIDE.get(c)!;
  };
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    const k = at(i);
    if (k !== A_TERM && k !== S_TERM) {
      i++;
      continue;
    }
    const next = i + 1;
    if (k === A_TERM && next < n) {
      // "3.5", and "U.S" after a letter: no break.
      const after = at(next);
      if (after === NUMERIC || (after === UPPER && i > 0 && (at(i - 1) === UPPER || at(i - 1) === LOWER))) {
        i = next;
        continue;
      }
    }
    let m = next;
    while (m < n && at(m) === CLOSE) m++;
    while (m < n && at(m) === SP) m++;
    if (m >= n) break;
    const follow = at(m);
    // A comma, hyphen, colon or semicolon, or another terminator: the sentence goes on.
    if (follow === S_CONTINUE || follow === A_TERM || follow === S_TERM) {
      i = m;
      continue;
    }
    if (k === A_TERM) {
      // The next letter (or terminator) decides: lower case goes on.
      let q = m;
      while (q < n && at(q) !== UPPER && at(q) !== LOWER && at(q) !== A_TERM && at(q) !== S_TERM) q++;
      if (q < n && at(q) === LOWER) {
        i = m;
        continue;
      }
    }
    ends.push(m);
    i = m;
  }
  return ends;
}

/** The scanner for the text it classes; ICU's sentence segmenter, made only for other text. */
export class SentenceSegmenter implements Segmenter {
  private icu: Intl.Segmenter | undefined;

  segment(text: string): Iterable<Segment> {
    if (!scannable(text)) {
      this.icu ??= new Intl.Segmenter('en', { granularity: 'sentence' });
      return this.icu.segment(text);
    }
    const out: Segment[] = [];
    let from = 0;
    for (const end of sentenceEnds(text)) {
      out.push({ index: from, segment: text.slice(from, end) });
      from = end;
    }
    if (from < text.length) out.push({ index: from, segment: text.slice(from) });
    return out;
  }
}
