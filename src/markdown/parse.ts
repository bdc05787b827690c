// Markdown to mdast with positions: remark-parse's parser, with the
// extensions remark-gfm and remark-frontmatter give it, made once per process
// (parse-mdx.ts makes the MDX one the same way).
//
// remark-parse is only a call of mdast-util-from-markdown with those
// extensions; it is called directly here so that GFM's one tree transform, the
// search for literal autolinks ("www.example.com", "a@b.org") in every text
// node, runs only on trees with a text that could hold one. On documentation
// the search was a tenth of the parse, and most parsed pieces hold none.
import type { Root, Nodes } from 'mdast';
import { fromMarkdown, type Extension, type Options, type Transform } from 'mdast-util-from-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

export interface Parser {
  options: Options;
  /** GFM's literal autolink search, run after parsing when it may find something. */
  autolinks: Transform[];
}

let markdown: Parser | undefined;

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

/** The parser remark-parse makes in `processor`, with the autolink search set apart. */
export function parserOf(processor: Processor<Root>): Parser {
  const data = processor.data();
  const autolinks: Transform[] = [];
  const mdastExtensions = setApartAutolinks((data.fromMarkdownExtensions ?? []) as Extensions, autolinks) as Options['mdastExtensions'];
  return { options: { ...data.settings, extensions: data.micromarkExtensions ?? [], mdastExtensions }, autolinks };
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

export function parseWith({ options, autolinks }: Parser, text: string): Root {
  let tree = fromMarkdown(text, options);
  if (autolinks.length > 0 && mayHoldAutolink(tree)) for (const transform of autolinks) tree = (transform(tree) as Root | undefined) ?? tree;
  return tree;
}

export function parseMarkdown(text: string): Root {
  return parseWith(markdownParser(), text);
}
