// Copy that lives outside the Markdown body: front matter values (any file)
// and JSX attribute values and MDX comments (.mdx files). Gathered here so the
// engine adds them to the document's prose in one step.
import type { Root } from 'mdast';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { frontMatterProse } from './frontmatter/index.js';
import { mdxProse } from './mdx.js';
import type { CommentNode, ProseBlock } from './project.js';

export type Syntax = 'markdown' | 'mdx';

export interface EmbeddedProse {
  blocks: ProseBlock[];
  comments: CommentNode[];
  /** Problems that kept some of it from being linted, at document offsets. */
  problems: Array<{ message: string; offset: number }>;
}

export function embeddedProse(tree: Root, source: string, config: ResolvedConfig, syntax: Syntax): EmbeddedProse {
  const out: EmbeddedProse = { blocks: [], comments: [], problems: [] };
  const first = tree.children[0];
  // remark-frontmatter's `toml` node is not in mdast's types.
  if (first && (first.type === 'yaml' || (first.type as string) === 'toml')) {
    const fm = frontMatterProse(source, config.frontmatter);
    out.blocks.push(...fm.blocks);
    if (fm.problem) out.problems.push(fm.problem);
  }
  if (syntax === 'mdx') {
    const mdx = mdxProse(tree, source, config.mdx?.attributes);
    out.blocks.push(...mdx.blocks);
    out.comments.push(...mdx.comments);
  }
  return out;
}
