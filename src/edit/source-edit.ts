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
  const map = block.map;
  let groupStart = map.startAt(start);
  let i = start;
  while (i < end) {
    const ch = block.text[i]!;
    if (ch === BARRIER) return undefined;
    if (!/\s/.test(ch)) {
      // Inside a word, characters must be adjacent in the source: anything in
      // between is markup (`e**rases**`).
      if (i > start && !/\s/.test(block.text[i - 1]!) && map.endAt(i - 1) !== map.startAt(i)) return undefined;
      i++;
      continue;
    }
    let j = i;
    while (j < end && /\s/.test(block.text[j]!)) j++;
    if (j === end) return undefined; // a rewrite never ends on whitespace
    const joinStart = map.endAt(i - 1);
    const joinEnd = map.startAt(j);
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
  groups.push(source.slice(groupStart, map.endAt(end - 1)));
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
    const at = start < block.map.length ? block.map.startAt(start) : block.map.endAt(block.map.length - 1);
    return { range: [at, at], text, safe: !inLabel(block, at, at) };
  }
  const range: [number, number] = [block.map.startAt(start), block.map.endAt(end - 1)];
  // "[our cream eliminates wrinkles][]": the words are the label too, and
  // a fix would unlink the reference from its definition; a person rewords it.
  if (inLabel(block, range[0], range[1])) return { range, text, safe: false };
  const shape = layout(block, source, start, end);
  if (!shape) return { range, text, safe: false };
  if (shape.joins.length === 0) return { range, text, safe: true };
  const spreadText = spread(text, shape.groups, shape.joins);
  return spreadText === undefined ? { range, text, safe: false } : { range, text: spreadText, safe: true };
}

/** Whether source [from, to) touches the words of a reference that are its label. */
function inLabel(block: ProseBlock, from: number, to: number): boolean {
  // An insertion at either edge of the words is inside the label too.
  return block.wrappers.some((w) => w.label === true && (from === to ? w.contentStart <= from && from <= w.contentEnd : from < w.contentEnd && w.contentStart < to));
}

/** A deletion of prose text [start, end), which holds the words and the
 * whitespace on one side of them: the words' source goes, with the spaces on
 * that side when they are plain spaces in the source too. */
function deletionEdit(block: ProseBlock, source: string, start: number, end: number): SourceEdit {
  const text = block.text;
  let ws = start;
  let we = end;
  while (ws < we && /\s/.test(text[ws]!)) ws++;
  while (we > ws && /\s/.test(text[we - 1]!)) we--;
  if (we <= ws) return { range: [block.map.startAt(start), block.map.startAt(start)], text: '', safe: false };
  const words = sourceEdit(block, source, ws, we, '');
  if (!words.safe) return words;
  // A word that is the whole of its emphasis or link cannot go without
  // emptying the markup around it, which changes the document's structure:
  // a person edits that one.
  if (block.wrappers.some((w) => w.contentStart === words.range[0] && w.contentEnd === words.range[1])) return { ...words, safe: false };
  if (we < end) {
    // Spaces after: up to where the next character's source starts.
    const spaceEnd = end < block.map.length ? block.map.startAt(end) : block.map.endAt(end - 1);
    const spaces = source.slice(words.range[1], spaceEnd);
    return PLAIN_JOIN.test(spaces) ? { range: [words.range[0], spaceEnd], text: '', safe: true } : { ...words, safe: false };
  }
  if (ws > start) {
    const spaceStart = start > 0 ? block.map.endAt(start - 1) : block.map.startAt(start);
    const spaces = source.slice(spaceStart, words.range[0]);
    return PLAIN_JOIN.test(spaces) ? { range: [spaceStart, words.range[1]], text: '', safe: true } : { ...words, safe: false };
  }
  return words;
}

/** One change of a sentence rewrite, as prose: [start, end) becomes `text`. */
export interface ProseChange {
  start: number;
  end: number;
  text: string;
  deletion?: boolean;
}

/** The source edit for several changes of one sentence: each change mapped
 * on its own (so formatting between them is never touched), then joined
 * into one edit with the source between them kept byte for byte. */
export function changesEdit(block: ProseBlock, source: string, changes: readonly ProseChange[]): SourceEdit {
  const edits = changes.map((c) => (c.deletion ? deletionEdit(block, source, c.start, c.end) : sourceEdit(block, source, c.start, c.end, c.text)));
  let safe = edits.every((e) => e.safe);
  for (let i = 1; i < edits.length; i++) if (edits[i]!.range[0] < edits[i - 1]!.range[1]) safe = false;
  if (!safe) {
    // Not appliable as it stands: a person edits the span as prose.
    const first = changes[0]!;
    const last = changes[changes.length - 1]!;
    return { range: [edits[0]!.range[0], edits[edits.length - 1]!.range[1]], text: proseOf(block, first.start, last.end, changes), safe: false };
  }
  let text = '';
  for (let i = 0; i < edits.length; i++) {
    if (i > 0) text += source.slice(edits[i - 1]!.range[1], edits[i]!.range[0]);
    text += edits[i]!.text;
  }
  return { range: [edits[0]!.range[0], edits[edits.length - 1]!.range[1]], text, safe: true };
}

/** Prose text [start, end) of the block with the changes made. */
export function proseOf(block: ProseBlock, start: number, end: number, changes: readonly ProseChange[]): string {
  let out = '';
  let at = start;
  for (const c of changes) {
    out += block.text.slice(at, c.start) + c.text;
    at = c.end;
  }
  return out + block.text.slice(at, end);
}
