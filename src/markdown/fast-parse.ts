// A fast path for the plain blocks of a Markdown document: paragraphs, ATX
// headings, lists of one-line items, single-paragraph block quotes and
// "| cell |" tables whose text has only words, emphasis, strong emphasis and
// inline links, YAML or TOML front matter, and in MDX the JSX elements of
// plain tags on lines of their own (a component that closes on its line, or
// one around plain blocks: readJsxFlow). Clinic and skincare pages are mostly such
// blocks, and micromark reads them a character at a time through a state
// machine built for every construct CommonMark has, for most of the time a
// claim-dense run spends parsing. Here they are read by a scan that knows only
// those few constructs and builds the very nodes micromark's mdast would
// (types, fields, positions); every other stretch of the document, and any
// block with a character or line the scan is not sure of, goes to micromark
// (`parseSlice`), one stretch at a time.
//
// The scan is kept sure by refusing, not by parsing more: a document with
// link or footnote definitions, tabs, carriage returns or NUL anywhere, or
// indented fenced code or HTML, is parsed whole by micromark (fences and HTML
// at a line's start are stepped over); a block is taken only where nothing before it can
// still be open (after a blank line, at a line's first column, not where a
// list could continue), and a block with any construct outside the few above
// (code spans, escapes, character references, autolinks, strikethrough, table
// pipes, images, hard breaks, an emphasis run that could both open and close)
// is left to micromark. tests/unit/fast-parse.test.ts holds the result equal
// to micromark's on hand-picked and generated documents, and
// scripts/bench/check-fast-parse.js on every file of the corpora.
//
// May import: mdast and unist types, and shared (a binary search).
import type { AlignType, Blockquote, Emphasis, Heading, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong, Table, TableCell, TableRow } from 'mdast';
import type { Point, Position } from 'unist';
import { lastAtOrBefore } from '../shared/sorted.js';

export interface FastOptions {
  /** The document is MDX: JSX, expressions and ESM stand where HTML and
   * indented code would, and a run is taken only outside JSX elements (but
   * for the plainest elements, which readJsxFlow takes whole). */
  mdx?: boolean;
}

/** Parses `text.slice(start, end)` with micromark, the nodes' positions in
 * the whole text. `start` is a line's start, and `line` that line's number
 * (1-based). `atStart`: the slice starts the document (front matter may
 * stand there and nowhere else). */
export type ParseSlice = (start: number, end: number, line: number, atStart: boolean) => RootContent[];

