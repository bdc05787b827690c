// Applies fix edits to a text without letting them corrupt each other: edits
// are taken in source order and one that overlaps or touches an edit already
// taken waits for the next pass (the caller re-lints and tries again), as
// ESLint does.
import type { TextEdit } from '../shared/lint-result.js';

export interface AppliedEdits {
  output: string;
  applied: TextEdit[];
  /** Edits left for a later pass because they overlap an applied one. */
  deferred: TextEdit[];
}

export function applyEdits(text: string, edits: readonly TextEdit[]): AppliedEdits {
  const ordered = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: TextEdit[] = [];
  const deferred: TextEdit[] = [];
  let out = '';
  let last = -1;
  let copied = 0;
  for (const edit of ordered) {
    const [start, end] = edit.range;
    if (start < 0 || end > text.length || end < start) throw new RangeError(`edit range [${start}, ${end}] is outside the text`);
    // Touching counts as overlapping: two edits at one point have no order.
    if (start <= last) {
      deferred.push(edit);
      continue;
    }
    out += text.slice(copied, start) + edit.text;
    copied = end;
    last = end;
    applied.push(edit);
  }
  return { output: out + text.slice(copied), applied, deferred };
}
