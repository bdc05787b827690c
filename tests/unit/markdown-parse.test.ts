// parseMarkdown calls remark-parse's parser itself, so that GFM's literal
// autolink search runs only on trees where it may find something. Its trees
// must be exactly remark's, positions included.
import fc from 'fast-check';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { markdownParser, optionsFor, parseMarkdown, withoutAutolinkSyntax } from '../../src/markdown/parse.js';
import { loadMdx, parseMdx } from '../../src/markdown/parse-mdx.js';
import { documentBlocks, render } from '../markdown-arbitrary.js';

const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const RUNS = Number(process.env['CLAIMLINT_PROPERTY_RUNS'] ?? 300);

/** Trees as plain data: positions and all, without class instances. */
const plain = (tree: unknown): unknown => JSON.parse(JSON.stringify(tree));

const CASES = [
  'Plain words, with *emphasis* and a [link](https://example.com/a).',
  'Visit www.example.com or WWW.Example.org/path?q=1 today.',
  'Mail me@example.org, mailto:a.b@c.co or xmpp:x@y.org/res.',
  'A character reference makes an address: me&#64;example.org and www&#46;example.com.',
  '[www.example.com](https://example.com) and <https://example.com> and `www.example.com`.',
  '# Heading at http://example.com\n\n| a | b |\n| - | - |\n| www.x.org | c@d.io |\n',
  '---\ntitle: Seen at www.example.com\n---\n\nText[^1].\n\n[^1]: See https://example.com.\n',
  '- item one www.a.com\n- [ ] task b@c.de\n\n> quoted http://q.org\n',
  'Not a link: www. alone, http:/ broken, an @ sign alone, user@localhost.',
];

describe('parseMarkdown', () => {
  it('gives the trees remark gives, autolinks or not', () => {
    for (const text of CASES) expect(plain(parseMarkdown(text)), text).toEqual(plain(remark.parse(text)));
  });

  it('gives the trees remark gives on generated documents with link-like text', () => {
    const bits = fc.constantFrom('word', ' ', '\n', '\n\n', 'www.example.com', 'WWW.', 'https://x.org/a_b', 'http:', 'me@example.org', 'mailto:', '@', '&#64;', '*', '_', '[', '](', ')', '# ', '- ', '|', '`', '<', '>', '.', ',');
    fc.assert(
      fc.property(fc.array(bits, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(plain(parseMarkdown(text))).toEqual(plain(remark.parse(text)));
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(documentBlocks, (blocks) => {
        const { text } = render(blocks);
        expect(plain(parseMarkdown(text))).toEqual(plain(remark.parse(text)));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the trees remark-mdx gives, for MDX, and its syntax errors as reasons', async () => {
    await loadMdx();
    const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
    for (const text of [...CASES.filter((c) => !c.includes('<')), 'export const meta = { title: "x" }\n\n<Callout kind="tip">Visit www.example.com</Callout>\n\n{1 + 1} me@example.org\n']) {
      const result = parseMdx(text);
      expect(result.ok, text).toBe(true);
      if (result.ok) expect(plain(result.tree), text).toEqual(plain(mdx.parse(text)));
    }
    expect(parseMdx('<Broken\n').ok).toBe(false);
  });

  it('parses text with no "@", "www." or scheme without the literal autolink syntax, and other text with it', () => {
    const parser = markdownParser();
    // GFM tries an email at every ASCII letter and digit and at + - . _, and www and http(s) at w and h.
    expect(withoutAutolinkSyntax(parser.options.extensions ?? []).removed).toBe(62 + 4 + 4);
    expect(optionsFor(parser, 'It erases wrinkles. *Really* [now](/x).')).toBe(parser.plain);
    for (const text of ['me@x.org', 'WWW.x.org', 'see HTTPS://x.org', 'http://x']) expect(optionsFor(parser, text), text).toBe(parser.options);
    // Where the syntax is left out, it would have found nothing.
    const bits = fc.constantFrom('word', 'www', 'http', 'https:', '//', 'mailto', ' ', '\n', '.', '_', '-', '+', '*', '&#64;', '&#x40;', '[', '](', ')', '<', '>', '# ', '- ', '|', ':');
    fc.assert(
      fc.property(fc.array(bits, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        if (optionsFor(parser, text) !== parser.plain) return;
        expect(plain(fromMarkdown(text, parser.plain))).toEqual(plain(fromMarkdown(text, parser.options)));
        expect(plain(parseMarkdown(text))).toEqual(plain(remark.parse(text)));
      }),
      { numRuns: RUNS },
    );
  });

  it('searches for literal autolinks only in trees with a text that may hold one', () => {
    const parser = markdownParser();
    expect(parser.autolinks).toHaveLength(1);
    const search = parser.autolinks[0]!;
    let calls = 0;
    parser.autolinks[0] = (tree) => {
      calls++;
      return search(tree);
    };
    try {
      parseMarkdown('Plain words, a [link](https://example.com) and `code@x.io`.');
      expect(calls).toBe(0);
      const tree = parseMarkdown('Write to me@example.org.');
      expect(calls).toBe(1);
      expect(JSON.stringify(tree)).toContain('"url":"mailto:me@example.org"');
    } finally {
      parser.autolinks[0] = search;
    }
  });
});
