// Decides, before remark sees a document, what it may safely parse. remark's
// time and stack grow much faster than the input with container nesting
// (thousands of nested lists take minutes, deep block quotes overflow the
// stack in remark-gfm), with inline delimiters in one paragraph and with the
// number of lines in one paragraph, and its tree for a 15 MB file takes
// gigabytes. So one cheap linear pass over the lines finds top-level block
// boundaries, an estimate of container depth and inline-delimiter counts;
// documents are then parsed in chunks of whole top-level blocks, and
// pathological blocks are linted as plain text.
import { columnsOf, containerMarker } from './container-marker.js';
import { GUARD_LIMITS } from '../shared/limits.js';

export interface GuardLimits {
  /** Container nesting (block quotes, list items, footnote definitions)
   * beyond which a top-level block is linted as plain text. */
  maxDepth: number;
  /** Emphasis, link and HTML delimiter characters in one paragraph beyond
   * which its top-level block is linted as plain text. */
  maxInlineMarkers: number;
  /** Documents longer than this are parsed in chunks of about this size
   * (remark is fastest per byte on chunks of a few tens of kilobytes). */
  chunkChars: number;
  /** A top-level block longer than this is cut at a line that starts in
   * column 1, preferably after a sentence ends. */
  maxBlockChars: number;
}

export const DEFAULT_LIMITS: GuardLimits = GUARD_LIMITS;

export type PlainReason = 'nesting' | 'inline';

export type Region =
  | {
      kind: 'markdown';
      start: number;
      end: number;
      /** Source range to parse in front of the region without linting it
       * again: the header of a table the region continues. */
      prefix?: [number, number];
    }
  | { kind: 'plain'; reason: PlainReason; start: number; end: number }
  /** Link reference definitions only: no prose, so not parsed (their labels
   * are in the plan's definitions for the regions that use them). */
  | { kind: 'definitions'; start: number; end: number };

/** A single-line link or footnote definition. */
export interface Definition {
  /** Normalised label: lower case, inner whitespace collapsed. */
  label: string;
  start: number;
  end: number;
}

export interface GuardPlan {
  /** Consecutive, non-overlapping, covering the whole text. */
  regions: Region[];
  /** So that a chunk can resolve references defined in another chunk.
   * Shared with the kept block scan: never changed by a reader. */
  definitions: readonly Readonly<Definition>[];
}

interface TopBlock {
  start: number;
  end: number;
  depth: number;
  markers: number;
  definitionsOnly?: boolean;
  /** Header and delimiter row of the table this block is the rest of. */
  prefix?: [number, number];
}

