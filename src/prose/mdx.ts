// The copy an MDX tree holds outside Markdown prose: string values of JSX
// attributes that carry copy (`title`, `description`, `alt`, `label`), each a
// prose block mapped to the characters inside its quotes; and MDX comments
// (`{/* ... */}`), which carry directives as HTML comments do in Markdown.
// JSX children need nothing here: they are Markdown and prose.ts reads them.
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { newBuilder, pushAligned, finish, type CommentNode, type ProseBlock } from './project.js';

export const DEFAULT_COPY_ATTRIBUTES = ['title', 'description', 'alt', 'label'];

export interface MdxProse {
  blocks: ProseBlock[];
  comments: CommentNode[];
}

const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** The source range of a quoted attribute value's characters, and its quote. */
function valueRange(src: string, attr: MdxJsxAttribute): [number, number, '"' | "'"] | undefined {
  const s = attr.position?.start.offset;
  const e = attr.position?.end.offset;
  if (s === undefined || e === undefined) return undefined;
  const eq = src.indexOf('=', s + attr.name.length);
  if (eq === -1 || eq >= e) return undefined;
  let q = eq + 1;
  while (q < e && /\s/.test(src[q]!)) q++;
  const quote = src[q];
  if ((quote !== '"' && quote !== "'") || src[e - 1] !== quote) return undefined;
  return [q + 1, e - 1, quote];
}

function attributeBlock(src: string, element: MdxJsxFlowElement | MdxJsxTextElement, attr: MdxJsxAttribute): ProseBlock | undefined {
  if (typeof attr.value !== 'string' || attr.value.trim() === '') return undefined;
  const r = valueRange(src, attr);
  if (!r) return undefined;
  const b = newBuilder();
  pushAligned(b, attr.value, src, r[0], r[1]);
  const block = finish(b, 'jsxAttribute', r[0] - 1, r[1] + 1);
  block.where = `in \`<${element.name ?? ''} ${attr.name}>\``;
  block.quoting = { syntax: 'jsx', quote: r[2] };
  return block;
}

export function mdxProse(tree: Root, src: string, attributes: readonly string[] = DEFAULT_COPY_ATTRIBUTES): MdxProse {
  const wanted = new Set(attributes.map((a) => a.toLowerCase()));
  const out: MdxProse = { blocks: [], comments: [] };
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attr of node.attributes) {
        if (attr.type !== 'mdxJsxAttribute' || !wanted.has(attr.name.toLowerCase())) continue;
        const block = attributeBlock(src, node, attr);
        if (block) out.blocks.push(block);
      }
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined && COMMENT_ONLY.test(node.value)) out.comments.push({ value: src.slice(s, e), start: s, end: e });
    }
  });
  return out;
}
