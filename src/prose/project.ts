// Projects an mdast tree to prose blocks: the text a reader sees, with an
// exact map from every text character back to the source characters it came
// from. Inline formatting disappears from the text but not from the map, so a
// phrase split by `**bold**` still matches and still maps to exact source.
import type { Nodes, Parents, Root, RootContent, PhrasingContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import type { Quoting } from './quoting.js';
import { MappedText, type SourceMap } from './mapped-text.js';

/** Stands in the text for something that is not prose (inline code, HTML,
 * an inline image): phrases never match across it. */
export const BARRIER = '\uFFFC';

export type BlockKind = 'paragraph' | 'heading' | 'tableCell' | 'imageAlt' | 'frontMatter' | 'jsxAttribute';

/** Source range of an inline wrapper (emphasis, strong, link) and of its content. */
export interface Wrapper {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** The content is also the reference's label (`[text][]`, `[text]`):
   * changing its words unlinks it from its definition. */
  label?: true;
}

export interface ProseBlock {
  kind: BlockKind;
  text: string;
  /** The source range of each unit of `text`. */
  map: SourceMap;
  /** Source range of the whole block node. */
  start: number;
  end: number;
  wrappers: Wrapper[];
  /** Text offsets where a link, link reference or footnote reference sits:
   * the evidence a proof claim may point to. */
  citations: number[];
  /** Text offsets of hard line breaks (a space in `text`): a claim's words
   * may run on over one, but no gap between them may ("eliminates wrinkles",
   * break, "next line" is not "eliminate ... line"). */
  breaks?: number[];
  /** Where the block sits when it is not body text, for messages: "in front matter `title`". */
  where?: string;
  /** How the source quotes the block's text, when a rewrite must be escaped to fit. */
  quoting?: Quoting;
  /** For the first paragraph of a list item whose list follows a paragraph
   * ending in a colon ("Microneedling can treat:"): that lead-in's last
   * clause, without the colon. Each item completes it: each is a claim. */
  leadIn?: string;
}

/** An HTML comment seen in the document, in source order with the blocks. */
export interface CommentNode {
  value: string;
  start: number;
  end: number;
}

export interface ProseDocument {
  blocks: ProseBlock[];
  comments: CommentNode[];
}

/** A block's text as it is read, with the source range of each UTF-16 unit
 * of it, and what its inline markup says. */
export class Builder extends MappedText {
  readonly wrappers: Wrapper[] = [];
  readonly citations: number[] = [];
  breaks?: number[];

  /** The end of the last unit's source range, or undefined before the first. */
  lastEnd(): number | undefined {
    return this.length > 0 ? this.endAt(this.length - 1) : undefined;
  }
}

const COMMENT = /^<!--([\s\S]*?)-->\s*$/;

function offsetsOf(node: Nodes): [number, number] | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** Aligns a text node's decoded value with its source slice. Escapes (`\*`)
 * and character references (`&amp;`) map to their whole source spelling;
 * container prefixes after a line ending (`> `, list indentation) are skipped. */
export function pushAligned(b: Builder, value: string, src: string, start: number, end: number): void {
  // Nearly every text node is its source slice as it stands.
  if (end - start === value.length && src.startsWith(value, start)) {
    b.pushVerbatim(value, start);
    return;
  }
  let p = start;
  // The verbatim run being read: from `runFrom` in `value`, `runAt` in the source.
  let runFrom = 0;
  let runAt = -1;
  const endRun = (i: number) => {
    if (runAt >= 0 && i > runFrom) b.pushVerbatim(value.slice(runFrom, i), runAt);
    runAt = -1;
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (p < end && src[p] === c) {
      if (runAt < 0) {
        runFrom = i;
        runAt = p;
      }
      p++;
      continue;
    }
    endRun(i);
    if (p + 1 < end && src[p] === '\\' && src[p + 1] === c) {
      b.push(c, p, p + 2);
      p += 2;
      continue;
    }
    if (src[p] === '&') {
      ENTITY.lastIndex = p;
      const m = ENTITY.exec(src);
      if (m && p + m[0].length <= end) {
        const entityEnd = p + m[0].length;
        b.push(c, p, entityEnd);
        // A reference may decode to two UTF-16 units (astral characters).
        if (i + 1 < value.length && src[entityEnd] !== value[i + 1] && isLowSurrogate(value.charCodeAt(i + 1))) {
          i++;
          b.push(value[i]!, p, entityEnd);
        }
        p = entityEnd;
        continue;
      }
    }
    // Bounded by the node's own range: an unbounded indexOf could scan the
    // rest of a huge document for every such character.
    let q = p;
    while (q < end && src[q] !== c) q++;
    if (q < end) {
      b.push(c, q, q + 1);
      p = q + 1;
    } else {
      // Unreachable for remark's output; keep the map total rather than throw.
      const at = Math.min(p, end);
      b.push(c, at, at);
    }
  }
  endRun(value.length);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function barrier(b: Builder, node: Nodes): void {
  const r = offsetsOf(node);
  const at = r ? r[0] : (b.lastEnd() ?? 0);
  b.push(BARRIER, at, r ? r[1] : at);
}

function isUrlText(node: { url: string; children: PhrasingContent[] }): boolean {
  if (node.children.length !== 1) return false;
  const only = node.children[0]!;
  if (only.type !== 'text') return false;
  const url = node.url.replace(/^mailto:/, '');
  const value = only.value;
  return value === url || value === url.replace(/^https?:\/\//, '') || /^(?:https?:\/\/|www\.)\S+$/.test(value);
}

/** Walks inline content in source order with an explicit stack, so deeply
 * nested emphasis cannot overflow the call stack. */
function walkPhrasing(
  b: Builder,
  nodes: PhrasingContent[],
  src: string,
  doc: ProseDocument,
  images: Array<{ alt: string; start: number; end: number }>,
): void {
  const stack: PhrasingContent[] = [];
  const pushAll = (children: PhrasingContent[]) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  pushAll(nodes);
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text': {
        const r = offsetsOf(node);
        if (r) pushAligned(b, node.value, src, r[0], r[1]);
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'delete': {
        wrap(b, node);
        pushAll(node.children);
        break;
      }
      case 'mdxJsxTextElement': {
        // `<Highlight>erases wrinkles</Highlight>` reads as its text; `<Icon />` is not prose.
        if (node.children.length > 0) {
          wrap(b, node);
          pushAll(node.children as PhrasingContent[]);
        } else {
          barrier(b, node);
        }
        break;
      }
      case 'link':
      case 'linkReference': {
        b.citations.push(b.length);
        if (node.type === 'link' && isUrlText(node)) {
          barrier(b, node);
        } else {
          wrap(b, node, node.type === 'linkReference' && node.referenceType !== 'full');
          pushAll(node.children);
        }
        break;
      }
      case 'footnoteReference': {
        b.citations.push(b.length);
        // A footnote mark is not a word, but it does not interrupt the sentence.
        const r = offsetsOf(node);
        if (r) b.push(' ', r[0], r[1]);
        break;
      }
      case 'break': {
        // A hard line break is a space in the sentence ("cures  " then
        // "eczema" is one claim), but a gap in a pattern may not cross it:
        // "eliminates wrinkles  " then "next line." is not "eliminate line".
        const r = offsetsOf(node);
        (b.breaks ??= []).push(b.length);
        if (r) b.push(' ', r[0], r[1]);
        break;
      }
      case 'image':
      case 'imageReference': {
        const r = offsetsOf(node);
        if (node.alt && r) images.push({ alt: node.alt, start: r[0], end: r[1] });
        barrier(b, node);
        break;
      }
      case 'html': {
        const r = offsetsOf(node);
        if (r && COMMENT.test(node.value)) doc.comments.push({ value: node.value, start: r[0], end: r[1] });
        barrier(b, node);
        break;
      }
      default:
        // inlineCode, math and anything unknown is not prose.
        barrier(b, node);
    }
  }
}

/** Records the source range of an inline wrapper and of its content. */
function wrap(b: Builder, node: Extract<PhrasingContent, { children: PhrasingContent[] }>, label = false): void {
  const r = offsetsOf(node);
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const fr = first ? offsetsOf(first) : undefined;
  const lr = last ? offsetsOf(last) : undefined;
  if (r && fr && lr) b.wrappers.push({ start: r[0], end: r[1], contentStart: fr[0], contentEnd: lr[1], ...(label ? { label: true as const } : {}) });
}

export function finish(b: Builder, kind: BlockKind, start: number, end: number): ProseBlock {
  return {
    kind,
    text: b.text(),
    map: b.map(),
    start,
    end,
    wrappers: b.wrappers,
    citations: b.citations,
    ...(b.breaks ? { breaks: b.breaks } : {}),
  };
}

export function newBuilder(): Builder {
  return new Builder();
}

/** Alt text sits in the source as written between `![` and `]`; find it there. */
function altBlock(alt: string, src: string, start: number, end: number): ProseBlock | undefined {
  const open = src.indexOf('[', start);
  if (open === -1 || open >= end) return undefined;
  const b = newBuilder();
  pushAligned(b, alt, src, open + 1, end);
  return finish(b, 'imageAlt', start, end);
}

const PROSE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);

