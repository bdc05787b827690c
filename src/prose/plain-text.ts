// Reads a region of Markdown as plain text, for blocks the parser must not
// see (guard.ts decides which). Container markers at the start of each line
// (">", list markers, footnote labels, indentation, "#" of a heading) are
// left out; every other character maps to itself, so positions stay exact.
// A blank line, a new list item or a heading starts a new block. Emphasis
// markers read as spaces, so that `**erases** wrinkles` still reads as words;
// inline code, HTML tags and link destinations read as non-prose barriers.
import { columnsOf, containerMarker } from '../markdown/container-marker.js';
import { BARRIER, type ProseBlock, type ProseDocument } from './project.js';
import { SourceMap } from './mapped-text.js';

const FENCE = /^(`{3,}|~{3,})/;
const COMMENT_LINE = /^<!--[\s\S]*?-->\s*$/;
// Setext underlines, thematic breaks and table delimiter rows carry no words.
const MARKUP_ONLY = /^[-=*_|:+#>`~ \t]*$/;
const HEADING = /^#{1,6}(?=[ \t]|$)[ \t]*/;
const CITATION = /\]\(|\]\[|\[\^/g;

interface Pending {
  chars: string[];
  offsets: number[];
  start: number;
  end: number;
}

/** Where a line's content starts once its container prefix is skipped, and
 * whether that prefix opened a new item. */
function skipPrefix(line: string): { at: number; item: boolean } {
  let p = 0;
  let col = 0;
  let item = false;
  for (;;) {
    while (p < line.length && (line[p] === ' ' || line[p] === '\t')) col += columnsOf(line[p++]!, col);
    if (line[p] === '>') {
      p++;
      col++;
      continue;
    }
    const m = containerMarker(line, p, col);
    if (!m) break;
    item = true;
    p += m.length;
    col += m.length;
  }
  const h = HEADING.exec(line.slice(p));
  if (h) return { at: p + h[0].length, item: true };
  return { at: p, item };
}

function readsAsSpace(ch: string): boolean {
  return ch === '*' || ch === '_' || ch === '~' || ch === '`';
}

// Inline code, HTML tags, autolinks and link destinations are not prose, as
// the parser would have it: they read as barriers, so no phrase spans them.
const NOT_PROSE = /(`+)[^`].*?\1|<\/?[A-Za-z][^<>]*>|<[a-z][a-z0-9+.-]*:[^<>\s]*>|\]\([^()\s]*\)/g;

/** Offsets in `line` (from `at`) whose characters are not prose. */
function notProse(line: string, at: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  NOT_PROSE.lastIndex = at;
  for (let m = NOT_PROSE.exec(line); m; m = NOT_PROSE.exec(line)) {
    // Keep a link's "]": its text before it is prose.
    spans.push(m[0].startsWith('](') ? [m.index + 1, m.index + m[0].length] : [m.index, m.index + m[0].length]);
  }
  return spans;
}

function finish(b: Pending): ProseBlock {
  const text = b.chars.join('');
  const citations: number[] = [];
  for (const m of text.matchAll(CITATION)) citations.push(m.index);
  return { kind: 'paragraph', text, map: SourceMap.fromOffsets(b.offsets), start: b.start, end: b.end, wrappers: [], citations };
}

export function plainProse(src: string, start: number, end: number): ProseDocument {
  const blocks: ProseBlock[] = [];
  const comments: ProseDocument['comments'] = [];
  let current: Pending | undefined;
  let fence: string | undefined;
  const close = () => {
    if (current && current.chars.length > 0) blocks.push(finish(current));
    current = undefined;
  };
  let ls = start;
  while (ls < end) {
    let le = src.indexOf('\n', ls);
    if (le === -1 || le > end) le = end;
    const lineEnd = le > ls && src.charCodeAt(le - 1) === 13 ? le - 1 : le;
    const line = src.slice(ls, lineEnd);
    const { at, item } = skipPrefix(line);
    const content = line.slice(at);
    const f = FENCE.exec(content);
    if (fence !== undefined) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = undefined;
    } else if (f) {
      close();
      fence = f[1]!;
    } else if (COMMENT_LINE.test(content)) {
      close();
      comments.push({ value: content.trim(), start: ls + at, end: lineEnd });
    } else if (MARKUP_ONLY.test(content)) {
      close();
    } else {
      if (item) close();
      if (current) {
        // The line break reads as a space between the lines of one block.
        current.chars.push('\n');
        current.offsets.push(ls - 1);
      } else {
        current = { chars: [], offsets: [], start: ls + at, end: lineEnd };
      }
      const skip = notProse(line, at);
      let k = 0;
      for (let i = at; i < line.length; i++) {
        while (k < skip.length && skip[k]![1] <= i) k++;
        const ch = line[i]!;
        const hidden = k < skip.length && skip[k]![0] <= i;
        current.chars.push(hidden ? BARRIER : readsAsSpace(ch) ? ' ' : ch);
        current.offsets.push(ls + i);
      }
      current.end = lineEnd;
    }
    ls = le + 1;
  }
  close();
  return { blocks, comments };
}
