// The fast path for plain blocks must build exactly the tree micromark builds
// (types, fields, positions), and must hand micromark every block it is not
// sure of. Documents are generated line by line from the pieces where the two
// could part: list markers with one space or two, setext underlines, lines a
// list could take in, emphasis runs that open, close, both or neither,
// brackets that do or do not make a link, front matter.
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/markdown/fast-parse.js';
import { parseMarkdown, stretchesRemembered } from '../../src/markdown/parse.js';
import { loadMdx, parseMdx } from '../../src/markdown/parse-mdx.js';

const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const RUNS = Number(process.env['CLAIMLINT_PROPERTY_RUNS'] ?? 300);
const plain = (tree: unknown): unknown => JSON.parse(JSON.stringify(tree));
// Without the JavaScript syntax trees MDX attaches to expressions and ESM:
// nothing reads them, and after front matter micromark points some of their
// nodes at the statement's end where a stretch parsed from its line does not.
const withoutEstree = (tree: unknown): unknown => JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'estree' ? undefined : value)));
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** remark-mdx's tree, or null when it throws. */
function mdxTree(text: string): unknown {
  try {
    return withoutEstree(mdx.parse(text));
  } catch {
    return null;
  }
}

function ourMdxTree(text: string): unknown {
  const r = parseMdx(text);
  return r.ok ? withoutEstree(r.tree) : null;
}

const MDX_CASES = [
  '---\ntitle: x\n---\n\nimport A from "a";\n\nText **here**.\n\n<Callout kind="tip">\n\nInside the callout.\n\n</Callout>\n\nAfter it.\n',
  'Before.\n\n<A>\n<B>\n\nDeep.\n\n</B>\n</A>\n\nOut.\n',
  'Words <Highlight>marked</Highlight> inline.\n\n<Hero title="x" />\n\nMore.\n',
  '<>\n\nIn a fragment.\n\n</>\n\nOutside.\n',
  '{1 + 1}\n\nText.\n\n{\n\n  2\n\n}\n\nText.\n',
  'export const meta = { a: 1 }\n\nText.\n\nimport B from "b"\n\nMore text.\n',
  'Unclosed <Highlight>tag\n\nText.\n',
  '<Callout>\n\nNever closed.\n',
  'Text\n<Callout>\nmore\n</Callout>\n\nEnd.\n',
  '<C k={1} s="a > b">\n\nIn.\n\n</C>\n\n- a\n- b\n',
  '    Indented is not code in MDX.\n\nText.\n',
  'Import these words.\n\nimport is a word here\n',
  'import X from "x"\n\nPlain **words** here.\n\nimport X from "x"\n',
  '<Callout type="tip">\n\nInside **it**, and [a link](/l).\n\n- one\n- two\n\n</Callout>\n\nAfter.\n',
  '<Hero title="x" b="y z" flag />\n\nText.\n',
  '<Hero title="x"/>\n\nText.\n\n<Hero />\n',
  '<Callout type="a &amp; b">\n\nA reference in a value.\n\n</Callout>\n',
  '<Callout>\nNo blank line inside.\n</Callout>\n',
  '<Outer>\n\n<Inner k="v">\n\nDeep.\n\n</Inner>\n\n</Outer>\n',
  '<Callout type="tip">\n\nText.\n\n</Callout>\nNo blank line after.\n',
  '<Callout type="tip">\n\n</Callout>\n\nEmpty.\n',
  '<Callout type=\'single\'>\n\nSingle quotes.\n\n</Callout>\n',
];

/** Whether the fast path builds any block of `text` itself. */
const takesSome = (text: string): boolean => fastParse(text, () => []) !== undefined;