// A document with any of these is parsed whole: definitions change what
// brackets elsewhere mean, and fenced code or HTML that is indented may sit
// in a list item (fenced code and HTML at a line's start are followed line
// by line: closedLines).
const WHOLE_ONLY = /^ +(?:`{3}|~{3}|<)|\]:|\[\^|\t/m;
const UNREAD = /[\r\0\uFEFF]/;
// In MDX, "<" starts JSX, whose nesting is followed line by line (mdxDepths).
const WHOLE_ONLY_MDX = /^ *(?:`{3}|~{3})|\]:|\[\^|\t/m;
// Characters that start a construct the inline scan does not build. A
// literal autolink needs "@", "www." or a scheme (see parse.ts).
// "&" only as a character reference, "!" only before an image's bracket.
const INLINE_REFUSED = /[\\`<~|@]|&[#A-Za-z0-9]+;|!\[|www\.|https?:/i;
// MDX's expressions too; and a line starting "import" or "export" may be ESM.
const ESM_LINE = /^ *(?:import|export)\b/;
// A "<" in MDX is JSX: readInline builds a bare element in running text
// ("a <Highlight>b</Highlight> c") and refuses any other.
const INLINE_REFUSED_MDX = /[\\`~|@{}]|&[#A-Za-z0-9]+;|!\[|www\.|https?:|^(?:import|export)\b|\n(?:import|export)\b/i;

/** What the inline scan refuses, and whether "<" may start JSX (MDX). */
interface InlineSyntax {
  refused: RegExp;
  jsx: boolean;
}
const MARKDOWN_INLINE: InlineSyntax = { refused: INLINE_REFUSED, jsx: false };
const MDX_INLINE: InlineSyntax = { refused: INLINE_REFUSED_MDX, jsx: true };
const BLANK = /^ *$/;
const HEADING = /^(#{1,6}) (?=[^ ])/;
const BULLET = /^([-+*]) (?=[^ ])/;
const ORDERED = /^([0-9]{1,9})([.)]) (?=[^ ])/;
// A line that starts a paragraph here: what starts a list, a heading, a
// block quote, a thematic break, a setext underline, a table or an indented
// line is left out, and so is a GFM task ("[ ]"). A "#" before a letter or
// digit ("#1", "#skincare") starts no heading, which needs a space after its marks.
const PARAGRAPH_START = /^(?:[A-Za-z0-9"'(\u00c0-\uffff]|#[A-Za-z0-9]|[*_]{1,2}[A-Za-z0-9"'(\u00c0-\uffff]|\[[^\] ^\s])/;
// Lines that may interrupt a paragraph or turn it into something else: a
// heading, a block quote, a list item, a thematic break, a setext underline
// or a table's delimiter row ("--:" makes the line before a table's head),
// a table row, an indented line.
const INTERRUPTS = /^(?:[ #>|=]|[-+*](?: |$)|[0-9]{1,9}[.)](?: |$)|([-*_])(?: *\1){2,} *$|[ :|-]*-[ :|-]*$)/;
// Any list item's marker, however many spaces follow it.
const LIST_MARKER = /^(?:[-+*](?: |$)|[0-9]{1,9}[.)](?: |$))/;
const LEADING_SPACE = /^\s/;

interface Line {
  start: number;
  /** End of the line's text, without its line ending. */
  end: number;
  /** The line's text, sliced once for every reading. */
  text: string;
}

/** The document's tree, or undefined when it is better parsed whole by micromark. */
export function fastParse(text: string, parseSlice: ParseSlice, options: FastOptions = {}): Root | undefined {
  // Anywhere, front matter too: micromark reads "\r" as a line ending and NUL as U+FFFD.
  if (UNREAD.test(text)) return undefined;
  const at = pointer(text);
  const matter = frontMatter(text, at);
  if (matter === undefined) return undefined;
  const bodyStart = matter.end;
  const body = bodyStart === 0 ? text : text.slice(bodyStart);
  if ((options.mdx ? WHOLE_ONLY_MDX : WHOLE_ONLY).test(body)) return undefined;
  const lines = splitLines(text, bodyStart);
  const depths = options.mdx ? mdxDepths(text, lines) : undefined;
  if (options.mdx && !depths) return undefined;
  const closed = options.mdx ? undefined : closedLines(text, lines);
  if (!options.mdx && !closed) return undefined;
  // MDX checks all of a document's ESM together (an import declared twice is
  // an error), so all of it stays in one stretch: no run before the last.
  let firstRunLine = 0;
  if (options.mdx) for (let i = lines.length - 1; i >= 0 && firstRunLine === 0; i--) if (ESM_LINE.test(lines[i]!.text)) firstRunLine = i + 1;
  const inline = options.mdx ? MDX_INLINE : MARKDOWN_INLINE;
  const children: RootContent[] = matter.node ? [matter.node] : [];
  let pending = bodyStart;
  let took = matter.node !== undefined;
  // Whether the line before the next run is blank, and whether a run may
  // start with a list there: not after micromark's stretch, which may have
  // ended in a list that a list here would continue.
  let afterBlank = true;
  let listMayStart = true;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (BLANK.test(line.text)) {
      afterBlank = true;
      i++;
      continue;
    }
    const run =
      afterBlank && i >= firstRunLine && (!depths || depths[i] === 0) && (!closed || closed[i] === 0)
        ? depths && line.text.startsWith('<')
          ? readJsxFlow(text, lines, i, depths, at, inline)
          : readRun(text, lines, i, listMayStart, at, inline)
        : undefined;
    if (run) {
      if (hasText(text, pending, line.start)) children.push(...parseSlice(pending, line.start, at(pending).line, pending === 0));
      children.push(...run.nodes);
      took = true;
      i = run.next;
      pending = i < lines.length ? lines[i]!.start : text.length;
      afterBlank = false;
      listMayStart = true;
      continue;
    }
    afterBlank = false;
    listMayStart = false;
    i++;
  }
  if (!took) return undefined;
  if (hasText(text, pending, text.length)) children.push(...parseSlice(pending, text.length, at(pending).line, pending === 0));
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: at(text.length) } };
}

interface FrontMatter {
  /** Where the body starts: past the closing fence's line ending. */
  end: number;
  node?: RootContent;
}

// What micromark-extension-frontmatter takes for a fence: its three
// characters at the first column, then spaces or tabs to the line's end.
const OPEN_FENCE = /^(---|\+\+\+)[ \t]*\n/;

/** The document's front matter, read as micromark reads it (none: end 0);
 * undefined when a fence opens and never closes (micromark's reading of
 * that is left to it). */
function frontMatter(text: string, at: At): FrontMatter | undefined {
  const open = OPEN_FENCE.exec(text);
  if (!open) return { end: 0 };
  const fence = open[1]!;
  const close = new RegExp(`^${fence === '---' ? '---' : '\\+\\+\\+'}[ \\t]*$`);
  const valueStart = open[0].length;
  let from = valueStart;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const lineEnd = nl === -1 ? text.length : nl;
    if (close.test(text.slice(from, lineEnd))) {
      const value = from === valueStart ? '' : text.slice(valueStart, from - 1);
      const type = fence === '---' ? 'yaml' : 'toml';
      const node = { type, value, position: position(at, 0, lineEnd) } as RootContent;
      return { end: nl === -1 ? text.length : nl + 1, node };
    }
    if (nl === -1) return undefined;
    from = nl + 1;
  }
}

// JSX alone on its line, as MDX reads it as a block: a closing tag, a
// self-closing element, an opening tag (attributes on the same line, their
// values quoted or one-line expressions).
const ATTRIBUTES = String.raw`(?:\s+[\w.:-]+(?:=(?:"[^"\n]*"|'[^'\n]*'|\{[^{}\n]*\}))?)*\s*`;
const CLOSE_TAG = /^<\/([A-Za-z][\w.:-]*)?>\s*$/;
const SELF_CLOSING = new RegExp(String.raw`^<[A-Za-z][\w.:-]*${ATTRIBUTES}\/>\s*$`);
const OPEN_TAG = new RegExp(String.raw`^<([A-Za-z][\w.:-]*)?${ATTRIBUTES}>\s*$`);
// Any tag, for a line whose tags must balance on it.
const ANY_TAG = new RegExp(String.raw`<(\/?)([A-Za-z][\w.:-]*)?${ATTRIBUTES}(\/?)>`, 'g');

/** How deep in JSX elements each line starts (0: at the top level, where a
 * run may be taken), or undefined when the nesting cannot be followed here:
 * a tag that spans lines, a line whose tags or braces do not balance. A
 * line that starts with a tag among other text is inline JSX in a
 * paragraph, and must close on its line. */
function mdxDepths(text: string, lines: Line[]): Int32Array | undefined {
  const depths = new Int32Array(lines.length);
  const open: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    depths[i] = open.length;
    const s = lines[i]!.text.trimStart();
    if (!balancedBraces(s)) return undefined;
    if (!s.startsWith('<')) continue;
    const close = CLOSE_TAG.exec(s);
    if (close) {
      if (open.pop() !== (close[1] ?? '')) return undefined;
      continue;
    }
    if (SELF_CLOSING.test(s)) continue;
    const tag = OPEN_TAG.exec(s);
    if (tag) {
      open.push(tag[1] ?? '');
      continue;
    }
    const onLine: string[] = [];
    let seen = 0;
    for (const m of s.matchAll(ANY_TAG)) {
      seen++;
      if (m[3] === '/') continue;
      if (m[1] === '/') {
        if (onLine.pop() !== (m[2] ?? '')) return undefined;
      } else {
        onLine.push(m[2] ?? '');
      }
    }
    if (seen === 0 || onLine.length > 0) return undefined;
  }
  return open.length === 0 ? depths : undefined;
}

