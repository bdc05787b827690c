// The marks under the text: a copy of the textarea's text, laid out the same
// way behind it, in which each claim is a <mark>. The copy also gives the
// editor its height, so the textarea never scrolls on its own.

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

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** Draws `text` with its marks. Overlapping marks are clipped to follow each other. */
export function renderBackdrop(backdrop: HTMLElement, text: string, marks: readonly Mark[], active: number | undefined): void {
  const ordered = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let at = 0;
  for (const m of ordered) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue;
    html += escapeHtml(text.slice(at, start));
    const cls = `sev-${m.severity}${m.index === active ? ' active' : ''}${m.stale ? ' stale' : ''}`;
    html += `<mark class="${cls}" data-index="${m.index}" data-start="${start}" data-end="${end}">${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  // A final newline in a textarea opens a line the copy must show too.
  html += `${escapeHtml(text.slice(at))}\u200b`;
  backdrop.innerHTML = html;
}

/**
 * Moves marks through an edit from `before` to `after`, found as the text
 * between their common start and common end: marks wholly before it stay,
 * marks wholly after it move by the change in length, and marks it touches
 * are kept but stale until the next check says what they are.
 */
export function shiftMarks(marks: readonly Mark[], before: string, after: string): Mark[] {
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
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