const CASES = [
  'Fillers *soften* lines and **firm** skin; see [the guide](/guide) for more.\nA second line of the same paragraph.\n',
  '# Results\n\nPeels brighten skin.\n## Next\nText right under a heading.\n',
  'Benefits include:\n- smoother skin\n- **fewer** lines\n\nAfter the list.\n',
  'Steps:\n1. Cleanse\n2. Treat\n\n3. Rest\n',
  '1. One\n2. Two\n\n- a\n- b\n\n- c\n',
  '- one\n- two\n\n  indented: still the second item\n',
  '- one\n* two\n+ three\n',
  'Title line\n===\n\nAnother\n---\n\nAnd\n=\n',
  'Snake_case_words, a * b, 2*3*4 and __strong__ and _em_ and *a **b** c*.\n',
  '**unclosed and *mixed** runs*\n\n***three*** and ****four****\n',
  '[not a link] and [empty]() and [spaced](a b) and [x](y "t")\n',
  'Q&A: botox & fillers; &amp; and &#169; are references.\n',
  '---\ntitle: A page\n---\nStraight after the front matter.\n',
  '---\ntitle: A page\n---   \n\n- a list after it\n',
  '+++\ntitle = "toml"\n+++\n\nText.\n',
  '---\nnever closed\n\nText.\n',
  'A paragraph\n    with an indented line\nand a lazy one.\n',
  'Trailing spaces make a break  \nhere, and one space \nhere.\n',
  '> quoted\ncontinued lazily\n\nThen text.\n',
  '| a | b |\n| - | - |\n| c | d |\n\nText.\n',
  '| Treatment | What **to** expect |\n| :--- | :---: |\n| [peel](/p) | smoother *skin* |\n| a | b |\n',
  '| a | b |\n| --- | --- |\n| only one |\n\n| x | y |\n| --- |\n| z | w |\n',
  '| a | b |\n| --- | --- |\n| c | d |\nlazy row\n',
  '| a |  |\n| --- | --- |\n',
  '> One *quoted* line\n> and **another**\n\n> Second quote\n',
  '> quote\nlazy\n\n> - list in quote\n\n> > nested\n\n>no space\n',
  'Para\n> interrupting quote\n',
  'A head\n--:\n\n> a quoted head\n> :-:\n\nText\n:--\n',
  '---\n---\r\n---\n\nText.\n',
  '---\na\rb\n---\n\nc\n',
  '---\n\u0000\n---\n\nText.\n',
  'Text [a](\u0001) and [b](\u007f) and [c](/ok).\n',
  'Text\n\n    indented code\n\nText again.\n',
  '- [ ] a task\n- [x] done\n',
  '“Quoted” words — with dashes… and *“quotes”* inside.\n',
  '1) paren list\n2) second\n',
  '10. ten\n11. eleven\n',
  '-  two spaces\n-  after the marker\n',
  'Para\n1) interrupts\n',
  'Para\n2. does not interrupt\n',
  '- a\n-\n- c\n',
  '* * *\n\nText\n',
  '#hashtag is not a heading\n',
  '# Heading with closing #\n',
  'Line one\n\n\n\nLine after blanks',
  '',
  '\n\n',
];