const FENCE = /^(`{3,}|~{3,})(.*)$/;
// The HTML blocks that run on past blank lines (CommonMark's kinds 1 to 5),
// each with what ends it and where on its first line to look for that.
const HTML_SPANS: ReadonlyArray<{ start: RegExp; end: RegExp; from: number }> = [
  { start: /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i, from: 1 },
  { start: /^<!--/, end: /-->/, from: 4 },
  { start: /^<\?/, end: /\?>/, from: 2 },
  { start: /^<!\[CDATA\[/, end: /\]\]>/, from: 9 },
  { start: /^<![A-Za-z]/, end: />/, from: 2 },
];

/** Per line, 1 where a run may not start: in fenced code or in an HTML
 * block that runs on past blank lines; undefined when the fences cannot be
 * followed here. A fence or such an HTML block is taken as micromark takes
 * it only at a line's first column (indented ones send the document whole,
 * WHOLE_ONLY), and not where the line before may hold it as something else:
 * after other HTML up to its blank line, or after a table's row. */
function closedLines(text: string, lines: Line[]): Uint8Array | undefined {
  const closed = new Uint8Array(lines.length);
  let fence: { char: string; size: number } | undefined;
  let htmlEnd: RegExp | undefined;
  // In HTML that ends at the next blank line (or in a line that only may be
  // HTML): a fence there is HTML's text, or not, by what came before.
  let looseHtml = false;
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const s = lines[i]!.text;
    const before = previous;
    previous = s;
    if (fence) {
      closed[i] = 1;
      const close = /^ {0,3}(`+|~+) *$/.exec(s);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.size) fence = undefined;
      continue;
    }
    if (htmlEnd) {
      closed[i] = 1;
      if (htmlEnd.test(s)) htmlEnd = undefined;
      continue;
    }
    if (BLANK.test(s)) {
      looseHtml = false;
      continue;
    }
    const f = FENCE.exec(s);
    if (f) {
      if (looseHtml || before.includes('|') || (f[1]![0] === '`' && f[2]!.includes('`'))) return undefined;
      fence = { char: f[1]![0]!, size: f[1]!.length };
      closed[i] = 1;
      continue;
    }
    if (!s.startsWith('<')) continue;
    closed[i] = 1;
    const span = HTML_SPANS.find((h) => h.start.test(s));
    if (!span) {
      looseHtml = true;
      continue;
    }
    if (looseHtml || before.includes('|')) return undefined;
    if (!span.end.test(s.slice(span.from))) htmlEnd = span.end;
  }
  return closed;
}

