// Turns a rewrite of prose text into an edit of the Markdown source that
// touches only the claim's own words. The prose map tells which source
// characters are words and which are not (line endings, `> ` prefixes,
// emphasis markers); line endings with their container prefixes are kept
// verbatim by spreading the new words around them, and an edit that would
// have to cut through formatting is marked unsafe, so `--fix` leaves it to a
// person.
import { BARRIER, type ProseBlock } from '../prose/project.js';
import type { TextEdit } from '../shared/lint-result.js';

export interface SourceEdit extends TextEdit {
  /** True when applying the edit cannot change anything but the claim's words. */
  safe: boolean;
}

// Between two words: spaces, or one line ending followed by the indentation
// and `>` markers of the containers the line sits in (kept verbatim).
const PLAIN_JOIN = /^[ \t]+$/;
const LINE_JOIN = /^[ \t]*\r?\n[ \t>]*$/;

interface Layout {
  /** Source slices of the word groups, in order. */
  groups: string[];
  /** Line joins between consecutive groups, kept verbatim. */
  joins: string[];
}

/** Splits the source of prose range [start, end) into word groups separated
 * by line joins; undefined when anything else (markup, a barrier, a hard
 * break written as `\`) lies inside. */
function layout(block: ProseBlock, source: string, start: number, end: number): Layout | undefined {
  const groups: string[] = [];
  const joins: string[] = [];
  let groupStart = block.starts[start]!;
  let i = start;
  while (i < end) {
    const ch = block.text[i]!;
    if (ch === BARRIER) return undefined;
    if (!/\s/.test(ch)) {
      // Inside a word, characters must be adjacent in the source: anything in
      // between is markup (`e**rases**`).
      if (i > start && !/\s/.test(block.text[i - 1]!) && block.ends[i - 1]! !== block.starts[i]!) return undefined;
      i++;
      continue;
    }
    let j = i;
    while (j < end && /\s/.test(block.text[j]!)) j++;
    if (j === end) return undefined; // a rewrite never ends on whitespace
    const joinStart = block.ends[i - 1]!;
    const joinEnd = block.starts[j]!;
    const join = source.slice(joinStart, joinEnd);
    if (!PLAIN_JOIN.test(join)) {
      if (!LINE_JOIN.test(join)) return undefined;
      groups.push(source.slice(groupStart, joinStart));
      joins.push(join);
      groupStart = joinEnd;
    }
    i = j;
  }
  // Markup right before the first word or after the last is outside the range.
  groups.push(source.slice(groupStart, block.ends[end - 1]!));
  return { groups, joins };
}

/** Spreads the new words over the old word groups in proportion to their
 * lengths, so a hard-wrapped paragraph keeps its line breaks where they were
 * and its lines about as long. Undefined when there are fewer words than groups. */
function spread(text: string, groups: readonly string[], joins: readonly string[]): string | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const k = groups.length - 1;
  if (words.length < groups.length) return undefined;
  const total = groups.reduce((n, g) => n + g.length, 0);
  const bounds: number[] = [];
  let acc = 0;
  for (const g of groups) bounds.push((acc += g.length) / total);
  const newTotal = words.reduce((n, w) => n + w.length + 1, -1);
  const slots: string[][] = groups.map(() => []);
  let at = 0;
  let prev = 0;
  for (let j = 0; j < words.length; j++) {
    const mid = (at + words[j]!.length / 2) / newTotal;
    at += words[j]!.length + 1;
    let idx = bounds.findIndex((b) => mid <= b);
    if (idx === -1) idx = k;
    // Never skip a group, and leave enough words for the groups still to fill.
    idx = Math.min(Math.max(idx, prev, k - (words.length - 1 - j)), j === 0 ? 0 : prev + 1);
    slots[idx]!.push(words[j]!);
    prev = idx;
  }
  return slots.map((s, g) => s.join(' ') + (g < k ? joins[g]! : '')).join('');
}

/** The source edit for replacing prose text [start, end) of `block` by `text`. */
export function sourceEdit(block: ProseBlock, source: string, start: number, end: number, text: string): SourceEdit {
  if (end <= start) {
    const at = start < block.starts.length ? block.starts[start]! : block.ends[block.ends.length - 1]!;
    return { range: [at, at], text, safe: true };
  }
  const range: [number, number] = [block.starts[start]!, block.ends[end - 1]!];
  const shape = layout(block, source, start, end);
  if (!shape) return { range, text, safe: false };
  if (shape.joins.length === 0) return { range, text, safe: true };
  const spreadText = spread(text, shape.groups, shape.joins);
  return spreadText === undefined ? { range, text, safe: false } : { range, text: spreadText, safe: true };
}
