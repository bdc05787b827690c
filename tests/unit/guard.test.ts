// The guard before parsing: pathological nesting and inline markup are read
// as plain text (claims still found, positions exact, a warning said), and
// big documents are parsed in chunks that give the same prose as one parse.
import { describe, expect, it } from 'vitest';
import { rulePack } from '../../rules/index.js';
import { DEFAULT_LIMITS, mayReadAsPlain, planRegions, type GuardLimits } from '../../src/markdown/guard.js';
import { guardedProse } from '../../src/prose/read-markdown.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { plainProse } from '../../src/prose/plain-text.js';
import { projectProse, type ProseDocument } from '../../src/prose/project.js';
import { lintText } from '../../src/screen/lint-text.js';
import { lint, unitRanges } from '../helpers.js';

const CLAIM = 'erases wrinkles';

/** Every claim message's source text, and the file warnings. */
function report(md: string) {
  const messages = lint(md);
  return {
    claims: messages.filter((m) => m.ruleId !== null).map((m) => md.slice(m.range[0], m.range[1])),
    warnings: messages.filter((m) => m.ruleId === null).map((m) => `${m.line}: ${m.message}`),
    messages,
  };
}

function signature(doc: ProseDocument) {
  return {
    blocks: doc.blocks.map((b) => ({
      kind: b.kind,
      text: b.text,
      ...unitRanges(b.map),
      start: b.start,
      end: b.end,
      wrappers: b.wrappers,
      citations: b.citations,
    })),
    comments: doc.comments,
  };
}

const tiny: GuardLimits = { ...DEFAULT_LIMITS, chunkChars: 1, maxBlockChars: 400 };

describe('guard: nesting', () => {
  it('leaves ordinary documents to the parser in one piece', () => {
    const md = '# Title\n\n- a\n  - b\n    - c erases wrinkles\n\n> quote\n> > inner\n';
    expect(planRegions(md).regions).toEqual([{ kind: 'markdown', start: 0, end: md.length }]);
  });

  it('reads 10,000 nested block quotes on one line as plain text, finding the claim at its column', () => {
    const md = `${'> '.repeat(10_000)}It ${CLAIM}.\n`;
    const { claims, warnings, messages } = report(md);
    expect(claims).toEqual([CLAIM]);
    expect(messages.find((m) => m.ruleId !== null)).toMatchObject({ line: 1, column: 20_004 });
    expect(warnings).toEqual(['1: block quotes or lists nested more than 32 levels deep (line 1); read as plain text, without Markdown structure']);
  });

  it('reads 10,000 lines of ever deeper block quotes as plain text', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `${'>'.repeat(i + 1)} row ${i}${i % 1000 === 999 ? ` ${CLAIM}` : ''}`);
    const { claims, warnings } = report(lines.join('\n'));
    expect(claims).toHaveLength(10);
    expect(claims.every((c) => c === CLAIM)).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('(lines 1-10000)');
  });

  it('reads 10,000 nested list items on one line as plain text', () => {
    for (const marker of ['- ', '1. ', '* ', '- > ', '[^n]: ']) {
      const md = `${marker.repeat(10_000)}${CLAIM}\n`;
      const { claims, warnings } = report(md);
      expect(claims, marker).toEqual([CLAIM]);
      expect(warnings, marker).toHaveLength(1);
    }
  });

  it('reads 1,000 list levels nested by indentation as plain text, item by item', () => {
    const md = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i} ${CLAIM}`).join('\n');
    const { claims, messages } = report(md);
    expect(claims).toHaveLength(1000);
    // Each item is its own block: columns follow the indentation.
    const last = messages[messages.length - 1]!;
    expect(last).toMatchObject({ line: 1000, column: 2 * 999 + 3 + 'item 999 '.length });
  });

  it('keeps the rest of the document parsed as Markdown', () => {
    const deep = `${'> '.repeat(100)}Deep text ${CLAIM}.`;
    const md = `Before: it *erases* wrinkles.\n\n${deep}\n\nAfter: [it](https://x.y) ${CLAIM}.\n`;
    const { claims, warnings, messages } = report(md);
    // Emphasis around the verb widens the first range, as the parser sees it.
    expect(claims).toEqual(['*erases* wrinkles', CLAIM, CLAIM]);
    expect(warnings).toEqual(['3: block quotes or lists nested more than 32 levels deep (line 3); read as plain text, without Markdown structure']);
    expect(messages.filter((m) => m.ruleId !== null).map((m) => m.line)).toEqual([1, 3, 5]);
  });

  it('reads a paragraph with too many emphasis markers as plain text instead of overflowing the stack', () => {
    const md = `${'*'.repeat(20_000)}It ${CLAIM}${'*'.repeat(20_000)}\n\nThen it ${CLAIM}.\n`;
    const { claims, warnings } = report(md);
    expect(claims).toEqual([CLAIM, CLAIM]);
    expect(warnings).toEqual([
      '1: more than 2000 emphasis, link or HTML markers in one paragraph (line 1); read as plain text, without Markdown structure',
    ]);
  });

  it('does not count markers in code, table rows or separate paragraphs together', () => {
    const code = `\`\`\`\n${'*_[]<'.repeat(1000)}\n\`\`\`\n`;
    const table = `| a | b |\n|---|---|\n${'| [x](y) | *z* |\n'.repeat(1000)}`;
    const paragraphs = '[x](y) *z* [x](y)\n\n'.repeat(1000);
    for (const md of [code, table, paragraphs]) expect(planRegions(md).regions.every((r) => r.kind === 'markdown')).toBe(true);
  });
});

