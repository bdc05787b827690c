// Markdown text to prose blocks within bounded time, memory and stack: the
// guard plans the regions, remark parses each ordinary region on its own
// (offsets shifted back, so positions stay exact), and the regions the
// parser cannot be trusted with are read as plain text, each with a note.
import type { Root } from 'mdast';
import { DEFAULT_LIMITS, normalizeLabel, planRegions, type Definition, type GuardLimits, type GuardPlan, type PlainReason, type Region } from '../markdown/guard.js';
import { parseMarkdown } from '../markdown/parse.js';
import { plainProse } from './plain-text.js';
import { projectProse, type ProseDocument } from './project.js';

/** A region read as plain text, for a warning on the file. */
export interface GuardNote {
  start: number;
  end: number;
  /** 1-based lines of the region, first and last. */
  line: number;
  endLine: number;
  message: string;
}

export interface ProsePart {
  doc: ProseDocument;
  note?: GuardNote;
}

export interface GuardedProse {
  doc: ProseDocument;
  notes: GuardNote[];
}

// Definitions a chunk refers to are parsed with it; past this many
// characters the rest are left out.
const MAX_SHARED_DEFINITIONS = 16_000;
const BRACKETED = /\[([^[\]\n]{1,999})\]/g;

/** Keeps the blocks and comments that start in [from, to) of the parsed
 * source and moves them by `delta`. */
function shift(doc: ProseDocument, delta: number, from: number, to: number): ProseDocument {
  const blocks = doc.blocks.filter((b) => b.start >= from && b.start < to);
  for (const b of blocks) {
    b.map = b.map.shifted(delta);
    b.start += delta;
    b.end += delta;
    b.wrappers = b.wrappers.map((w) => ({
      ...w,
      start: w.start + delta,
      end: w.end + delta,
      contentStart: w.contentStart + delta,
      contentEnd: w.contentEnd + delta,
    }));
  }
  const comments = doc.comments
    .filter((c) => c.start >= from && c.start < to)
    .map((c) => ({ ...c, start: c.start + delta, end: c.end + delta }));
  return { blocks, comments };
}

/** The first definition of each label: the one CommonMark uses. */
function definitionsByLabel(definitions: readonly Definition[]): Map<string, Definition> {
  const byLabel = new Map<string, Definition>();
  for (const d of definitions) if (!byLabel.has(d.label)) byLabel.set(d.label, d);
  return byLabel;
}

/** The definitions from elsewhere in the document that `slice` refers to,
 * as text to parse with it, ending in a blank line. */
function definitionsFor(text: string, slice: string, region: Region, definitions: ReadonlyMap<string, Definition>): string {
  if (definitions.size === 0) return '';
  let out = '';
  const seen = new Set<string>();
  for (const m of slice.matchAll(BRACKETED)) {
    const label = normalizeLabel(m[1]!);
    const d = definitions.get(label);
    if (!d || seen.has(label) || (d.start >= region.start && d.end <= region.end)) continue;
    seen.add(label);
    if (out.length + d.end - d.start > MAX_SHARED_DEFINITIONS) break;
    // Each alone: a footnote definition would take the next line in as its text.
    out += `${text.slice(d.start, d.end)}\n\n`;
  }
  return out;
}

function describe(reason: PlainReason, limits: GuardLimits): string {
  return reason === 'nesting'
    ? `block quotes or lists nested more than ${limits.maxDepth} levels deep`
    : `more than ${limits.maxInlineMarkers} emphasis, link or HTML markers in one paragraph`;
}

/** Counts lines as regions go by, so numbering notes stays linear. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

export interface MarkdownReading {
  /** The parse of the part of the document that starts it, where front
   * matter sits; absent when that part is read as plain text. */
  head?: Root;
  /** The document's prose, one region at a time, so that a caller can lint
   * each part and let it go. */
  parts: Iterable<ProsePart>;
}

interface ParsedRegion {
  tree: Root;
  doc: ProseDocument;
}

function parseRegion(text: string, region: Extract<Region, { kind: 'markdown' }>, definitions: ReadonlyMap<string, Definition>): ParsedRegion {
  const slice = text.slice(region.start, region.end);
  const defs = definitionsFor(text, slice, region, definitions);
  const header = region.prefix ? text.slice(region.prefix[0], region.prefix[1]) : '';
  // Definitions go first, then a table's header row, then the region; but
  // after the region that starts the document, whose front matter must
  // stay first (and whose end can only be inside a code fence if the fence
  // runs to the end of the document, leaving no definition after it).
  const lead = region.start === 0 ? header : defs + header;
  const src = region.start === 0 ? `${header}${slice}${defs === '' ? '' : `\n\n${defs}`}` : lead + slice;
  const tree = parseMarkdown(src);
  return { tree, doc: shift(projectProse(tree, src), region.start - lead.length, lead.length, lead.length + slice.length) };
}

