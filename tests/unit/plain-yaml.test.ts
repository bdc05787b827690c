// isPlainYaml lets the screen skip parsing front matter: a "yes" must mean the
// YAML parser finds no problem and every value is the raw text's own words.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { isPlainYaml } from '../../src/prose/frontmatter/plain-yaml.js';
import { loadYaml, readYamlFrontMatter } from '../../src/prose/frontmatter/yaml.js';
import { generator } from '../helpers.js';

await loadYaml();

const GOOD_KEYS = ['title', 'description', 'ms.date', 'author_name', 'tags', '_k', 'x-y'];
const BAD_KEYS = ['yes', 'Null', '1', 'a b', 'a:b', '-x', '&a', '"q"', 'x?'];
const GOOD_VALUES = ['Peels for smoother skin', 'It erases wrinkles, for good', '04/22/2026', '6996,', 'a [b] c', 'a {b}', 'x:y', 'x#c', '"quoted words"', "'single'", 'caf\u00e9', '~', 'null', 'true', 'a-b', 'a?b', 'x !y'];
const BAD_VALUES = [
  'x: y', 'x #c', '#c', '"esc\\"aped"', '"a \\u0065"', "'it''s'", "'open", '"open', '[a, b]', '{a: b}', '|', '>', '&anchor x', '*alias',
  '!tag x', '%x', '@x', '`x`', '- x', '? x', ': x', 'tab\there', 'nul\u0000', 'c1\u0085', '', 'x:', 'a ', 'bom\ufeff',
];

function randomYaml(next: () => number, pick: <T>(xs: readonly T[]) => T): string {
  // Mostly what the recogniser accepts, with a fault now and then.
  const key = () => (next() < 0.06 ? pick(BAD_KEYS) : `${pick(GOOD_KEYS)}${next() < 0.9 ? Math.floor(next() * 1000) : ''}`);
  const value = () => (next() < 0.05 ? pick(BAD_VALUES) : pick(GOOD_VALUES));
  // Mostly one space; sometimes more, and sometimes a space YAML does not count as one.
  const space = () => (next() < 0.8 ? ' ' : pick(['  ', '   ', '\u00a0', ' \u00a0', '\u3000', ' \ufeff', '\u2003']));
  const lines: string[] = [];
  const n = 1 + Math.floor(next() * 6);
  for (let i = 0; i < n; i++) {
    const kind = next();
    if (kind < 0.55) lines.push(`${key()}:${space()}${value()}`);
    else if (kind < 0.6) lines.push(`${key()}:${value()}`);
    else if (kind < 0.78) {
      lines.push(`${key()}:`);
      const indent = pick(['', '  ', '  ', '    ', ' ']);
      for (let j = Math.floor(next() * 4); j > 0; j--) lines.push(`${next() < 0.95 ? indent : pick(['', ' ', '   ', '\u00a0', '\u3000'])}-${space()}${next() < 0.3 ? `${key()}:${space()}${value()}` : value()}`);
    } else if (kind < 0.95) {
      lines.push(`${key()}:`);
      const indent = pick(['  ', '  ', '    ', '']);
      for (let j = Math.floor(next() * 4); j > 0; j--) lines.push(`${next() < 0.95 ? indent : pick(['   ', '\u00a0\u00a0'])}${key()}:${space()}${value()}`);
    } else {
      lines.push(pick(['', '# a comment', '  continued words', '...', '---', '%YAML 1.2', '\t', '- loose item', '  - deep item', 'plain line']));
    }
  }
  // Spaces after a line, now and then.
  return lines.map((l) => (next() < 0.1 ? `${l}${pick(['  ', ' ', '\u00a0', '\u3000', ' \ufeff'])}` : l)).join(next() < 0.2 ? '\r\n' : '\n');
}

describe('isPlainYaml', () => {
  it('says yes only to YAML the parser reads without a problem, whose values are its own raw text', () => {
    const { next, pick } = generator(21);
    const failures: string[] = [];
    let yes = 0;
    let no = 0;
    for (let i = 0; i < 20000 && failures.length < 5; i++) {
      const text = randomYaml(next, pick);
      if (!isPlainYaml(text)) {
        no++;
        continue;
      }
      yes++;
      const doc = parseDocument(text);
      if (doc.errors.length > 0) {
        failures.push(`${JSON.stringify(text)}: ${doc.errors[0]!.message.split('\n')[0]}`);
        continue;
      }
      const read = readYamlFrontMatter(text);
      if (!read.ok) {
        failures.push(`${JSON.stringify(text)}: ${read.problem.message}`);
        continue;
      }
      for (const s of read.strings) if (!text.includes(s.value)) failures.push(`${JSON.stringify(text)}: the value ${JSON.stringify(s.value)} is not in the raw text`);
    }
    expect(failures).toEqual([]);
    // Both answers are given often enough for the test to mean something.
    expect(yes).toBeGreaterThan(2000);
    expect(no).toBeGreaterThan(2000);
  });

  it.each([
    ['documentation metadata', 'title: How to adjust item costs\ndescription: You can adjust costs.\nms.date: 04/28/2025\nms.search.form: 6996,'],
    ['a list of tags', 'title: Peels\ntags:\n  - skin\n  - "face care"'],
    ['a list at the key\'s own indent', 'tags:\n- skin\n- face'],
    ['a list of one-key items', 'ms.custom:\n - ai-gen-docs\n - ai-seo-date: 06/16/2025'],
    ['spaces after values', 'ms.search.form: \nauthor: ann  \ntitle: "Peels" '],
    ['one level of keys', 'author:\n  name: Ann\n  role: editor'],
    ['comments and blank lines', '# about\ntitle: Peels\n\n# end'],
  ])('recognises %s', (_name, text) => {
    expect(isPlainYaml(text)).toBe(true);
    expect(parseDocument(text).errors).toEqual([]);
  });

  it.each([
    ['a mapping inside a plain value', 'title: Note: read this'],
    ['a duplicated key', 'title: a\ntitle: b'],
    ['an escape', 'title: "r\\u0065moves"'],
    ['a block scalar', 'description: |\n  Removes scars.'],
    ['a plain value over two lines', 'description: Removes\n  scars.'],
    ['a list of mappings', 'faq:\n  - question: Why?\n    answer: Because.'],
    ['a flow collection', 'tags: [skin, face]'],
    ['a tab', 'title:\tPeels'],
    ['an escape after two spaces', 'description:  "r\\x65moves"'],
    ['an alias after two spaces in a list', 'tags:\n -  *parking'],
    ['a no-break space before a list item', 'tags:\n\u00a0- parking'],
    ['a no-break space after a quote', 'title: "Peels"\u00a0'],
  ])('leaves %s to the parser', (_name, text) => {
    expect(isPlainYaml(text)).toBe(false);
  });
});
