// The Markdown structure of a document, per remark: node types and their
// nesting, without text values or positions. A fix that only rewrites words
// leaves it unchanged; any difference means the fix broke the document.
import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from '../markdown/parse.js';

/** A compact spelling of the tree's shape, e.g. `root(heading(text)list(listItem(paragraph(text))))`.
 * Built without recursion, so deep nesting cannot overflow the stack. */
export function markdownShape(tree: Root): string {
  const parts: string[] = [];
  const stack: Array<Nodes | ')'> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === ')') {
      parts.push(')');
      continue;
    }
    parts.push(node.type);
    if ('children' in node) {
      parts.push('(');
      stack.push(')');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join(' ');
}

export function shapeOf(text: string): string {
  return markdownShape(parseMarkdown(text));
}