/** Whether every brace on the line closes on it (an expression or an
 * attribute's value that runs on to other lines does not). */
function balancedBraces(s: string): boolean {
  if (!s.includes('{') && !s.includes('}')) return true;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

function hasText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10) return true;
  }
  return false;
}

/** Offsets to mdast points, by a search of the document's line starts
 * (found on the first call: a document sent whole never needs them). */
function pointer(text: string): (offset: number) => Point {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
    }
    const line = lastAtOrBefore(starts, offset);
    return { line: line + 1, column: offset - starts[line]! + 1, offset };
  };
}

type At = (offset: number) => Point;

function position(at: At, start: number, end: number): Position {
  return { start: at(start), end: at(end) };
}

interface Run {
  nodes: RootContent[];
  /** The line after the run: blank, or past the last. */
  next: number;
}

/** Plain blocks from line `i` to the next blank line, or undefined when any
 * of them is not plain. */
function readRun(text: string, lines: Line[], i: number, listMayStart: boolean, at: At, inline: InlineSyntax): Run | undefined {
  const nodes: RootContent[] = [];
  let endsInList = false;
  while (i < lines.length) {
    const line = lines[i]!;
    const s = line.text;
    if (BLANK.test(s)) break;
    if (line.end > line.start && text.charCodeAt(line.end - 1) === 32) return undefined;
    if (s.startsWith('> ') || s.startsWith('| ')) {
      // A block quote or a table: taken only as a run's one block, up to
      // the blank line (what may interrupt or continue them is not read here).
      if (nodes.length > 0) return undefined;
      const block = s.startsWith('>') ? readQuote(text, lines, i, at, inline) : readTable(text, lines, i, at, inline);
      return block && { nodes: [block.node], next: block.next };
    }
    const heading = HEADING.exec(s);
    if (heading) {
      const node = readHeading(text, line, heading[1]!.length, at, inline);
      if (!node) return undefined;
      nodes.push(node);
      endsInList = false;
      i++;
      continue;
    }
    if (BULLET.test(s) || ORDERED.test(s)) {
      // After a paragraph, only a bullet or a list starting at 1 interrupts it.
      const prev = nodes[nodes.length - 1];
      if (prev?.type === 'paragraph') {
        const o = ORDERED.exec(s);
        if (o && o[1] !== '1') return undefined;
      } else if (nodes.length === 0 && !listMayStart) {
        return undefined;
      }
      if (prev?.type === 'list') return undefined;
      const list = readList(text, lines, i, at, inline);
      if (!list) return undefined;
      nodes.push(list.node);
      i = list.next;
      endsInList = true;
      continue;
    }
    if (!PARAGRAPH_START.test(s) || LEADING_SPACE.test(s) || LIST_MARKER.test(s)) return undefined;
    const para = readParagraph(text, lines, i, at, inline);
    if (!para) return undefined;
    nodes.push(para.node);
    i = para.next;
    endsInList = false;
  }
  if (endsInList && !listEnds(text, lines, i)) return undefined;
  return { nodes, next: i };
}

/** Whether the first line after the blank lines at `i` leaves the list
 * before them closed: not indented (the last item's content), not an item
 * (the same list, made loose). */
function listEnds(text: string, lines: Line[], i: number): boolean {
  for (; i < lines.length; i++) {
    const s = lines[i]!.text;
    if (BLANK.test(s)) continue;
    return !/^ /.test(s) && !LIST_MARKER.test(s);
  }
  return true;
}

