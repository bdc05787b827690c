// How the claims are drawn in the copy of the text under the textarea: the
// HTML of each line, with each claim a <mark>. Kept free of the DOM so the
// drawing is tested without a browser (tests/unit/web-marks.test.ts).
//
// Claims can overlap: the CLI reports a short claim inside a longer one ("erases
// fine lines" inside a claim of speed) as two findings, and each needs a mark of
// its own. Marks are nested, the longer outside; where two only partly overlap,
// the one that starts later is closed and opened again around the other's end,
// so it comes in pieces, as a mark across lines does.

export interface Mark {
  start: number;
  end: number;
  severity: 'error' | 'warning';
  /** The finding's index in the list beside the text. */
  index: number;
  /** Typed over since the last check: shown until the next one ends. */
  stale?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** A mark's part on one line. */
interface Piece {
  start: number;
  end: number;
  mark: Mark;
}

/** Outer before inner: earlier start, then later end; the list's order breaks ties. */
const outerFirst = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || a.mark.index - b.mark.index;

/** The line each offset of `text` is on, by binary search over the lines' starts. */
function lineOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineHtml(text: string, lineStart: number, lineEnd: number, pieces: Piece[], active: number | undefined): string {
  pieces.sort(outerFirst);
  const points = [...new Set(pieces.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
  const stack: Piece[] = [];
  let out = '';
  let pos = lineStart;
  let next = 0;
  const open = (p: Piece) => {
    const m = p.mark;
    const cls = `sev-${m.severity}${m.index === active ? ' active' : ''}${m.stale ? ' stale' : ''}`;
    // No offsets in the HTML: a line after an edit then reads as it did and is left alone.
    out += `<mark class="${cls}" data-index="${m.index}">`;
    stack.push(p);
  };
  for (const x of points) {
    out += escapeHtml(text.slice(pos, x));
    pos = x;
    const lowest = stack.findIndex((p) => p.end <= x);
    if (lowest >= 0) {
      // Close every mark down to the lowest that ends here; those above it that go on are opened again.
      const reopen = stack.slice(lowest).filter((p) => p.end > x);
      out += '</mark>'.repeat(stack.length - lowest);
      stack.length = lowest;
      reopen.forEach(open);
    }
    while (next < pieces.length && pieces[next]!.start === x) open(pieces[next++]!);
  }
  out += escapeHtml(text.slice(pos, lineEnd));
  // An empty line still takes a line's height.
  return out === '' ? '\u200b' : out;
}

/** Each line's HTML, and which findings each line marks, for the lines of
 * `text`, which begins at offset `base` of the whole text the marks refer to. */
export function linesHtml(text: string, marks: readonly Mark[], active: number | undefined, base = 0): { html: string[]; marked: number[][] } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineEnd = (line: number) => (line + 1 < starts.length ? starts[line + 1]! - 1 : text.length);
  const pieces: Piece[][] = starts.map(() => []);
  for (const whole of marks) {
    const start = Math.max(whole.start - base, 0);
    const end = Math.min(whole.end - base, text.length);
    if (end <= start) continue;
    for (let line = lineOf(starts, start); line < starts.length && starts[line]! < end; line++) {
      const s = Math.max(start, starts[line]!);
      const e = Math.min(end, lineEnd(line));
      if (e > s) pieces[line]!.push({ start: s, end: e, mark: whole });
    }
  }
  return {
    html: starts.map((s, line) => lineHtml(text, s, lineEnd(line), pieces[line]!, active)),
    marked: pieces.map((here) => [...new Set(here.map((p) => p.mark.index))]),
  };
}
