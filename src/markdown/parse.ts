// Markdown to mdast with positions: remark-parse's parser, with the
// extensions remark-gfm and remark-frontmatter give it, made once per process
// (parse-mdx.ts makes the MDX one the same way).
//
// remark-parse is only a call of mdast-util-from-markdown with those
// extensions; it is called directly here so that GFM's literal autolinks
// ("www.example.com", "a@b.org") cost nothing where there can be none. Their
// syntax is tried at every letter and digit of a text (so micromark reads text
// a character at a time), and a search of every text node runs after the
// parse. Text with no "@", "www." or "http(s)://" is parsed without the syntax
// (a quarter faster on clinic copy), and the search runs only on trees with a
// text that could hold one (a character reference can make an "@").
import type { Root, Nodes, RootContent } from 'mdast';
import { fromMarkdown, type Extension, type Options, type Transform } from 'mdast-util-from-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { fastParse, type FastOptions } from './fast-parse.js';

export interface Parser {
  options: Options;
  /** `options` without the literal autolink syntax, for text that cannot hold one. */
  plain: Options;
  /** GFM's literal autolink search, run after parsing when it may find something. */
  autolinks: Transform[];
}

let markdown: Parser | undefined;
/** The same without front matter: for stretches that do not start the document. */
let markdownBody: Parser | undefined;

type Extensions = ReadonlyArray<Extension | Extensions>;

/** The extensions with the literal autolink extension's transforms moved to `autolinks`. */
function setApartAutolinks(extensions: Extensions, autolinks: Transform[]): Array<Extension | Extensions> {
  return extensions.map((e) => {
    if (Array.isArray(e)) return setApartAutolinks(e as Extensions, autolinks);
    const { transforms, ...rest } = e as Extension;
    if (!transforms || !rest.enter || !('literalAutolink' in rest.enter)) return e as Extension;
    autolinks.push(...transforms);
    return rest;
  });
}

type SyntaxExtension = NonNullable<Options['extensions']>[number];

// micromark-extension-gfm-autolink-literal's constructs, by name.
const AUTOLINK_CONSTRUCTS = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);

/** The syntax extensions without the literal autolink constructs, and how many were taken out. */
export function withoutAutolinkSyntax(extensions: readonly SyntaxExtension[]): { extensions: SyntaxExtension[]; removed: number } {
  let removed = 0;
  const strip = (e: SyntaxExtension): SyntaxExtension => {
    const out: Record<string, unknown> = {};
    for (const [hook, value] of Object.entries(e)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        out[hook] = value;
        continue;
      }
      const byCode: Record<string, unknown> = {};
      for (const [code, constructs] of Object.entries(value as Record<string, unknown>)) {
        const list = Array.isArray(constructs) ? constructs : [constructs];
        const kept = list.filter((c: { name?: string } | null) => !(c && typeof c.name === 'string' && AUTOLINK_CONSTRUCTS.has(c.name)));
        removed += list.length - kept.length;
        if (kept.length > 0) byCode[code] = Array.isArray(constructs) ? kept : kept[0];
      }
      out[hook] = byCode;
    }
    return out as SyntaxExtension;
  };
  return { extensions: extensions.map(strip), removed };
}

/** The parser remark-parse makes in `processor`, with the autolinks set apart. */
export function parserOf(processor: Processor<Root>): Parser {
  const data = processor.data();
  const autolinks: Transform[] = [];
  const mdastExtensions = setApartAutolinks((data.fromMarkdownExtensions ?? []) as Extensions, autolinks) as Options['mdastExtensions'];
  const extensions = (data.micromarkExtensions ?? []) as SyntaxExtension[];
  const options: Options = { ...data.settings, extensions, mdastExtensions };
  return { options, plain: { ...options, extensions: withoutAutolinkSyntax(extensions).extensions }, autolinks };
}

export function markdownParser(): Parser {
  markdown ??= parserOf(unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze() as unknown as Processor<Root>);
  return markdown;
}

// Every literal autolink has a scheme, "www." or an "@" (an email, "mailto:",
// "xmpp:"); without one in any text, GFM's search finds nothing.
const MAY_LINK = /@|www\.|https?:\/\//i;

function mayHoldAutolink(node: Nodes): boolean {
  if (node.type === 'text') return MAY_LINK.test(node.value);
  if (!('children' in node)) return false;
  for (const child of node.children) if (mayHoldAutolink(child)) return true;
  return false;
}

/** The options to parse `text` with: without the literal autolink syntax when it can find nothing. */
export function optionsFor(parser: Parser, text: string): Options {
  return MAY_LINK.test(text) ? parser.options : parser.plain;
}

export function parseWith(parser: Parser, text: string): Root {
  const { autolinks } = parser;
  let tree = fromMarkdown(text, optionsFor(parser, text));
  if (autolinks.length > 0 && mayHoldAutolink(tree)) for (const transform of autolinks) tree = (transform(tree) as Root | undefined) ?? tree;
  return tree;
}

function bodyParser(): Parser {
  markdownBody ??= parserOf(unified().use(remarkParse).use(remarkGfm).freeze() as unknown as Processor<Root>);
  return markdownBody;
}

/** Moves every position in `nodes` from a slice's coordinates to the
 * document's: the nodes', JSX attributes' and, in MDX, the positions in the
 * JavaScript syntax trees of expressions and ESM (estree). The slice starts
 * at a line's start, so columns stay. */