/** A block quote of one paragraph, every line "> " and its text. */
function readQuote(text: string, lines: Line[], i: number, at: At, inline: InlineSyntax): { node: Blockquote; next: number } | undefined {
  let j = i;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const s = line.text;
    if (BLANK.test(s)) break;
    if (!s.startsWith('> ') || text.charCodeAt(line.end - 1) === 32) return undefined;
    const content = s.slice(2);
    if (LEADING_SPACE.test(content) || (j === i ? !PARAGRAPH_START.test(content) || LIST_MARKER.test(content) : INTERRUPTS.test(content))) return undefined;
  }
  const first = lines[i]!;
  const last = lines[j - 1]!;
  const children = readInline(text, first.start + 2, last.end, at, inline, true);
  if (!children) return undefined;
  const paragraph: Paragraph = { type: 'paragraph', children, position: position(at, first.start + 2, last.end) };
  return { node: { type: 'blockquote', children: [paragraph], position: position(at, first.start, last.end) }, next: j };
}

const DELIMITER_ROW = /^\|(?: *:?-+:? *\|)+$/;

/** A GFM table whose every row is "| cell | cell |", as many cells each. */
function readTable(text: string, lines: Line[], i: number, at: At, inline: InlineSyntax): { node: Table; next: number } | undefined {
  if (i + 1 >= lines.length) return undefined;
  const delimiter = lines[i + 1]!.text;
  if (!DELIMITER_ROW.test(delimiter)) return undefined;
  const align = delimiter
    .slice(1, -1)
    .split('|')
    .map((d): AlignType => {
      const cell = d.trim();
      const left = cell.startsWith(':');
      const right = cell.endsWith(':');
      return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
    });
  const rows: TableRow[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    if (j === i + 1) continue;
    const line = lines[j]!;
    const s = line.text;
    if (BLANK.test(s)) break;
    if (!s.startsWith('| ') || !s.endsWith(' |')) return undefined;
    // Cell boundaries: each pipe. A cell runs from its opening pipe to the
    // next (the last one to the line's end), its text trimmed of spaces.
    const pipes: number[] = [];
    for (let p = line.start; p < line.end; p++) if (text.charCodeAt(p) === 124) pipes.push(p);
    if (pipes.length - 1 !== align.length) return undefined;
    const cells: TableCell[] = [];
    for (let c = 0; c + 1 < pipes.length; c++) {
      let a = pipes[c]! + 1;
      let b = pipes[c + 1]!;
      while (a < b && text.charCodeAt(a) === 32) a++;
      while (b > a && text.charCodeAt(b - 1) === 32) b--;
      if (a === b) return undefined;
      const children = readInline(text, a, b, at, inline);
      if (!children) return undefined;
      const cellEnd = c + 2 === pipes.length ? line.end : pipes[c + 1]!;
      cells.push({ type: 'tableCell', children, position: position(at, pipes[c]!, cellEnd) });
    }
    rows.push({ type: 'tableRow', children: cells, position: position(at, line.start, line.end) });
  }
  const first = lines[i]!;
  const last = lines[j - 1]!;
  return { node: { type: 'table', align, children: rows, position: position(at, first.start, last.end) }, next: j };
}

function readHeading(text: string, line: Line, depth: number, at: At, inline: InlineSyntax): Heading | undefined {
  const contentStart = line.start + depth + 1;
  if (text.charCodeAt(line.end - 1) === 35 /* # */) return undefined;
  const children = readInline(text, contentStart, line.end, at, inline);
  if (!children) return undefined;
  return { type: 'heading', depth: depth as Heading['depth'], children, position: position(at, line.start, line.end) };
}

function readParagraph(text: string, lines: Line[], i: number, at: At, inline: InlineSyntax): { node: Paragraph; next: number } | undefined {
  const first = lines[i]!;
  let last = first;
  let j = i + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const s = line.text;
    if (BLANK.test(s)) break;
    // A heading or a list that may interrupt ends the paragraph here; any
    // other line that could change it sends the run to micromark.
    if (HEADING.test(s) || BULLET.test(s) || /^1[.)] (?=[^ ])/.test(s)) break;
    if (INTERRUPTS.test(s) || LEADING_SPACE.test(s)) return undefined;
    if (text.charCodeAt(line.end - 1) === 32) return undefined;
    last = line;
  }
  const children = readInline(text, first.start, last.end, at, inline);
  if (!children) return undefined;
  return { node: { type: 'paragraph', children, position: position(at, first.start, last.end) }, next: j };
}

