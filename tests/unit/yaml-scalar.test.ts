import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, stringify, visit } from 'yaml';
import { readYamlFrontMatter } from '../../src/prose/frontmatter/yaml.js';
import type { FrontMatterString } from '../../src/prose/frontmatter/values.js';

function read(src: string): FrontMatterString[] {
  const r = readYamlFrontMatter(src);
  if (!r.ok) throw new Error(r.problem.message);
  return r.strings;
}

/** Each decoded character beside the source characters it maps to. */
function pairs(src: string, s: FrontMatterString): Array<[string, string]> {
  return s.text.text().split('').map((c, i): [string, string] => [c, src.slice(s.text.startAt(i), s.text.endAt(i))]);
}

/** Every character maps to itself, an escape, a doubled quote or a line break, in source order. */
function expectFaithful(src: string, s: FrontMatterString): void {
  let last = -1;
  s.text.text().split('').forEach((c, i) => {
    const from = src.slice(s.text.startAt(i), s.text.endAt(i));
    const ok = from === c || from.startsWith('\\') || from === "''" || /^\r?\n$/.test(from) || (from === '' && c === '\n');
    if (!ok) throw new Error(`${JSON.stringify(c)} maps to ${JSON.stringify(from)} in ${JSON.stringify(src)}`);
    expect(s.text.startAt(i)).toBeGreaterThanOrEqual(last);
    last = s.text.startAt(i);
  });
}

function stringScalars(src: string): number {
  let n = 0;
  visit(parseDocument(src), {
    Pair(_, pair) {
      const v = pair.value as { value?: unknown } | null;
      if (v && typeof v.value === 'string') n++;
    },
    Seq(_, seq) {
      for (const item of seq.items) if (item && typeof (item as { value?: unknown }).value === 'string') n++;
    },
  });
  return n;
}