function* regionsFrom(
  text: string,
  plan: GuardPlan,
  definitions: ReadonlyMap<string, Definition>,
  first: ParsedRegion | undefined,
  limits: GuardLimits,
): Generator<ProsePart> {
  const lineAt = lineCounter(text);
  for (const region of plan.regions) {
    if (region.kind === 'markdown') {
      yield { doc: region.start === 0 && first ? first.doc : parseRegion(text, region, definitions).doc };
      continue;
    }
    if (region.kind === 'definitions') continue;
    const line = lineAt(region.start);
    // The region ends with the blank lines after its block; they are not part of it.
    let last = region.end;
    while (last > region.start + 1 && /\s/.test(text[last - 1]!)) last--;
    const endLine = lineAt(last);
    const where = line === endLine ? `line ${line}` : `lines ${line}-${endLine}`;
    const note = {
      start: region.start,
      end: region.end,
      line,
      endLine,
      message: `${describe(region.reason, limits)} (${where}); read as plain text, without Markdown structure`,
    };
    yield { doc: plainProse(text, region.start, region.end), note };
  }
}

export function readMarkdown(text: string, limits: GuardLimits = DEFAULT_LIMITS): MarkdownReading {
  const plan = planRegions(text, limits);
  const only = plan.regions.length === 1 ? plan.regions[0] : undefined;
  if (plan.regions.length === 0 || (only?.kind === 'markdown' && !only.prefix)) {
    const tree = parseMarkdown(text);
    return { head: tree, parts: [{ doc: projectProse(tree, text) }] };
  }
  const start = plan.regions[0]!;
  // The first part is parsed now: whether the file is switched off, and its
  // front matter, are known before any linting.
  const definitions = definitionsByLabel(plan.definitions);
  const first = start.kind === 'markdown' ? parseRegion(text, start, definitions) : undefined;
  return { ...(first ? { head: first.tree } : {}), parts: regionsFrom(text, plan, definitions, first, limits) };
}

/**
 * Only the top-level blocks that overlap `hot` (ranges where the prefilter
 * says a match may lie), each parsed as the guard parses a chunk, so their
 * prose is what a whole parse would give. The rest of the document cannot
 * hold a finding and is not parsed. Falls back to the whole reading when the
 * guard would read some region as plain text (its note must be reported),
 * or finds no block (the document is its front matter, if anything). The
 * head is the parse of the region that starts the document (its front
 * matter, and the block after it), when that region is hot.
 */
export function readHotMarkdown(text: string, hot: ReadonlyArray<readonly [number, number]>, limits: GuardLimits = DEFAULT_LIMITS): MarkdownReading {
  // Every top-level block a region of its own, to choose among.
  const plan = planRegions(text, { ...limits, chunkChars: 0 });
  if (plan.regions.length === 0 || plan.regions.some((r) => r.kind === 'plain')) return readMarkdown(text, limits);
  const overlaps = (r: Region) => hot.some(([s, e]) => r.start < e && s < r.end);
  const chosen: Array<Extract<Region, { kind: 'markdown' }>> = [];
  for (const r of plan.regions) {
    if (r.kind !== 'markdown' || !overlaps(r)) continue;
    const last = chosen[chosen.length - 1];
    // Neighbours are parsed together, as the guard's chunks are.
    if (last && !r.prefix && last.end === r.start && last.end - last.start < limits.chunkChars) last.end = r.end;
    else chosen.push({ ...r });
  }
  const definitions = definitionsByLabel(plan.definitions);
  const first = chosen[0]?.start === 0 ? parseRegion(text, chosen[0], definitions) : undefined;
  return {
    ...(first ? { head: first.tree } : {}),
    parts: (function* () {
      for (const r of chosen) yield { doc: r.start === 0 && first ? first.doc : parseRegion(text, r, definitions).doc };
    })(),
  };
}

/** The whole document's prose at once, with a note per plain-text region. */
export function guardedProse(text: string, limits: GuardLimits = DEFAULT_LIMITS): GuardedProse {
  const doc: ProseDocument = { blocks: [], comments: [] };
  const notes: GuardNote[] = [];
  for (const part of readMarkdown(text, limits).parts) {
    for (const b of part.doc.blocks) doc.blocks.push(b);
    for (const c of part.doc.comments) doc.comments.push(c);
    if (part.note) notes.push(part.note);
  }
  return { doc, notes };
}