describe('plain-text reading', () => {
  it('maps every character to itself and strips container markers', () => {
    const src = '> > - It **erases** wrinkles\n> >   and more\n\n> # Heading here\n';
    const doc = plainProse(src, 0, src.length);
    expect(doc.blocks.map((b) => b.text)).toEqual(['It   erases   wrinkles\nand more', 'Heading here']);
    for (const b of doc.blocks) {
      for (let i = 0; i < b.text.length; i++) {
        expect(b.map.endAt(i) - b.map.startAt(i)).toBe(1);
        if (b.text[i] !== ' ' && b.text[i] !== '\n') expect(src[b.map.startAt(i)]).toBe(b.text[i]);
      }
    }
  });

  it('reads inline code, HTML tags and link destinations as barriers, as the parser would', () => {
    const deep = '> '.repeat(40);
    const md = `${deep}\`erases wrinkles\` and <span class="erases wrinkles">x</span>; [it reduces scars](https://x.y/erases-wrinkles).\n`;
    expect(report(md).claims).toEqual(['reduces scars']);
  });

  it('skips fenced code and keeps HTML comments as comments', () => {
    const src = '> ```\n> Reduce scars.\n> ```\n> <!-- claimlint-disable -->\n> Reduce scars.\n';
    const doc = plainProse(src, 0, src.length);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Reduce scars.']);
    expect(doc.comments).toEqual([{ value: '<!-- claimlint-disable -->', start: 30, end: 56 }]);
  });
});

describe('guard: chunks', () => {
  const frontMatter = '---\ntitle: A page\n\nsummary: text\n---\n';
  const blocks = [
    '# Heading with [a link][ref]\n',
    'A paragraph that *erases* wrinkles, with a note[^1] and `code`.\nIt goes on over a second line.\n',
    '```\nReduce scars.\n\nStill code, after a blank line.\n```\n',
    '<!--\nA comment\n\nover blank lines\n-->\n',
    '- one\n- two\n\n  still item two\n\n- three\n',
    '> Quoted\n>\n> and more\n',
    '| name | note |\n|---|---|\n| a | Removes fine lines |\n| b | plain |\n',
    '<div>\nHTML block\n</div>\n',
    '[ref]: https://example.com/ref\n',
    '[^1]: A footnote that reduces scars.\n',
  ];
  const doc = frontMatter + `${blocks.join('\n')}\n`.repeat(3);

  it('gives the same prose, offsets and comments as one parse of the whole document', () => {
    const plan = planRegions(doc, tiny);
    expect(plan.regions.length).toBeGreaterThan(10);
    // Never inside front matter, fenced code or a comment that spans blank lines.
    for (const r of plan.regions.slice(1)) expect(doc.slice(r.start).match(/^(?:Still code|over blank|summary)/)).toBeNull();
    const whole = projectProse(parseMarkdown(doc), doc);
    expect(signature(guardedProse(doc, tiny).doc)).toEqual(signature(whole));
  });

  it('gives a table cut for size its header back, so its rows stay table cells', () => {
    const table = `| name | note |\n|---|---|\n${Array.from({ length: 200 }, (_, i) => `| row ${i} | Removes fine lines |\n`).join('')}`;
    const plan = planRegions(table, tiny);
    expect(plan.regions.length).toBeGreaterThan(3);
    expect(plan.regions.slice(1).every((r) => r.kind === 'markdown' && r.prefix?.[0] === 0)).toBe(true);
    const whole = projectProse(parseMarkdown(table), table);
    expect(signature(guardedProse(table, tiny).doc)).toEqual(signature(whole));
  });

  it('cuts an overlong paragraph after a sentence ends', () => {
    const para = Array.from({ length: 100 }, (_, i) => (i % 10 === 9 ? 'It erases wrinkles.' : 'Some words in a line and')).join('\n');
    const plan = planRegions(para, tiny);
    expect(plan.regions.length).toBeGreaterThan(1);
    for (const r of plan.regions.slice(1)) expect(para.slice(r.start - 20, r.start)).toMatch(/wrinkles\.\n$/);
  });

  it('finds the same claims in a big document as in its parts', () => {
    const big = `${blocks.join('\n')}\n`.repeat(400);
    expect(big.length).toBeGreaterThan(DEFAULT_LIMITS.chunkChars * 4);
    expect(planRegions(big).regions.length).toBeGreaterThan(4);
    const one = lint(blocks.join('\n')).length;
    expect(lint(big)).toHaveLength(one * 400);
  });

  it('applies directives, front matter and file switches across chunks', () => {
    const filler = 'Plain words about the garden and the tea shelf.\n\n'.repeat(2000);
    expect(filler.length).toBeGreaterThan(DEFAULT_LIMITS.chunkChars * 2);
    const claim = 'It erases wrinkles.\n\n';
    const ranged = `<!-- claimlint-disable -->\n\n${filler}${claim}<!-- claimlint-enable -->\n\n${filler}${claim}`;
    const result = lintText(ranged, { pack: rulePack });
    expect(result.messages.map((m) => m.line)).toEqual([ranged.split('\n').length - 2]);
    expect(result.suppressedMessages).toHaveLength(1);

    const titled = `---\ntitle: This serum erases wrinkles\n---\n\n${filler}${claim}`;
    expect(lint(titled).map((m) => m.line)).toEqual([2, titled.split('\n').length - 2]);

    const off = `---\nclaimlint: off\n---\n\n${filler}${claim}`;
    expect(lint(off)).toEqual([]);
  });
});

