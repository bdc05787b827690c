// Markdown to mdast with positions: one frozen unified processor per process.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

let processor: Processor<Root> | undefined;

function getProcessor(): Processor<Root> {
  processor ??= unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze() as unknown as Processor<Root>;
  return processor;
}

export function parseMarkdown(text: string): Root {
  return getProcessor().parse(text);
}