/** Flattens the document into prose blocks in source order. Iterative, so a
 * deeply nested document cannot overflow the stack here. */
export function projectProse(tree: Root, src: string): ProseDocument {
  const doc: ProseDocument = { blocks: [], comments: [] };
  const stack: Array<RootContent | Root> = [tree];
  // List items' first paragraphs, by the paragraph that leads into their list.
  const ledBy = new Map<RootContent, RootContent>();
  const blockOf = new Map<RootContent, ProseBlock>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (PROSE_CONTAINERS.has(node.type)) {
      const parent = node as Extract<Parents, { type: 'paragraph' | 'heading' | 'tableCell' }>;
      const r = offsetsOf(parent);
      if (!r) continue;
      const b = newBuilder();
      const images: Array<{ alt: string; start: number; end: number }> = [];
      walkPhrasing(b, parent.children, src, doc, images);
      const kind = parent.type as BlockKind;
      if (b.length > 0) {
        const block = finish(b, kind, r[0], r[1]);
        const lead = ledBy.get(node as RootContent);
        const leadIn = lead ? leadInOf(blockOf.get(lead)?.text) : undefined;
        if (leadIn) block.leadIn = leadIn;
        if (kind === 'paragraph') blockOf.set(node as RootContent, block);
        doc.blocks.push(block);
      }
      for (const img of images) {
        const alt = altBlock(img.alt, src, img.start, img.end);
        if (alt) doc.blocks.push(alt);
      }
      continue;
    }
    if (node.type === 'html') {
      const r = offsetsOf(node);
      if (r && COMMENT.test(node.value)) doc.comments.push({ value: node.value, start: r[0], end: r[1] });
      continue;
    }
    if ('children' in node) {
      const children = node.children as RootContent[];
      for (let i = 1; i < children.length; i++) {
        const list = children[i]!;
        const before = children[i - 1]!;
        if (list.type !== 'list' || before.type !== 'paragraph') continue;
        for (const item of list.children) {
          const first = item.children[0];
          if (first?.type === 'paragraph') ledBy.set(first, before);
        }
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    // code, yaml/toml front matter, definitions, thematic breaks: not prose.
  }
  doc.comments.sort((a, b) => a.start - b.start);
  return doc;
}

/** The last clause of a paragraph that ends in a colon, without the colon:
 * "Over a course of sessions, microneedling can treat:" gives "microneedling can treat". */
function leadInOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(':')) return undefined;
  const body = trimmed.slice(0, -1);
  const clause = body.slice(Math.max(body.lastIndexOf('.'), body.lastIndexOf('!'), body.lastIndexOf('?'), body.lastIndexOf(',')) + 1).trim();
  return clause.length > 0 && clause.length <= 120 ? clause : undefined;
}