// Characters that open or close inline constructs whose resolution in
// micromark is worse than linear in their number within one paragraph.
const INLINE_MARKER = new Uint8Array(128);
for (const c of '*_~[]<') INLINE_MARKER[c.charCodeAt(0)] = 1;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// HTML blocks that end at a blank line (CommonMark's kinds 6 and 7): inside
// one, a line of backticks opens no code fence. Kind 7 cannot interrupt a
// paragraph, so it is only taken to start after a blank line.
const HTML_TO_BLANK =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
const HTML_TAG_LINE = /^ {0,3}(?:<(?!(?:script|style|pre|textarea)[\s>])[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const DEFINITION = /^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:/;
const TABLE_DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
// A whole line that CommonMark reads as a link reference definition: label,
// destination, optional title, nothing after. (A line like "[Note]: this
// cures acne." is no definition but a paragraph, and prose.)
const WHOLE_DEFINITION = /^ {0,3}\[(?=[^\]]*\S)(?:[^\]\\\n]|\\.){1,999}\]:[ \t]*(?:<[^<>\n]*>|[^\s<][^\s]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/;
const SENTENCE_END = /[.!?:]["'\u2019\u201d)\]]*[ \t]*$/;

export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** HTML blocks that, unlike the others, run on across blank lines. */
function htmlBlockEnd(line: string): RegExp | undefined {
  const m = /^ {0,3}<(?:(script|pre|style|textarea)(?=[\s>]|$)|(!--)|(\?)|(!\[CDATA\[)|(![A-Za-z]))/i.exec(line);
  if (!m) return undefined;
  const end = m[1] ? new RegExp(`</${m[1]}>`, 'i') : m[2] ? /-->/ : m[3] ? /\?>/ : m[4] ? /\]\]>/ : />/;
  // The block may end on its own first line.
  return end.test(line.slice(m[0].length)) ? undefined : end;
}

/** Offset just past a closed front matter block, or 0. */
export function frontMatterEnd(text: string): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = open[1] === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
  let ls = open[0].length;
  while (ls < text.length) {
    let le = text.indexOf('\n', ls);
    if (le === -1) le = text.length;
    if (close.test(text.slice(ls, le).replace(/\r$/, ''))) return Math.min(le + 1, text.length);
    ls = le + 1;
  }
  return 0;
}

/** Where to end the first piece of an overlong line starting at `ls`: before
 * a letter (so the next piece cannot read as a list item, heading, fence or
 * HTML), after the last sentence end in the second half of the piece, else
 * after a space, else inside a word; a line with no letter there is cut
 * where it reaches `max`. */
export function longLineCut(text: string, ls: number, max: number): number {
  const from = ls + (max >> 1);
  const window = text.slice(from, ls + max);
  const last = (re: RegExp) => {
    let at = -1;
    for (const m of window.matchAll(re)) at = m.index + m[0].length;
    return at;
  };
  for (const re of [/[.!?]["'\u2019\u201d)\]]*[ \t]+(?=\p{L})/gu, /[ \t]+(?=\p{L})/gu, /(?=\p{L})/gu]) {
    const at = last(re);
    if (at > 0) return from + at;
  }
  return /[\udc00-\udfff]/.test(text[ls + max] ?? '') ? ls + max - 1 : ls + max;
}

/** A scan is kept for the next planner of the same text: read-only. */
interface BlockScan {
  blocks: readonly Readonly<TopBlock>[];
  definitions: readonly Readonly<Definition>[];
}

// The screen (mayReadAsPlain) and then the engine (reading the hot blocks)
// plan the same document in turn: its last scan is kept, so the blocks are
// found once. Only maxBlockChars changes a scan; a scan is never changed by
// its readers.
let lastScan: { text: string; maxBlockChars: number; scan: BlockScan } | undefined;

/** Splits the text into top-level blocks with their estimated container
 * depth and most inline markers in one paragraph. Linear in the text. */
function scanBlocks(text: string, limits: GuardLimits): BlockScan {
  if (lastScan?.text !== text || lastScan.maxBlockChars !== limits.maxBlockChars) {
    lastScan = { text, maxBlockChars: limits.maxBlockChars, scan: scanBlocksOnce(text, limits) };
  }
  return lastScan.scan;
}

function scanBlocksOnce(text: string, limits: GuardLimits): BlockScan {
  const blocks: TopBlock[] = [];
  const definitions: Definition[] = [];
  // Content columns of the list items (and footnote definitions) open now.
  const lists: number[] = [];
  let block: TopBlock = { start: 0, end: 0, depth: 0, markers: 0 };
  // Lines of the current block so far, and where its first line starts.
  let blockLines = 0;
  let firstLine: [number, number] | undefined;
  let table: [number, number] | undefined;
  let runMarkers = 0;
  // Whether the block so far is link reference definitions only: their
  // brackets are read line by line, not resolved as a paragraph's links are,
  // so a list of 50,000 of them is no paragraph of 100,000 markers.
  let definitionsOnly = false;
  let prevBlank = true;
  let prevEndsSentence = false;
  let fence: { ch: string; len: number } | undefined;
  let html: RegExp | undefined;
  let htmlToBlank = false;
  let ls = frontMatterEnd(text);
  const n = text.length;

  const cut = (at: number, prefix?: [number, number]) => {
    if (at <= block.start) return;
    block.end = at;
    if (definitionsOnly) block.definitionsOnly = true;
    definitionsOnly = false;
    blocks.push(block);
    block = { start: at, end: at, depth: 0, markers: 0 };
    if (prefix) block.prefix = prefix;
    blockLines = 0;
    firstLine = undefined;
    table = prefix;
  };

  while (ls < n) {
    let le = text.indexOf('\n', ls);
    if (le === -1) le = n;
    let next = le + 1;
    // A line longer than a block may be is read as several, cut after a
    // sentence: a paragraph of megabytes on one line is then parsed (and
    // let go) a part at a time like any long paragraph, not at once.
    if (le - ls > limits.maxBlockChars && !fence && !html) next = le = longLineCut(text, ls, limits.maxBlockChars);
    const line = text.charCodeAt(le - 1) === 13 ? text.slice(ls, le - 1) : text.slice(ls, le);

    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence.ch && close[1]!.length >= fence.len && line.slice(close[0].length).trim() === '') fence = undefined;
      prevBlank = false;
      ls = next;
      continue;
    }
    if (html) {
      if (html.test(line)) html = undefined;
      prevBlank = false;
      ls = next;
      continue;
    }
    if (htmlToBlank) {
      if (/^[ \t]*$/.test(line)) {
        htmlToBlank = false;
      } else {
        blockLines++;
        prevBlank = false;
        ls = next;
        continue;
      }
    }

    let p = 0;
    let col = 0;
    while (p < line.length && (line[p] === ' ' || line[p] === '\t')) col += columnsOf(line[p++]!, col);
    if (p === line.length) {
      prevBlank = true;
      runMarkers = 0;
      ls = next;
      continue;
    }
    const indent = col;
    // Fences and HTML blocks are not lazy continuation lines: they close
    // the list items they are not indented into, blank line or not.
    const fenceOpen = indent < 4 ? FENCE.exec(line) : null;
    const htmlEnd = indent < 4 ? htmlBlockEnd(line) : undefined;
    const htmlOpen = indent < 4 && !htmlEnd && (HTML_TO_BLANK.test(line) || (prevBlank && HTML_TAG_LINE.test(line)));
    if (prevBlank || fenceOpen || htmlEnd || htmlOpen) while (lists.length > 0 && indent < lists[lists.length - 1]!) lists.pop();
    if (prevBlank && lists.length === 0) {
      cut(ls);
    } else if (indent === 0 && ls - block.start > limits.maxBlockChars) {
      // An overlong block: cut where the parse of the rest cannot change
      // much. A table's rest gets its header back; a paragraph is cut after
      // a sentence ends unless none does for a long way.
      if (table && line.includes('|')) cut(ls, table);
      else if (prevEndsSentence || containerMarker(line, 0, 0) || ls - block.start > 2 * limits.maxBlockChars) cut(ls);
    }
    blockLines++;

    if (lists.length > 0) definitionsOnly = false;
    if (lists.length === 0) {
      const d = DEFINITION.exec(line);
      if (d) definitions.push({ label: normalizeLabel(d[1]!), start: ls, end: le });
      const reference = d !== null && !d[1]!.startsWith('^') && WHOLE_DEFINITION.test(line);
      definitionsOnly = reference && (blockLines === 1 || definitionsOnly);
      if (fenceOpen && !(fenceOpen[1]![0] === '`' && line.indexOf('`', fenceOpen[0].length) !== -1)) {
        fence = { ch: fenceOpen[1]![0]!, len: fenceOpen[1]!.length };
        prevBlank = false;
        ls = next;
        continue;
      }
      html = htmlEnd;
      if (htmlOpen) htmlToBlank = true;
      if (blockLines === 1) firstLine = [ls, next];
      else if (blockLines === 2 && firstLine && text.slice(firstLine[0], firstLine[1]).includes('|') && TABLE_DELIMITER_ROW.test(line)) {
        table = [firstLine[0], Math.min(next, n)];
      }
    }

    // Container prefix: block quote markers, list and footnote markers.
    let quotes = 0;
    let firstMarker = true;
    for (;;) {
      if (line[p] === '>') {
        quotes++;
        p++;
        col++;
      } else {
        const m = containerMarker(line, p, col);
        // "- - -" is a thematic break, not three list items.
        if (!m || (firstMarker && THEMATIC_BREAK.test(line.slice(p)))) break;
        if (firstMarker) while (lists.length > 0 && col < lists[lists.length - 1]!) lists.pop();
        firstMarker = false;
        lists.push(m.contentCol);
        p += m.length;
        col += m.length;
        runMarkers = 0;
      }
      while (p < line.length && (line[p] === ' ' || line[p] === '\t')) col += columnsOf(line[p++]!, col);
    }
    // Each table row is parsed on its own, not as one paragraph.
    if (line.includes('|')) runMarkers = 0;
    for (let i = p; i < line.length && !definitionsOnly; i++) {
      const c = line.charCodeAt(i);
      if (c < 128 && INLINE_MARKER[c] === 1) runMarkers++;
    }
    block.depth = Math.max(block.depth, lists.length + quotes);
    block.markers = Math.max(block.markers, runMarkers);
    prevBlank = false;
    prevEndsSentence = SENTENCE_END.test(line);
    ls = next;
  }
  cut(n);
  return { blocks, definitions };
}

/** Plans how to read `text`: which regions remark parses (in chunks) and
 * which are read as plain text, and why. */
// A line's container prefix: block quote and list markers, and spaces.
const DEEP_PREFIX = /^[ >*+\-0-9.)]{16,}|^[ >*+\-0-9.)]*\t/m;