describe('YAML scalar source maps', () => {
  it('maps plain scalars spanning lines: a fold maps to its line break', () => {
    const src = 'a: one two\n  three\n\n  four';
    const [s] = read(src);
    expect(s!.value).toBe('one two three\nfour');
    expect(pairs(src, s!)).toEqual([
      ...[...'one two'].map((c) => [c, c]),
      [' ', '\n'],
      ...[...'three'].map((c) => [c, c]),
      ['\n', '\n'],
      ...[...'four'].map((c) => [c, c]),
    ]);
  });

  it('maps single-quoted scalars: a doubled quote is one character', () => {
    const src = "a: 'it''s here'";
    const [s] = read(src);
    expect(s!.value).toBe("it's here");
    expect(pairs(src, s!)[2]).toEqual(["'", "''"]);
    expect(s!.quoting).toEqual({ syntax: 'yaml', style: 'single', flow: false });
  });

  it('maps double-quoted escapes to the whole escape sequence', () => {
    const src = 'a: "say \\"hi\\"\\tnow \\u00e9\\x41 \\U0001F600 end\\\n    joined"';
    const [s] = read(src);
    expect(s!.value).toBe('say "hi"\tnow éA 😀 endjoined');
    const map = pairs(src, s!);
    expect(map[4]).toEqual(['"', '\\"']);
    expect(map[8]).toEqual(['\t', '\\t']);
    expect(map.find(([c]) => c === 'é')).toEqual(['é', '\\u00e9']);
    expect(map.find(([c]) => c === 'A')).toEqual(['A', '\\x41']);
    expect(map.filter(([, src]) => src === '\\U0001F600')).toHaveLength(2);
  });

  it('maps folded and literal block scalars, indentation excluded', () => {
    const src = 'a: >-\n  first line\n  second\n\n    more indented\n  last\nb: |\n  keep\n   this\n';
    const [folded, literal] = read(src);
    expect(folded!.value).toBe('first line second\n\n  more indented\nlast');
    expect(literal!.value).toBe('keep\n this\n');
    for (const s of [folded!, literal!]) {
      for (const [c, from] of pairs(src, s)) expect(c === ' ' || c === '\n' ? /^[ \n]$/.test(from) : from === c).toBe(true);
    }
    expect(pairs(src, folded!)[10]).toEqual([' ', '\n']);
  });

  it('keeps offsets right with CRLF line endings', () => {
    const src = 'a: >\r\n  one\r\n  two\r\nb: x\r\n  y\r\n';
    const [folded, plain] = read(src);
    expect(folded!.value).toBe('one two\n');
    expect(pairs(src, folded!)[3]).toEqual([' ', '\r\n']);
    expect(plain!.value).toBe('x y');
    expect(pairs(src, plain!)[1]).toEqual([' ', '\r\n']);
  });

  it('reads nested maps, lists and flow collections with key paths', () => {
    const src = 'sections:\n  - items:\n      - {title: Fast, description: "A b"}\n      - [x y, z]\n';
    expect(read(src).map((s) => [s.path, s.value, s.quoting.syntax === 'yaml' && s.quoting.flow])).toEqual([
      [['sections', 0, 'items', 0, 'title'], 'Fast', true],
      [['sections', 0, 'items', 0, 'description'], 'A b', true],
      [['sections', 0, 'items', 1, 0], 'x y', true],
      [['sections', 0, 'items', 1, 1], 'z', true],
    ]);
  });

  it('leaves non-string scalars and aliases alone', () => {
    expect(read('a: 3\nb: true\nc: 2.5\nd: &x text here\ne: *x\nf: null\n').map((s) => s.path)).toEqual([['d']]);
  });

  // Any string the yaml package writes, in any style and width, decodes to the
  // value it composes, with every character mapped to itself where it is not
  // an escape or a fold.
  it('agrees with the yaml package on generated scalars', () => {
    const styles = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
    const text = fc.stringMatching(/^(?:[a-zé'"\\#: \t\n-]|😀){0,60}$/u);
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.constantFrom(...styles), fc.integer({ min: 12, max: 40 }), (values, style, width) => {
        const src = stringify({ top: { list: values } }, { defaultStringType: style, lineWidth: width, minContentWidth: 8 });
        const strings = read(src);
        // Compared with what the package reads back: its writer does not round-trip every value (a lone blank).
        expect(strings.map((s) => s.value)).toEqual((parse(src) as { top: { list: string[] } }).top.list);
        expect(strings).toHaveLength(values.length);
        for (const s of strings) expectFaithful(src, s);
      }),
      { numRuns: 400 },
    );
  });

  // Hand-shaped sources with the awkward parts (trailing blanks, blank lines,
  // tabs, CRLF, escaped line breaks, chomping): wherever the yaml package
  // reads a string, the decoder reads the same one.
  it('agrees with the yaml package on awkward hand-shaped sources', () => {
    const piece = fc.constantFrom('word', 'two words', ' ', '  ', '\t', "''", '\\"', '\\t', '\\x41', '\\u00e9', '#', ': ', 'é', '😀', '\\');
    const line = fc.array(piece, { maxLength: 5 }).map((p) => p.join(''));
    const header = fc.constantFrom('', '"', "'", '|', '>', '|-', '>+', '|2', '>-');
    fc.assert(
      fc.property(header, fc.array(line, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.integer({ min: 1, max: 4 }), (h, lines, crlf, indent) => {
        const nl = crlf ? '\r\n' : '\n';
        const pad = ' '.repeat(indent);
        const quote = h === '"' || h === "'" ? h : '';
        const block = h.startsWith('|') || h.startsWith('>');
        const body = block
          ? `${h}${nl}${lines.map((l) => (l === '' ? '' : pad + l)).join(nl)}${nl}`
          : `${quote}${lines.join(nl + pad)}${quote}${nl}`;
        const src = `key: ${body}next: end${nl}`;
        const doc = parseDocument(src);
        fc.pre(doc.errors.length === 0);
        const strings = read(src);
        expect(strings.length).toBe(stringScalars(src));
        for (const s of strings) expectFaithful(src, s);
      }),
      { numRuns: 1500 },
    );
  });
});