/** A tight list of one-line items, all with the same marker. */
function readList(text: string, lines: Line[], i: number, at: At, inline: InlineSyntax): { node: List; next: number } | undefined {
  const items: ListItem[] = [];
  const firstLine = lines[i]!.text;
  const ordered = ORDERED.exec(firstLine);
  const kind = ordered ? ordered[2]! : BULLET.exec(firstLine)![1]!;
  let j = i;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const s = line.text;
    if (BLANK.test(s)) break;
    const m = ordered ? ORDERED.exec(s) : BULLET.exec(s);
    if (!m || (ordered ? m[2] : m[1]) !== kind) return undefined;
    if (text.charCodeAt(line.end - 1) === 32) return undefined;
    const contentStart = line.start + m[0].length;
    const content = text.slice(contentStart, line.end);
    // The item's text must itself start a paragraph (not a nested list, a
    // heading, a thematic break or a task's box).
    if (!PARAGRAPH_START.test(content) || LEADING_SPACE.test(content) || LIST_MARKER.test(content)) return undefined;
    const children = readInline(text, contentStart, line.end, at, inline);
    if (!children) return undefined;
    const paragraph: Paragraph = { type: 'paragraph', children, position: position(at, contentStart, line.end) };
    items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: position(at, line.start, line.end) });
  }
  const node: List = {
    type: 'list',
    ordered: ordered !== null,
    start: ordered ? Number.parseInt(ordered[1]!, 10) : null,
    spread: false,
    children: items,
    position: { start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end },
  };
  return { node, next: j };
}

interface Frame {
  kind: 'root' | 'emphasis' | 'strong' | 'link' | 'jsx';
  /** The element's name, of a JSX frame. */
  name?: string;
  /** The delimiter character of an emphasis frame. */
  marker: number;
  start: number;
  children: PhrasingContent[];
}

const STAR = 42;
const UNDERSCORE = 95;
const LESS_THAN = 60;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

/** The inline nodes of `text.slice(start, end)`, or undefined when it holds
 * anything but words, emphasis, strong emphasis (an opener left open is
 * text), inline links with a bare destination, brackets that are text
 * ("[sic]", "[R]educe") and, in MDX, bare JSX elements. */