describe('guard: the cheap test for small texts', () => {
  const plain = (text: string) => planRegions(text).regions.some((r) => r.kind === 'plain');

  it.each([
    ['block quotes', `${'> '.repeat(40)}It erases wrinkles.\n`],
    ['tight block quotes', `${'>'.repeat(40)} It erases wrinkles.\n`],
    ['list items on one line', `${'- '.repeat(40)}It erases wrinkles.\n`],
    ['indented list items', Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')],
    ['tab-indented list items', Array.from({ length: 40 }, (_, i) => `${'\t'.repeat(i)}- level ${i}`).join('\n')],
    ['lists and quotes together', Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n') + `\n${'>'.repeat(20)} text`],
    // 16 list levels (the deepest line's prefix is 32 characters) and 17 quote markers on a later line.
    ['lists then quotes', Array.from({ length: 16 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n') + `\n${'>'.repeat(17)} text`],
  ])('agrees with the full scan on deep %s', (_name, md) => {
    expect(plain(md)).toBe(true);
    expect(mayReadAsPlain(md)).toBe(true);
  });

  it('agrees with the full scan on generated small texts', () => {
    let seed = 5;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const prefix = ['- ', '  ', '  ', '    ', '> ', '>', '1. ', '\t', '* ', '+ ', '[^a]: '];
    let deep = 0;
    for (let n = 0; n < 3000; n++) {
      // Lines with container prefixes of any length, so depth builds up across them.
      let md = '';
      const lines = 1 + Math.floor(next() * 8);
      for (let l = 0; l < lines; l++) {
        const len = Math.floor(next() * next() * 50);
        for (let i = 0; i < len; i++) md += prefix[Math.floor(next() * prefix.length)];
        md += next() < 0.2 ? '**text** _x_\n\n' : 'text\n';
      }
      const expected = plain(md);
      if (expected) deep++;
      expect(mayReadAsPlain(md), JSON.stringify(md)).toBe(expected);
    }
    // Deep nesting must occur in the sample for the comparison to mean anything.
    expect(deep).toBeGreaterThan(20);
  });
});

describe('the block scan kept for the next planner of the same text', () => {
  const doc = ['# Title', '', 'A paragraph. '.repeat(60), '', '- one\n- two', '', '| a | b |\n| - | - |\n| 1 | 2 |', '', 'Last words.'].join('\n');

  it('is the scan for the limits asked: a different block size scans again', () => {
    const small: GuardLimits = { ...DEFAULT_LIMITS, chunkChars: 0, maxBlockChars: 100 };
    const large: GuardLimits = { ...DEFAULT_LIMITS, chunkChars: 0 };
    const bySmall = JSON.stringify(planRegions(doc, small));
    const byLarge = JSON.stringify(planRegions(doc, large));
    expect(bySmall).not.toEqual(byLarge);
    // Asked again in the other order, each is what a scan of its own gives.
    expect(JSON.stringify(planRegions(doc, small))).toEqual(bySmall);
    expect(JSON.stringify(planRegions(doc, large))).toEqual(byLarge);
  });

  it('is not changed by the plans made from it', () => {
    const limits: GuardLimits = { ...DEFAULT_LIMITS, chunkChars: 0 };
    const first = planRegions(doc, limits);
    const before = JSON.stringify(first);
    // A planner merging chunks changes its own regions, never the scan's blocks.
    planRegions(doc, { ...limits, chunkChars: 10_000 });
    for (const r of first.regions) r.start = -1;
    expect(JSON.stringify(planRegions(doc, limits))).toEqual(before);
  });
});