function shiftPositions(nodes: readonly Nodes[], offset: number, lines: number): void {
  const moved = new Set<object>();
  const shiftPoint = (point: { line: number; offset?: number } | undefined) => {
    if (!point || moved.has(point)) return;
    moved.add(point);
    if (point.offset !== undefined) point.offset += offset;
    point.line += lines;
  };
  const stack: unknown[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    const p = node['position'] as { start: { line: number; offset?: number }; end: { line: number; offset?: number } } | undefined;
    if (p) {
      shiftPoint(p.start);
      shiftPoint(p.end);
    }
    const estree = (node['data'] as { estree?: unknown } | undefined)?.estree;
    if (estree) shiftEstree(estree, offset, lines, moved);
    for (const key of ['children', 'attributes'] as const) {
      const list = node[key];
      if (Array.isArray(list)) for (const child of list) stack.push(child);
    }
    const value = node['value'];
    if (value && typeof value === 'object') stack.push(value);
  }
}

/** Shifts an estree's `start`/`end`, `range` and `loc` points (acorn shares
 * point objects between nodes, hence `moved`). */
function shiftEstree(root: unknown, offset: number, lines: number, moved: Set<object>): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!value || typeof value !== 'object' || moved.has(value)) continue;
    moved.add(value);
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const node = value as Record<string, unknown>;
    if (typeof node['start'] === 'number') node['start'] = (node['start'] as number) + offset;
    if (typeof node['end'] === 'number') node['end'] = (node['end'] as number) + offset;
    const range = node['range'];
    if (Array.isArray(range) && !moved.has(range)) {
      moved.add(range);
      for (let i = 0; i < range.length; i++) if (typeof range[i] === 'number') range[i] += offset;
    }
    const loc = node['loc'] as { start?: Record<string, number>; end?: Record<string, number> } | undefined;
    if (loc && typeof loc === 'object' && !moved.has(loc)) {
      moved.add(loc);
      for (const point of [loc.start, loc.end]) {
        if (!point || moved.has(point)) continue;
        moved.add(point);
        if (typeof point['line'] === 'number') point['line'] += lines;
        if (typeof point['offset'] === 'number') point['offset'] += offset;
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'loc' && key !== 'range' && child && typeof child === 'object') stack.push(child);
    }
  }
}

/** Stretches parsed before, by parser and text, as trees to copy: the pages
 * of a site, MDX above all, repeat the same stretches the fast path leaves
 * to micromark (the same imports of the same components open every page),
 * and micromark, with acorn for MDX's imports, took a millisecond for each
 * where a copy takes a few microseconds. A copy is the same tree as a parse,
 * field for field; only acorn's node classes (in the estree of MDX's ESM and
 * expressions, which nothing here reads) come back as plain objects. */
const stretches = new WeakMap<Parser, Map<string, Root>>();
/** The first stretches of a process are kept, no more and none longer than
 * these: a long-lived process (the language server) holds a bounded memo. */
const MEMO_STRETCHES = 256;
const MEMO_STRETCH_CHARS = 4096;
/** How many stretches came from the memo, for tests. */
let remembered = 0;

/** `parseWith`, from the memo where the same parser read the same text before. */
function parseStretch(parser: Parser, text: string): Root {
  let memo = stretches.get(parser);
  if (!memo) stretches.set(parser, (memo = new Map()));
  const known = memo.get(text);
  // A copy each time: the caller shifts the positions in place.
  if (known) {
    remembered++;
    return structuredClone(known);
  }
  const tree = parseWith(parser, text);
  if (text.length <= MEMO_STRETCH_CHARS && memo.size < MEMO_STRETCHES) {
    try {
      memo.set(text, structuredClone(tree));
    } catch {
      // A tree that cannot be copied is parsed each time.
    }
  }
  return tree;
}

/** How many stretches the memo has given so far (tests read the change). */
export function stretchesRemembered(): number {
  return remembered;
}

/** The tree of `text` with its plain blocks built by fast-parse.ts and the
 * rest parsed by `parser` a stretch at a time (by `body`, which has no front
 * matter, where a stretch does not start the document); undefined when the
 * document is better parsed whole. A stretch's syntax error is thrown. */
export function parseInStretches(text: string, parser: Parser, body: Parser, options: FastOptions = {}): Root | undefined {
  // Fields micromark sets on a stretch's root, kept on the document's: a task
  // box under an empty list item ("-" then "[ ] x") leaves `checked` there.
  const rootFields: Record<string, unknown> = {};
  const tree = fastParse(
    text,
    (start, end, line, atStart) => {
      const slice = parseStretch(atStart ? parser : body, text.slice(start, end));
      for (const [key, value] of Object.entries(slice)) if (key !== 'type' && key !== 'children' && key !== 'position') rootFields[key] = value;
      const children = slice.children as RootContent[];
      if (start > 0) shiftPositions(children, start, line - 1);
      return children;
    },
    options,
  );
  return tree && Object.assign(tree, rootFields);
}

/** Markdown (not MDX) to mdast: the plain blocks by fast-parse.ts, the rest
 * by micromark, a stretch at a time; the same tree as one micromark parse. */
export function parseMarkdown(text: string): Root {
  return parseInStretches(text, markdownParser(), bodyParser()) ?? parseWith(markdownParser(), text);
}