function readInline(text: string, start: number, end: number, at: At, inline: InlineSyntax, quoted = false): PhrasingContent[] | undefined {
  const slice = text.slice(start, end);
  if (inline.refused.test(quoted ? slice.replaceAll('\n> ', '\n') : slice)) return undefined;
  const stack: Frame[] = [{ kind: 'root', marker: 0, start, children: [] }];
  let textStart = start;
  // A link is open (links do not nest): kept apart from the stack, which
  // may hold any number of emphasis frames.
  let inLink = false;
  // The "]" of a bracketed text that is no link (see literalBracketEnd).
  let literalClose = -1;
  const flush = (to: number) => {
    if (to <= textStart) return;
    // In a block quote, each line after the first starts "> ", which is not text.
    const raw = text.slice(textStart, to);
    const value = quoted ? raw.replaceAll('\n> ', '\n') : raw;
    // A text that ends at a line break ends before the next line's "> ".
    const end = quoted && raw.endsWith('\n> ') ? to - 2 : to;
    stack[stack.length - 1]!.children.push({ type: 'text', value, position: position(at, textStart, end) });
  };
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === STAR || c === UNDERSCORE) {
      let q = p;
      while (q < end && text.charCodeAt(q) === c) q++;
      const size = q - p;
      const before = p === start ? 1 : group(text.charCodeAt(p - 1));
      const after = q === end ? 1 : group(text.charCodeAt(q));
      const left = after !== 1 && (after !== 2 || before !== 0);
      const right = before !== 1 && (before !== 2 || after !== 0);
      const opens = c === STAR ? left : left && (!right || before === 2);
      const closes = c === STAR ? right : right && (!left || after === 2);
      if (!opens && !closes) {
        // Neither: literal text, part of the text node around it.
        p = q;
        continue;
      }
      if ((opens && closes) || size > 2) return undefined;
      // A run that can only close, with no opener of its kind anywhere
      // before it ("permanently* smooth"), is literal text, as "neither" is.
      if (!opens && !stack.some((f) => f.marker === c)) {
        p = q;
        continue;
      }
      flush(p);
      if (opens) {
        stack.push({ kind: size === 2 ? 'strong' : 'emphasis', marker: c, start: p, children: [] });
      } else {
        const top = stack[stack.length - 1]!;
        if (top.marker !== c || top.kind !== (size === 2 ? 'strong' : 'emphasis') || top.children.length === 0) return undefined;
        stack.pop();
        const node: Emphasis | Strong = { type: top.kind as 'emphasis' | 'strong', children: top.children, position: position(at, top.start, q) };
        stack[stack.length - 1]!.children.push(node);
      }
      p = textStart = q;
      continue;
    }
    if (c === LESS_THAN) {
      // Only MDX gets here ("<" is refused in Markdown), and only a bare
      // tag in running text: not where a line starts, which may make it a
      // block of JSX, nor inside a link or a quote.
      if (!inline.jsx || inLink || quoted || startsLine(text, p, start)) return undefined;
      const tag = JSX_TAG.exec(text.slice(p, Math.min(end, p + MAX_TAG)));
      if (!tag) return undefined;
      const q = p + tag[0].length;
      if (tag[1] === '') {
        flush(p);
        stack.push({ kind: 'jsx', name: tag[2]!, marker: 0, start: p, children: [] });
      } else {
        const top = stack[stack.length - 1]!;
        if (top.kind !== 'jsx' || top.name !== tag[2]) return undefined;
        flush(p);
        stack.pop();
        stack[stack.length - 1]!.children.push({ type: 'mdxJsxTextElement', name: top.name, attributes: [], children: top.children, position: position(at, top.start, q) } as PhrasingContent);
      }
      p = textStart = q;
      continue;
    }
    if (c === OPEN_BRACKET) {
      if (inLink) return undefined;
      const close = literalBracketEnd(text, p, end);
      if (close >= 0) {
        literalClose = close;
        p++;
        continue;
      }
      inLink = true;
      flush(p);
      stack.push({ kind: 'link', marker: 0, start: p, children: [] });
      p = textStart = p + 1;
      continue;
    }
    if (c === CLOSE_BRACKET) {
      if (p === literalClose) {
        p++;
        continue;
      }
      const top = stack[stack.length - 1]!;
      if (top.kind !== 'link' || p + 1 >= end || text.charCodeAt(p + 1) !== OPEN_PAREN) return undefined;
      flush(p);
      if (top.children.length === 0) return undefined;
      let q = p + 2;
      for (; q < end; q++) {
        const d = text.charCodeAt(q);
        if (d === CLOSE_PAREN) break;
        // Brackets, quotes (a title), spaces and control characters are not
        // a bare destination; nor is "<" (a destination in "<...>", or JSX in MDX).
        if (d === OPEN_PAREN || d <= 32 || d === 127 || d === 34 || d === 39 || d === LESS_THAN) return undefined;
      }
      if (q >= end || q === p + 2) return undefined;
      stack.pop();
      inLink = false;
      const link: Link = { type: 'link', title: null, url: text.slice(p + 2, q), children: top.children, position: position(at, top.start, q + 1) };
      stack[stack.length - 1]!.children.push(link);
      p = textStart = q + 1;
      continue;
    }
    p++;
  }
  flush(end);
  // An emphasis opener no closer took ("*90% of clients", "*Results may
  // vary") is text, as micromark reads it: its run joins the text around it.
  while (stack.length > 1) {
    const top = stack.pop()!;
    if ((top.kind !== 'emphasis' && top.kind !== 'strong') || quoted) return undefined;
    const parent = stack[stack.length - 1]!.children;
    const size = top.kind === 'strong' ? 2 : 1;
    parent.push({ type: 'text', value: text.slice(top.start, top.start + size), position: position(at, top.start, top.start + size) }, ...top.children);
    joinTexts(parent);
  }
  return stack[0]!.children;
}

/** Joins each run of text nodes that meet in the source into one. */
function joinTexts(nodes: PhrasingContent[]): void {
  let k = 0;
  for (const node of nodes) {
    const last = nodes[k - 1];
    if (last?.type === 'text' && node.type === 'text' && last.position!.end.offset === node.position!.start.offset) {
      last.value += node.value;
      last.position = { start: last.position!.start, end: node.position!.end };
    } else {
      nodes[k++] = node;
    }
  }
  nodes.length = k;
}

/** An opening or closing JSX tag with a plain name and nothing else. */
const JSX_TAG = /^<(\/?)([A-Za-z][A-Za-z0-9]*)>/;

/** The longest such tag looked for, so a long line is not sliced whole. */
const MAX_TAG = 64;

// A JSX element as MDX reads a block of it, of the plainest kind: its name an
// identifier, its attributes bare names or double-quoted text (no expression,
// no character reference, no escape), one space before each, nothing else
// on the line. Pages built from components open and close such elements on
// lines of their own ("<Callout type="tip">", "<BookingButton href="/book" />").
const JSX_PLAIN_ATTRIBUTES = String.raw`((?: [A-Za-z_][A-Za-z0-9_-]*(?:="[^"&{}<>\\\n]*")?)*)`;
const JSX_SELF_CLOSING = new RegExp(String.raw`^<([A-Za-z][A-Za-z0-9]*)${JSX_PLAIN_ATTRIBUTES} ?\/>$`);
const JSX_OPENING = new RegExp(String.raw`^<([A-Za-z][A-Za-z0-9]*)${JSX_PLAIN_ATTRIBUTES}>$`);
const JSX_ATTRIBUTE = /([A-Za-z_][A-Za-z0-9_-]*)(?:="([^"]*)")?/g;

