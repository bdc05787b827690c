import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { BARRIER, projectProse } from '../../src/prose/project.js';
import { claims, lint } from '../helpers.js';

function blocks(md: string) {
  return projectProse(parseMarkdown(md), md).blocks;
}

describe('prose projection', () => {
  it('maps every text character back to its source character', () => {
    const md = 'A *b* **c** [d](http://x.y) \\* &amp; e\n> quoted\n> line';
    for (const b of blocks(md)) {
      for (let i = 0; i < b.text.length; i++) {
        if (b.text[i] === BARRIER || b.text[i] === ' ') continue;
        const src = md.slice(b.map.startAt(i), b.map.endAt(i));
        expect(src.endsWith(b.text[i]!) || src.startsWith('&')).toBe(true);
      }
    }
  });

  it('keeps emphasis, strong and link text as prose but not URLs', () => {
    const [b] = blocks('Our *pen* **works** [well](https://example.com/reduce-scars).');
    expect(b!.text).toBe('Our pen works well.');
    expect(b!.citations).toHaveLength(1);
  });

  it('drops code, inline code, HTML and front matter', () => {
    const md = '---\ntitle: Erases wrinkles\n---\n\nText `code` here <b>x</b>.\n\n```\nreduces scars\n```\n';
    const bs = blocks(md);
    expect(bs).toHaveLength(1);
    expect(bs[0]!.text).toBe(`Text ${BARRIER} here ${BARRIER}x${BARRIER}.`);
  });

  it('gives each table cell and image alt text its own block', () => {
    const md = '| a | b |\n|---|---|\n| Erases lines | ok |\n\n![Removes scars](x.png)\n';
    const kinds = blocks(md).map((b) => [b.kind, b.text]);
    expect(kinds).toContainEqual(['tableCell', 'Erases lines']);
    expect(kinds).toContainEqual(['imageAlt', 'Removes scars']);
  });
});

describe('claim ranges in source', () => {
  it('matches a phrase split by formatting and reports its exact source', () => {
    expect(claims('Our pen corrects **sun damage** fast.')).toEqual(['corrects **sun damage**']);
    expect(claims('It *eliminates* wrinkles.')).toEqual(['*eliminates* wrinkles']);
    // A word split by formatting still reads as the word.
    expect(claims('It elimi**nates** wrinkles.')).toEqual(['elimi**nates** wrinkles']);
  });

  it('reports claims in tables, list items, headings and blockquotes', () => {
    const md = '# Erase wrinkles\n\n- Reduce scars\n\n> Removes fine lines\n\n| x |\n|---|\n| Minimize wrinkles |\n';
    expect(claims(md)).toEqual(['Erase wrinkles', 'Reduce scars', 'Removes fine lines', 'Minimize wrinkles']);
  });

  it('ignores code blocks, inline code, URLs and HTML (front matter has its own tests)', () => {
    const md = [
      '`reduces scars` and <img alt="reduces scars">',
      '',
      '<div class="note">Reduces scars.</div>',
      '',
      '```md',
      'Reduce scars.',
      '```',
      '',
      'See https://example.com/reduce-scars and <https://example.com/erase-wrinkles>.',
    ].join('\n');
    expect(lint(md)).toEqual([]);
  });

  it('does not match across inline code', () => {
    expect(claims('It reduces `x` scars.')).toEqual([]);
  });

  it('maps escapes and entities', () => {
    const md = 'Fish &amp; chips \\* erases wrinkles.';
    expect(claims(md)).toEqual(['erases wrinkles']);
  });

  it('uses 1-based lines and columns, end column exclusive', () => {
    const [m] = lint('Intro.\n\nWe  erase wrinkles.');
    expect(m).toMatchObject({ line: 3, column: 5, endLine: 3, endColumn: 19 });
  });

  it('keeps offsets right after a BOM, CRLF and astral characters', () => {
    const md = '\uFEFF😀 Hi.\r\n\r\nIt erases wrinkles.\r\n';
    const result = lint(md);
    expect(result).toHaveLength(1);
    const body = md.slice(1);
    expect(body.slice(result[0]!.range[0], result[0]!.range[1])).toBe('erases wrinkles');
    expect(result[0]).toMatchObject({ line: 3, column: 4 });
  });
});
