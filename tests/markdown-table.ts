import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export const parseGfm = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md);

/** The first table in a Markdown document, as rows of cell text. */
export function tableRows(md: string): string[][] {
  const table = parseGfm(md).children.find((n): n is Table => n.type === 'table');
  if (!table) return [];
  return table.children.map((row) => row.children.map((c) => toString(c)));
}
