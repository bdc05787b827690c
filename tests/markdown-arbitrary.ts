// Generated Markdown for property tests: headings, paragraphs, lists, block
// quotes, tables, emphasis, links, code, HTML and comments, with claim
// phrases placed in prose and in places that are not prose. Rendering
// records where each claim phrase landed and whether a reader sees it.
import fc from 'fast-check';

// Bland words that no rule should care about: no verbs of effect, no skin
// concerns, no hedges or negations.
const WORDS = ['our', 'new', 'blue', 'jar', 'sits', 'on', 'a', 'shelf', 'every', 'morning', 'people', 'read', 'this', 'page', 'today', 'about', 'the', 'garden', 'café', 'naïve', '😀', 'tea'];
export const CLAIMS = ['erases wrinkles', 'reduce scars', 'removes fine lines', 'eliminates acne scars', 'minimizes pores'];

export type Inline =
  | { k: 'word'; w: string }
  | { k: 'claim'; c: string }
  | { k: 'punct'; p: string }
  | { k: 'em' | 'strong' | 'link' | 'html'; kids: Inline[] }
  | { k: 'code'; c: string };

export type Block =
  | { k: 'heading'; level: number; kids: Inline[] }
  | { k: 'para'; lines: Inline[][] }
  | { k: 'list'; ordered: boolean; items: Array<{ depth: number; kids: Inline[] }> }
  | { k: 'quote'; lines: Inline[][] }
  | { k: 'table'; rows: Inline[][][] }
  | { k: 'fence'; lines: string[] }
  | { k: 'htmlBlock'; lines: string[] }
  | { k: 'comment'; text: string }
  | { k: 'rule' };

const word = fc.constantFrom(...WORDS).map((w): Inline => ({ k: 'word', w }));
const claim = fc.constantFrom(...CLAIMS).map((c): Inline => ({ k: 'claim', c }));
const punct = fc.constantFrom(', ', '. ', '; ', ': ').map((p): Inline => ({ k: 'punct', p }));
const plainRun = fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 2, arbitrary: claim }), { minLength: 1, maxLength: 4 });

const inline: fc.Arbitrary<Inline> = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 3, arbitrary: claim },
  { weight: 1, arbitrary: punct },
  { weight: 1, arbitrary: plainRun.map((kids): Inline => ({ k: 'em', kids })) },
  { weight: 1, arbitrary: plainRun.map((kids): Inline => ({ k: 'strong', kids })) },
  { weight: 1, arbitrary: plainRun.map((kids): Inline => ({ k: 'link', kids })) },
  { weight: 1, arbitrary: plainRun.map((kids): Inline => ({ k: 'html', kids })) },
  { weight: 1, arbitrary: fc.constantFrom(...CLAIMS, ...WORDS).map((c): Inline => ({ k: 'code', c })) },
);
const inlines = fc.array(inline, { minLength: 1, maxLength: 8 });
const codeLines = fc.array(fc.constantFrom(...CLAIMS, ...WORDS, ''), { minLength: 1, maxLength: 4 });

