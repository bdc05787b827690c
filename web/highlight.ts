// The marks under the text: a copy of the textarea's text, laid out the same
// way behind it, in which each claim is a <mark>. The copy also gives the
// editor its height, so the textarea never scrolls on its own.
//
// The copy is one block per line of the text. A textarea wraps each line on
// its own, so blocks lay out alike; and a keystroke changes one line, so only
// that block is redrawn and laid out again, however long the article. What a
// line's HTML is (overlapping claims included) is mark-layout.ts's.

import { linesHtml, type Mark } from './mark-layout.js';

export type { Mark };

export class Backdrop {
  private blocks: HTMLDivElement[] = [];
  private html: string[] = [];
  /** Per line, the findings it marks (for setActive). */
  private marked: number[][] = [];

  constructor(private readonly root: HTMLElement) {}

  /** Draws `text` with its marks, redrawing only the lines that changed. */
  render(text: string, marks: readonly Mark[], active: number | undefined): void {
    this.apply(linesHtml(text, marks, active));
  }

  /**
   * After an edit of the text drawn last (`before`) into `after`: works out
   * only the lines the edit touched, the others being as they were (marks
   * carry no offsets), so a keystroke costs the same in a long article as in
   * a short one.
   */
  renderEdit(before: string, after: string, marks: readonly Mark[], active: number | undefined): void {
    if (this.html.length !== lineCount(before)) return this.render(after, marks, active);
    const { head, tail } = editBetween(before, after);
    // The lines the edit touched: from the start of its first line to the end of its last,
    // in either text; what lies outside them is the same in both.
    // (lastIndexOf reads a negative start as 0, which would find a newline at 0.)
    const from = head === 0 ? 0 : after.lastIndexOf('\n', head - 1) + 1;
    const lineEnd = (text: string, at: number) => {
      const nl = text.indexOf('\n', at);
      return nl < 0 ? text.length : nl;
    };
    const toAfter = lineEnd(after, after.length - tail);
    const toBefore = lineEnd(before, before.length - tail);
    const first = lineCount(after.slice(0, from)) - 1;
    const oldEnd = first + lineCount(before.slice(from, toBefore));
    const fresh = linesHtml(after.slice(from, toAfter), marks, active, from);
    this.apply({
      html: [...this.html.slice(0, first), ...fresh.html, ...this.html.slice(oldEnd)],
      marked: [...this.marked.slice(0, first), ...fresh.marked, ...this.marked.slice(oldEnd)],
    });
  }

  private apply(next: { html: string[]; marked: number[][] }): void {
    const [prev, blocks] = [this.html, this.blocks];
    const n = Math.min(prev.length, next.html.length);
    let head = 0;
    while (head < n && prev[head] === next.html[head]) head++;
    let tail = 0;
    while (tail < n - head && prev[prev.length - 1 - tail] === next.html[next.html.length - 1 - tail]) tail++;
    const oldMiddle = prev.length - head - tail;
    const newMiddle = next.html.length - head - tail;
    if (oldMiddle === newMiddle) {
      // Same number of lines: redraw the ones that differ (a moved highlight, marks after a check).
      for (let i = head; i < head + newMiddle; i++) if (prev[i] !== next.html[i]) blocks[i]!.innerHTML = next.html[i]!;
    } else {
      const fresh = next.html.slice(head, head + newMiddle).map((h) => {
        const div = document.createElement('div');
        div.innerHTML = h;
        return div;
      });
      const after = blocks[head + oldMiddle] ?? null;
      for (const gone of blocks.slice(head, head + oldMiddle)) gone.remove();
      const fragment = document.createDocumentFragment();
      fragment.append(...fresh);
      this.root.insertBefore(fragment, after);
      blocks.splice(head, oldMiddle, ...fresh);
    }
    this.html = next.html;
    this.marked = next.marked;
  }

  /** Moves the highlight from one finding's mark to another's without redrawing. */
  setActive(previous: number | undefined, next: number | undefined): void {
    this.marked.forEach((indexes, line) => {
      if ((previous !== undefined && indexes.includes(previous)) || (next !== undefined && indexes.includes(next))) {
        for (const mark of this.blocks[line]!.querySelectorAll<HTMLElement>('mark')) mark.classList.toggle('active', Number(mark.dataset['index']) === next);
        // What the line now shows is not what was drawn: the next render redraws it.
        this.html[line] = '';
      }
    });
  }

  /** The first piece of a finding's mark (a mark across lines comes in pieces). */
  markOf(index: number): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`mark[data-index="${index}"]`);
  }
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The edit from `before` to `after`: their common start and common end, in characters. */
export function editBetween(before: string, after: string): { head: number; tail: number } {
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { head, tail };
}

/**
 * Moves marks through an edit from `before` to `after`, found as the text
 * between their common start and common end: marks wholly before it stay,
 * marks wholly after it move by the change in length, and marks it touches
 * are kept but stale until the next check says what they are.
 */
export function shiftMarks(marks: readonly Mark[], before: string, after: string): Mark[] {
  const { head, tail } = editBetween(before, after);
  const editEnd = before.length - tail;
  const delta = after.length - before.length;
  const out: Mark[] = [];
  for (const m of marks) {
    if (m.end <= head) out.push(m);
    else if (m.start >= editEnd) out.push({ ...m, start: m.start + delta, end: m.end + delta });
    else out.push({ ...m, start: Math.min(m.start, head), end: Math.max(head, m.end + delta), stale: true });
  }
  return out;
}