describe('fastParse', () => {
  it('gives micromark\'s tree on hand-picked documents', () => {
    for (const text of CASES) expect(plain(parseMarkdown(text)), JSON.stringify(text)).toEqual(plain(remark.parse(text)));
  });

  it('builds plain paragraphs, headings, lists and front matter itself', () => {
    for (const text of [CASES[0]!, CASES[1]!, CASES[2]!, CASES[12]!]) expect(takesSome(text), text).toBe(true);
    // Fenced code and HTML at a line's start are stepped over.
    for (const text of ['Text.\n\n```\ncode\n\nmore\n```\n', 'Text.\n\n<div>x</div>\n', '<!--\n\nhidden\n\n-->\n\nText.\n']) expect(takesSome(text), text).toBe(true);
    // Definitions, indented fences and fences that HTML before them may hold send the document whole.
    for (const text of ['See [a].\n\n[a]: /x\n', 'Text.\n\n- a\n\n  ```\n  code\n  ```\n', '<span>\n```\n\nText.\n']) expect(takesSome(text), text).toBe(false);
  });

  it('reads a hashtag, a star that can only close and an opener left open as text itself', () => {
    /** How many stretches of `text` the fast path hands to micromark (-1: all of it). */
    const handedOn = (text: string): number => {
      let n = 0;
      return fastParse(text, () => (n++, [])) === undefined ? -1 : n;
    };
    for (const text of [
      '- #1 choice for skin\n- Results last permanently* for most\n',
      '#skincare tips, _always_.\n\nSmooth* skin **today**.\n',
      '1. #2 pick\n',
      // An opener no closer takes is text too.
      '*90% of clients\n',
      '- *Results vary, **see** terms\n- **a *b* c\n',
    ]) {
      expect(handedOn(text), text).toBe(0);
      expect(plain(parseMarkdown(text)), text).toEqual(plain(remark.parse(text)));
    }
    // A closer inside emphasis of its kind, an opener left open in a quote: micromark's.
    for (const text of ['**Area Free*:** text\n', '> *90% of clients\n']) expect(handedOn(text), text).not.toBe(0);
  });

  it('reads brackets that make no link as text itself', () => {
    const handedOn = (text: string): number => {
      let n = 0;
      return fastParse(text, () => (n++, [])) === undefined ? -1 : n;
    };
    // An editor's mark, a bracket before a word, an empty pair, one beside a link.
    for (const text of ['Our gel [sic] works.\n', '- [H]eals the skin\n- lasts [for years]\n', 'A [] b, *see [a]* [c](/d).\n', '> quoted [note]\n']) {
      expect(handedOn(text), text).toBe(0);
      expect(plain(parseMarkdown(text)), text).toEqual(plain(remark.parse(text)));
    }
    // A task's box, a reference's second bracket, brackets in brackets, one
    // left open: micromark's, whatever it makes of them.
    for (const text of ['- [x] done\n', '- [ ] to do\n', 'See [a][b].\n', 'A [b [c] d].\n', 'A [b and c\n']) {
      expect(handedOn(text), text).not.toBe(0);
      expect(plain(parseMarkdown(text)), text).toEqual(plain(remark.parse(text)));
    }
  });

  it('builds a bare JSX element in MDX running text itself', async () => {
    await loadMdx();
    const handedOn = (text: string): number => {
      let n = 0;
      return fastParse(text, () => (n++, []), { mdx: true }) === undefined ? -1 : n;
    };
    const same = (text: string) => expect(ourMdxTree(text), text).toEqual(mdxTree(text));
    for (const text of ['Our gel <Highlight>fades *dark* spots</Highlight> fast.\n', '- a <B>b</B>\n- c <B></B> d\n', '# Title <Em>here</Em>\n', 'One <B>two\nthree</B> four.\n']) {
      expect(handedOn(text), text).toBe(0);
      same(text);
    }
    // A tag that starts a line (it may be a block of JSX), has attributes,
    // crosses emphasis or closes another: remark-mdx's, whatever it makes of it.
    // A link's destination in "<...>" is no JSX, and no bare destination either.
    for (const text of ['<B>x</B> y\n', 'a <B k="1">x</B>\n', '*a <B>b* c</B>\n', 'a <B>x</C>\n', '> a <B>x</B>\n', 'a < b\n', 'Read [our guide](<guide>) now.\n', 'a [b](<u) c\n', 'a [b](<u>x) c\n']) {
      expect(handedOn(text), text).not.toBe(0);
      same(text);
    }
  });

  it('keeps no run inside fenced code or HTML that spans blank lines', () => {
    for (const text of [
      '```\ncode\n\nNot a paragraph.\n```\n\nA paragraph.\n',
      '````\n```\n\nStill code.\n````\n',
      '~~~\n\nCode.\n\n```\n\nStill code.\n~~~\n',
      '```\nnever closed\n\nCode.\n',
      '<!-- a comment\n\nStill the comment.\n\n-->\n\nText.\n',
      '<pre>\n\nPre text.\n\n</pre>\n\nText.\n',
      '<div>\n\nA paragraph after the div.\n',
      'Para\n```\ncode\n\nmore\n```\n',
      'a | b\n--|--\n```\n\nText.\n',
    ]) {
      expect(plain(parseMarkdown(text)), JSON.stringify(text)).toEqual(plain(remark.parse(text)));
    }
  });

  it('parses a stretch it met before (the imports every page opens with) into the positions of its new place', async () => {
    await loadMdx();
    const imports = 'import Card from "site-card";\nimport Note from "site-note";\n';
    // The same imports after front matter of two lengths: one stretch of text, at two places.
    const pages = [`---\ntitle: a\n---\n${imports}\nFirst page.\n`, `---\ntitle: a longer title\n---\n${imports}\nSecond page **here**.\n`];
    const before = stretchesRemembered();
    // Each page three times over: a copy the memo handed out and the caller
    // moved must not be the tree it hands out next.
    for (let round = 0; round < 3; round++) {
      for (const text of pages) {
        expect(ourMdxTree(text), JSON.stringify(text)).toEqual(mdxTree(text));
        // The imports' syntax tree too starts where the imports do on this page.
        const r = parseMdx(text);
        const esm = r.ok ? r.tree.children.find((c) => c.type === 'mdxjsEsm') : undefined;
        const estree = (esm?.data as { estree?: { body: Array<{ start: number }> } } | undefined)?.estree;
        expect(estree?.body[0]?.start, JSON.stringify(text)).toBe(text.indexOf('import Card'));
      }
    }
    // Twelve parses of one stretch: the first from micromark, the rest from the memo.
    expect(stretchesRemembered() - before).toBe(11);
  });

  it('gives remark-mdx\'s tree (or its failure) on MDX documents', async () => {
    await loadMdx();
    for (const text of MDX_CASES) expect(ourMdxTree(text), JSON.stringify(text)).toEqual(mdxTree(text));
    expect(fastParse(MDX_CASES[0]!, () => [], { mdx: true }), 'plain blocks beside JSX').toBeDefined();
    // Elements of plain tags on lines of their own are built here, plain blocks and all.
    const typesBuilt = (text: string) => fastParse(text, () => [], { mdx: true })?.children.map((c) => c.type);
    expect(typesBuilt('<Callout type="tip">\n\nInside **it**.\n\n- one\n\n</Callout>\n\nAfter.\n')).toEqual(['mdxJsxFlowElement', 'paragraph']);
    expect(typesBuilt('<Hero title="x" flag />\n\nText.\n')).toEqual(['mdxJsxFlowElement', 'paragraph']);
    // Anything else in them is left to micromark (the stub gives nothing back for it).
    expect(typesBuilt('<Callout type="a &amp; b">\n\nText.\n\n</Callout>\n\nAfter.\n')).toEqual(['paragraph']);
    expect(typesBuilt('<Outer>\n\n<Inner>\n\nDeep.\n\n</Inner>\n\n</Outer>\n\nAfter.\n')).toEqual(['paragraph']);
    const pieces = fc.constantFrom(
      'Plain **words** here.', 'More *text* and [a link](/l).', '## A heading', '- item one\n- item two', '<Callout>', '</Callout>', '<Hero title="t" />',
      'Text <Highlight>inline</Highlight> done.', '{1 + 1}', '{', '}', 'import X from "x"', 'export const m = 1', '<A k={2}>', '</A>', '<>', '</>',
      '  indented line', 'Lazy\n<Callout>', '<Open', '/>', '<Callout type="tip">', '<Note a="x" b />', '<Card t="Q&amp;A" />', '</Note>', 'Mid <B>bold *x*</B> end.', 'Cross *a <B>b* c</B>', '- x <B>y</B> z\n- <B>w</B>', 'a <B>', '</B> b', 'Our [sic] <B>x</B>',
    );
    let built = 0;
    let all = 0;
    fc.assert(
      fc.property(fc.constantFrom('', '---\ntitle: x\n---\n'), fc.array(pieces, { maxLength: 10 }), fc.constantFrom('\n', '\n\n'), (head, parts, gap) => {
        const text = `${head}${parts.join(gap)}\n`;
        all++;
        if (fastParse(text, () => [], { mdx: true })) built++;
        expect(ourMdxTree(text)).toEqual(mdxTree(text));
      }),
      { numRuns: RUNS * 3 },
    );
    expect(built / all).toBeGreaterThan(0.1);
  });

  it('gives micromark\'s tree on generated documents', () => {
    const starts = fc.constantFrom('', '', '', '', '> ', '| ', '- ', '* ', '+ ', '1. ', '2. ', '1) ', '10. ', '-  ', '1.  ', '# ', '## ', '#', '> ', ' ', '  ', '    ', '[ ] ', '- [ ] ', '| ', '**', '_', '*');
    const bits = fc.constantFrom(
      'word', 'Skin', 'fillers', ' ', ' ', ' ', '*', '**', '***', '_', '__', '[', ']', '](', '](/u)', '[link](/u)', '(', ')', '[sic]', '[x]', '[ ]', '[]', 'x',
      '.', ',', '!', '“', '”', '—', '&', '&amp;', '#', '2', '1.', ':', '|', '`', '~', 'é', '\u00a0',
    );
    const whole = fc.constantFrom(
      '', '---', '***', '===', '=', '-', '- - -', '  ', '|---|---|', '| --- | --- |', '| :-- | --: |', '| a | b |', '| a |', '| **x** | [y](/y) |',
      '> quoted *words*', '> - item', '>', '> > deep',
      '```', '```js', '````', '~~~', '```a`b', '  ```', '- ```', '> ```', '<div>', '</div>', '<span>x</span>', '<!-- note', '-->', '<!-- one line -->',
      '<pre>', '</pre>', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>', '  <div>', 'a | b', '--|--', '--:', ':-', '> :-:', ' -:',
    );
    const line = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(starts, fc.array(bits, { minLength: 1, maxLength: 10 }), fc.constantFrom('', '', '', ' ', '  ')).map(([s, b, t]) => s + b.join('') + t) },
      { weight: 2, arbitrary: whole },
    );
    let built = 0;
    let all = 0;
    const matter = fc.constantFrom('', '', '---\ntitle: x\n---\n', '---\n---\n', '+++\na = 1\n+++\n', '---\nopen\n', '---  \nb: 1\n--- \n');
    fc.assert(
      fc.property(matter, fc.array(line, { maxLength: 14 }), fc.boolean(), (head, lines, newline) => {
        const text = head + lines.join('\n') + (newline ? '\n' : '');
        let expected: unknown;
        try {
          expected = plain(remark.parse(text));
        } catch {
          // micromark's development build asserts on a task box under an
          // empty item ("-" then "[ ] x"); the build claimlint ships does not.
          return;
        }
        all++;
        if (takesSome(text)) built++;
        expect(plain(parseMarkdown(text))).toEqual(expected);
      }),
      { numRuns: RUNS * 10 },
    );
    // Enough of them take the fast path for the comparison to test it.
    expect(built / all).toBeGreaterThan(0.2);
  });

  it('is not idle on generated plain copy: most such documents are built by it', () => {
    // So that the property above tests the fast path, not only its refusals.
    const sentence = fc.array(fc.constantFrom('Skin', 'looks', 'smoother', '**after**', '*one*', '[peel](/p)', 'sessions', ','), { minLength: 1, maxLength: 8 }).map((w) => `${w.join(' ')}.`);
    const block = fc.oneof(
      sentence,
      sentence.map((s) => `## ${s}`),
      fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((s) => `- ${s}`).join('\n')),
    );
    let built = 0;
    let all = 0;
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const text = `${blocks.join('\n\n')}\n`;
        all++;
        if (takesSome(text)) built++;
        expect(plain(parseMarkdown(text))).toEqual(plain(remark.parse(text)));
      }),
      { numRuns: RUNS },
    );
    expect(built / all).toBeGreaterThan(0.5);
  });
});
