// Sentence segments of printable ASCII text, as ICU's sentence segmenter
// cuts them. Making ICU's sentence segmenter costs about 10 ms (its break
// rules load on first use), which a run over one small file pays in full,
// and most copy is plain ASCII, where the Unicode sentence-break rules
// (UAX #29) come down to a few: after `.`, `!` or `?`, then closing
// punctuation and spaces, a sentence ends, unless a digit follows the full
// stop at once, or a capital follows it at once after a letter ("U.S"), or
// the next letter is lower case (`.` only), or a comma, hyphen, colon,
// semicolon or another terminator comes next. Other text goes to ICU.
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
/** Quotes and brackets. */
const CLOSE = 6;
/** Space and tab. */
const SP = 7;
/** `,` `-` `:` `;` */
const S_CONTINUE = 8;

const CLASS = new Uint8Array(128).fill(OTHER);
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = UPPER;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LOWER;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = NUMERIC;
CLASS[0x2e] = A_TERM;
for (const c of '!?') CLASS[c.charCodeAt(0)] = S_TERM;
for (const c of `"'()[]{}`) CLASS[c.charCodeAt(0)] = CLOSE;
for (const c of ' \t') CLASS[c.charCodeAt(0)] = SP;
for (const c of ',-:;') CLASS[c.charCodeAt(0)] = S_CONTINUE;

/** Text the scanner reads as ICU does: printable ASCII and tabs, nothing else. */
const SCANNABLE = /^[\t\x20-\x7e]*$/;

/** Where sentences end in `text` (printable ASCII), as offsets after each. */
function sentenceEnds(text: string): number[] {
  const n = text.length;
  const at = (i: number) => CLASS[text.charCodeAt(i)]!;
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

/** ICU's sentence segmenter for ASCII text, made only for other text. */
export class SentenceSegmenter implements Segmenter {
  private icu: Intl.Segmenter | undefined;

  segment(text: string): Iterable<Segment> {
    if (!SCANNABLE.test(text)) {
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
