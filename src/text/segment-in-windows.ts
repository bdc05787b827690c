// Keeps text segmentation linear in the length of the text. V8's
// Intl.Segmenter takes time per segment that grows with the length of the
// whole string (measured on Node 20: 400 KB of short sentences take 11 s, a
// 200 KB run of words 12 s), so long texts are fed to it in windows, and a
// segment a window cut short is segmented again from its start in the next.

export interface SegmentSpan {
  index: number;
  segment: string;
  isWordLike: boolean;
}

/** A segment as Intl.Segmenter gives it (what segmentInWindows reads of one). */
export interface Segment {
  segment: string;
  index: number;
  isWordLike?: boolean | undefined;
}

/** What is segmented in windows: Intl.Segmenter, or a scanner that cuts as it does. */
export interface Segmenter {
  segment(text: string): Iterable<Segment>;
}

export const SEGMENT_WINDOW = 2048;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000;
}

/** An offset in `slice` that does not split a surrogate pair, preferring
 * the start of a word after whitespace (a boundary every granularity agrees
 * on) in the second half of the slice, after the longest run of whitespace
 * there: the widest gap is the least likely to fall inside a phrase. */
export function safeCut(slice: string): number {
  let best = -1;
  let bestRun = 0;
  let run = 0;
  for (let i = Math.floor(slice.length / 2); i < slice.length; i++) {
    const code = slice.charCodeAt(i);
    if (isSpace(code)) {
      run++;
      continue;
    }
    if (run > 0 && run >= bestRun && !/\p{M}|\p{Cf}/u.test(slice[i]!)) {
      best = i;
      bestRun = run;
    }
    run = 0;
  }
  if (best > 0) return best;
  const end = slice.length;
  const code = slice.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/** The segments of `text`, as `segmenter.segment(text)` would give them,
 * computed window by window. */
export function* segmentInWindows(segmenter: Segmenter, text: string, size = SEGMENT_WINDOW): Generator<SegmentSpan> {
  // A window must hold more than a surrogate pair for every step to advance.
  const window = Math.max(size, 16);
  let pos = 0;
  while (pos < text.length) {
    if (text.length - pos <= window) {
      for (const s of segmenter.segment(pos === 0 ? text : text.slice(pos))) {
        yield { index: pos + s.index, segment: s.segment, isWordLike: s.isWordLike === true };
      }
      return;
    }
    // Never end a window between the two halves of a surrogate pair.
    const high = text.charCodeAt(pos + window - 1);
    const slice = text.slice(pos, high >= 0xd800 && high <= 0xdbff ? pos + window - 1 : pos + window);
    let held: Segment | undefined;
    for (const s of segmenter.segment(slice)) {
      if (held) yield { index: pos + held.index, segment: held.segment, isWordLike: held.isWordLike === true };
      held = s;
    }
    if (held && held.index > 0) {
      // The window may have cut the last segment short: start the next window there.
      pos += held.index;
      continue;
    }
    // One segment fills the whole window: cut it where a word starts.
    const cut = safeCut(slice);
    for (const s of segmenter.segment(slice.slice(0, cut))) {
      yield { index: pos + s.index, segment: s.segment, isWordLike: s.isWordLike === true };
    }
    pos += cut;
  }
}

/** Splits [start, end) of `text` into pieces of at most `max` characters,
 * each cut after strong punctuation if there is some near the limit, else
 * after a comma, else between words. */
export function splitLongSpan(text: string, start: number, end: number, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  while (end - s > max) {
    const slice = text.slice(s, s + max);
    const cut = lastBreak(slice, /[;:!?)\]]\s/g) ?? lastBreak(slice, /,\s/g) ?? safeCut(slice);
    out.push([s, s + cut]);
    s += cut;
  }
  out.push([s, end]);
  return out;
}

/** Offset just after the last match of `re` in the second half of `slice`. */
function lastBreak(slice: string, re: RegExp): number | undefined {
  let best: number | undefined;
  for (const m of slice.matchAll(re)) if (m.index > slice.length / 2) best = m.index + m[0].length;
  return best;
}