/**
 * Whether planRegions could read some of the text as plain: a cheap test for
 * small texts, so screening a small file need not scan its blocks. Nesting
 * deeper than 32 needs more than 16 list levels (each indents its content at
 * least two columns past the last) or more than 16 quote markers on one line,
 * so a line whose prefix runs to 16 characters (or holds a tab, or a footnote
 * label, whose widths this does not count); more inline markers than the
 * limit in one paragraph need more characters than that.
 */
export function mayReadAsPlain(text: string, limits: GuardLimits = DEFAULT_LIMITS): boolean {
  if (text.length > limits.maxInlineMarkers || limits.maxDepth < 32 || text.includes('[^') || DEEP_PREFIX.test(text)) {
    return planRegions(text, limits).regions.some((r) => r.kind === 'plain');
  }
  return false;
}

export function planRegions(text: string, limits: GuardLimits = DEFAULT_LIMITS): GuardPlan {
  if (text.length === 0) return { regions: [], definitions: [] };
  const { blocks, definitions } = scanBlocks(text, limits);
  const regions: Region[] = [];
  for (const b of blocks) {
    const reason: PlainReason | undefined =
      b.depth > limits.maxDepth ? 'nesting' : b.markers > limits.maxInlineMarkers ? 'inline' : undefined;
    const last = regions[regions.length - 1];
    // The first block stays Markdown: the document's head is parsed from it.
    if (b.definitionsOnly && !reason && last) {
      if (last.kind === 'definitions') last.end = b.end;
      else regions.push({ kind: 'definitions', start: b.start, end: b.end });
    } else if (reason) {
      if (last && last.kind === 'plain' && last.reason === reason) last.end = b.end;
      else regions.push({ kind: 'plain', reason, start: b.start, end: b.end });
    } else if (!b.prefix && last && last.kind === 'markdown' && last.end - last.start < limits.chunkChars) {
      last.end = b.end;
    } else {
      regions.push(b.prefix ? { kind: 'markdown', start: b.start, end: b.end, prefix: b.prefix } : { kind: 'markdown', start: b.start, end: b.end });
    }
  }
  // Front matter before the first block belongs to the first region.
  if (regions.length > 0) regions[0]!.start = 0;
  return { regions, definitions };
}
