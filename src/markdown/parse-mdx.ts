// MDX to mdast with positions. remark-mdx is loaded only for .mdx files; an
// MDX syntax error becomes a located, one-line reason instead of a throw.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { lazyModule } from '../shared/lazy-module.js';
import { parseInStretches, parserOf, parseWith, type Parser } from './parse.js';

const remarkMdxModule = lazyModule<typeof import('remark-mdx')>('remark-mdx', () => import('remark-mdx'));

export function loadMdx(): Promise<unknown> {
  return remarkMdxModule.load();
}

export interface MdxSyntaxError {
  reason: string;
  line: number;
  column: number;
}

export type MdxParse = { ok: true; tree: Root } | { ok: false; error: MdxSyntaxError };

let parser: Parser | undefined;
/** The same without front matter, for stretches that do not start the document. */
let bodyParser: Parser | undefined;

function getParser(): Parser {
  const remarkMdx = remarkMdxModule.get().default;
  parser ??= parserOf(unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze() as unknown as Processor<Root>);
  return parser;
}

function getBodyParser(): Parser {
  const remarkMdx = remarkMdxModule.get().default;
  bodyParser ??= parserOf(unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze() as unknown as Processor<Root>);
  return bodyParser;
}

/** The plain blocks by the fast path, the rest by remark-mdx a stretch at a
 * time. Any failure on the way (a stretch's syntax error above all) sends the
 * whole document to remark-mdx, which is always right: its error then names
 * the place in the document, and a fault in the fast path costs only time. */
function parseFast(text: string, p: Parser): Root | undefined {
  try {
    return parseInStretches(text, p, getBodyParser(), { mdx: true });
  } catch {
    return undefined;
  }
}

interface PlaceLike {
  line?: number;
  column?: number;
  start?: { line?: number; column?: number };
}

/** Where an MDX error points: its place, or the `(3:1-3:6)` its reason quotes. */
function locate(error: { place?: PlaceLike | null; line?: number | null; column?: number | null; reason?: string }): [number, number, string] {
  const reason = (error.reason ?? '').split('\n')[0]!;
  const quoted = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  const cleaned = quoted ? reason.replace(quoted[0], '') : reason;
  if (error.line && error.column) return [error.line, error.column, cleaned];
  const start = error.place?.start;
  if (start?.line && start.column) return [start.line, start.column, cleaned];
  if (quoted) return [Number(quoted[1]), Number(quoted[2]), cleaned];
  return [1, 1, cleaned];
}

export function parseMdx(text: string): MdxParse {
  const p = getParser();
  try {
    return { ok: true, tree: parseFast(text, p) ?? parseWith(p, text) };
  } catch (error) {
    if (!(error instanceof Error) || !('reason' in error)) throw error;
    const [line, column, reason] = locate(error as Error & { reason: string; place?: PlaceLike; line?: number; column?: number });
    return { ok: false, error: { reason, line, column } };
  }
}