/**
 * A JSX element on lines of its own at line `i` (depth 0): one that closes
 * on its line, followed by a blank line; or an opening tag, a blank line,
 * plain blocks (readRun's) between blank lines, and its closing tag alone on
 * a line, followed by a blank line. Undefined for any other JSX, which
 * micromark reads.
 */
function readJsxFlow(text: string, lines: Line[], i: number, depths: Int32Array, at: At, inline: InlineSyntax): Run | undefined {
  const line = lines[i]!;
  const blankAt = (j: number) => j >= lines.length || BLANK.test(lines[j]!.text);
  const self = JSX_SELF_CLOSING.exec(line.text);
  const tag = self ?? JSX_OPENING.exec(line.text);
  if (!tag || !blankAt(i + 1)) return undefined;
  const name = tag[1]!;
  const attributes = jsxAttributes(tag[2]!, line.start + 1 + name.length, at);
  const element = (children: RootContent[], end: number): Run['nodes'][number] =>
    ({ type: 'mdxJsxFlowElement', name, attributes, children, position: position(at, line.start, end) }) as unknown as RootContent;
  if (self) return { nodes: [element([], line.end)], next: i + 1 };
  // Its closing tag is the last line inside it (mdxDepths followed the nesting).
  let k = i + 1;
  while (k + 1 < lines.length && depths[k + 1]! > 0) k++;
  if (lines[k]!.text !== `</${name}>` || !blankAt(k - 1) || !blankAt(k + 1)) return undefined;
  const children: RootContent[] = [];
  for (let j = i + 1; j < k; ) {
    const s = lines[j]!.text;
    if (BLANK.test(s)) {
      j++;
      continue;
    }
    // Nested JSX is micromark's.
    if (depths[j] !== 1 || s.trimStart().startsWith('<')) return undefined;
    const run = readRun(text, lines, j, true, at, inline);
    if (!run || run.next > k) return undefined;
    children.push(...run.nodes);
    j = run.next;
  }
  return { nodes: [element(children, lines[k]!.end)], next: k + 1 };
}

/** The attributes of a plain tag (JSX_PLAIN_ATTRIBUTES), `offset` where they start. */
function jsxAttributes(source: string, offset: number, at: At): unknown[] {
  const out: unknown[] = [];
  for (const m of source.matchAll(JSX_ATTRIBUTE)) {
    const start = offset + m.index;
    out.push({ type: 'mdxJsxAttribute', name: m[1]!, value: m[2] ?? null, position: position(at, start, start + m[0].length) });
  }
  return out;
}

/** Whether only spaces stand between `p` and the start of its line (or of the inline text). */
function startsLine(text: string, p: number, start: number): boolean {
  let i = p - 1;
  while (i >= start && text.charCodeAt(i) === 32) i--;
  return i < start || text.charCodeAt(i) === 10;
}

/**
 * Where the "]" of a bracket opened at `open` stands when the two make no
 * link and are text as written, or -1. A document the fast path reads has no
 * definitions (WHOLE_ONLY), so no reference link can form: a bracketed text
 * with no other bracket inside and neither "(" nor "[" after it is text, as
 * micromark reads it. One holding only " ", "x" or "X" may be a task's box,
 * and is left to micromark.
 */
function literalBracketEnd(text: string, open: number, end: number): number {
  let r = open + 1;
  while (r < end && text.charCodeAt(r) !== OPEN_BRACKET && text.charCodeAt(r) !== CLOSE_BRACKET) r++;
  if (r >= end || text.charCodeAt(r) !== CLOSE_BRACKET) return -1;
  const after = r + 1 < end ? text.charCodeAt(r + 1) : -1;
  if (after === OPEN_PAREN || after === OPEN_BRACKET) return -1;
  if (r === open + 2 && TASK_BOX.has(text.charCodeAt(open + 1))) return -1;
  return r;
}

/** What a GFM task's box may hold: a space, "x" or "X". */
const TASK_BOX = new Set([32, 120, 88]);

// CommonMark's character groups for emphasis, as micromark reads them:
// 1 whitespace (and line endings), 2 punctuation or symbol, 0 anything else.
const PUNCTUATION = /\p{P}|\p{S}/u;
const WHITESPACE = /\s/;

function group(code: number): 0 | 1 | 2 {
  if (code === 32 || code === 10) return 1;
  if (code > 32 && code < 127) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 0;
    return 2;
  }
  const ch = String.fromCharCode(code);
  if (WHITESPACE.test(ch)) return 1;
  return PUNCTUATION.test(ch) ? 2 : 0;
}