export const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ k: fc.constant('heading' as const), level: fc.integer({ min: 1, max: 6 }), kids: inlines }),
  { weight: 3, arbitrary: fc.record({ k: fc.constant('para' as const), lines: fc.array(inlines, { minLength: 1, maxLength: 3 }) }) },
  fc.record({
    k: fc.constant('list' as const),
    ordered: fc.boolean(),
    items: fc
      .array(fc.record({ depth: fc.integer({ min: 0, max: 3 }), kids: inlines }), { minLength: 1, maxLength: 5 })
      // A list item can only nest one level deeper than the one before it.
      .map((items) => items.map((it, i) => ({ ...it, depth: i === 0 ? 0 : Math.min(it.depth, items[i - 1]!.depth + 1) }))),
  }),
  fc.record({ k: fc.constant('quote' as const), lines: fc.array(inlines, { minLength: 1, maxLength: 3 }) }),
  fc.record({ k: fc.constant('table' as const), rows: fc.array(fc.array(inlines, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ k: fc.constant('fence' as const), lines: codeLines }),
  fc.record({ k: fc.constant('htmlBlock' as const), lines: codeLines.map((l) => l.filter((x) => x !== '')) }),
  fc.record({ k: fc.constant('comment' as const), text: fc.constantFrom(...CLAIMS, 'a note') }),
  fc.constant({ k: 'rule' as const }),
);

export const documentBlocks = fc.array(block, { minLength: 1, maxLength: 8 });

/** Where a claim phrase landed, and whether it is prose a reader sees. */
export interface PlacedClaim {
  start: number;
  end: number;
  prose: boolean;
}

export interface RenderedDocument {
  text: string;
  claims: PlacedClaim[];
}

class Writer {
  text = '';
  claims: PlacedClaim[] = [];
  put(s: string): void {
    this.text += s;
  }
  claim(c: string, prose: boolean): void {
    this.claims.push({ start: this.text.length, end: this.text.length + c.length, prose });
    this.text += c;
  }
  /** Text a reader does not see as prose (code, HTML, comments). */
  hidden(text: string): void {
    if (CLAIMS.includes(text)) this.claim(text, false);
    else this.put(text);
  }
}

function renderInline(w: Writer, nodes: readonly Inline[], prose = true): void {
  nodes.forEach((n, i) => {
    if (i > 0 && n.k !== 'punct') w.put(' ');
    switch (n.k) {
      case 'word':
        w.put(n.w);
        break;
      case 'claim':
        // Each phrase ends its clause: where two phrases share one, the
        // engine may report them as one claim or keep the longer match.
        w.claim(n.c, prose);
        w.put(';');
        break;
      case 'punct':
        w.put(n.p.trimEnd());
        break;
      case 'em':
      case 'strong': {
        const mark = n.k === 'em' ? '*' : '**';
        w.put(mark);
        renderInline(w, n.kids, prose);
        w.put(mark);
        break;
      }
      case 'link':
        w.put('[');
        renderInline(w, n.kids, prose);
        w.put('](https://example.com/page)');
        break;
      case 'html':
        w.put('<b>');
        renderInline(w, n.kids, prose);
        w.put('</b>');
        break;
      case 'code':
        w.put('`');
        w.hidden(n.c);
        w.put('`');
        break;
    }
  });
}

/** A block whose lines a reader does not see as prose. */
function hiddenBlock(w: Writer, prefix: string, open: string, lines: readonly string[], close: string): void {
  w.put(`${open}\n`);
  for (const line of lines) {
    w.put(prefix);
    w.hidden(line);
    w.put('\n');
  }
  w.put(`${prefix}${close}\n`);
}

export function render(blocks: readonly Block[], prefix = ''): RenderedDocument {
  const w = new Writer();
  blocks.forEach((b, i) => {
    if (i > 0) w.put(`${prefix}\n`);
    w.put(prefix);
    switch (b.k) {
      case 'heading':
        w.put(`${'#'.repeat(b.level)} `);
        renderInline(w, b.kids);
        w.put('\n');
        break;
      case 'para':
      case 'quote':
        b.lines.forEach((line, j) => {
          if (j > 0) w.put(prefix);
          if (b.k === 'quote') w.put('> ');
          renderInline(w, line);
          w.put('\n');
        });
        break;
      case 'list':
        b.items.forEach((item, j) => {
          if (j > 0) w.put(prefix);
          w.put(`${'    '.repeat(item.depth)}${b.ordered ? '1.' : '-'} `);
          renderInline(w, item.kids);
          w.put('\n');
        });
        break;
      case 'table':
        w.put(`| one | two |\n${prefix}| --- | --- |\n`);
        for (const row of b.rows) {
          w.put(`${prefix}|`);
          for (const cell of row) {
            w.put(' ');
            renderInline(w, cell);
            w.put(' |');
          }
          w.put('\n');
        }
        break;
      case 'fence':
        hiddenBlock(w, prefix, '```', b.lines, '```');
        break;
      case 'htmlBlock':
        hiddenBlock(w, prefix, '<div class="box">', b.lines, '</div>');
        break;
      case 'comment':
        w.put('<!-- ');
        w.hidden(b.text);
        w.put(' -->\n');
        break;
      case 'rule':
        w.put('***\n');
        break;
    }
  });
  return { text: w.text, claims: w.claims };
}

/** A reported source slice as a reader sees it: Markdown markers dropped,
 * whitespace collapsed, lower case. */
export function readerText(slice: string): string {
  return slice
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/^[ \t]*(?:>[ \t]?)*(?:[-*+]|\d+[.)])?[ \t]*/gm, ' ')
    .replace(/[*_~`[\]|#>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
