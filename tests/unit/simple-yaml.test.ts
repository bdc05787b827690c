// The simple YAML reader must give exactly what the `yaml` package gives
// (strings, paths, offsets, decoded text maps and data) for every front
// matter it accepts, and accept the common shapes.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../src/prose/frontmatter/simple-yaml.js';
import { loadYaml, readYamlWithPackage } from '../../src/prose/frontmatter/yaml.js';

const RUNS = Number(process.env['CLAIMLINT_PROPERTY_RUNS'] ?? 300);

beforeAll(async () => {
  await loadYaml();
});

const PLAIN_BITS = ['word', 'Wrinkle', 'é', '-', '.', ':', ': ', '#', ' #', ' ', '[', ']', ',', '{', '}', '~', 'null', 'Null', 'NULL', 'True', 'false', 'yes', '0x1F', '0o17', '1e3', '.5', '.inf', '-.Inf', '.NaN', '+5', '007', '2024-03-15', '12.50', '&', '*', '!', '%', '@', '`', '|', '>', '?', '"', "'", '\u2028', '\u00a0'];
const QUOTED_BITS = ['word', ' ', 'é', ':', '#', ',', ']', '\\"', '\\\\', '\\n', "''", "'", '"', '\u00a0'];

const plain = fc.array(fc.constantFrom(...PLAIN_BITS), { minLength: 1, maxLength: 5 }).map((b) => b.join(''));
const double = fc.array(fc.constantFrom(...QUOTED_BITS), { maxLength: 5 }).map((b) => `"${b.join('')}"`);
const single = fc.array(fc.constantFrom(...QUOTED_BITS), { maxLength: 5 }).map((b) => `'${b.join('')}'`);
const scalar = fc.oneof(plain, double, single);
const flow = fc.array(scalar, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`);
const value = fc.oneof({ arbitrary: scalar, weight: 4 }, { arbitrary: flow, weight: 1 });
const key = fc.constantFrom('title', 'description', 'ms.date', 'tags', 'faq', 'draft', 'weight', 'a_b', 'Key-1', 'on', 'true', 'title');
const indent = fc.constantFrom('', '  ', '    ', ' ', '\u00a0', ' \u00a0');

const entry = fc.oneof(
  { arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`), weight: 4 },
  {
    arbitrary: fc.tuple(key, indent, fc.array(fc.oneof(value, fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 })).map(
      ([k, ind, items]) =>
        `${k}:\n` +
        items
          .map((item) =>
            typeof item === 'string'
              ? `${ind}- ${item}`
              : item.map(([ik, iv], j) => `${j === 0 ? `${ind}- ` : `${ind}  `}${ik}: ${iv}`).join('\n'),
          )
          .join('\n'),
    ),
    weight: 2,
  },
  { arbitrary: fc.tuple(key, fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 3 })).map(([k, pairs]) => `${k}:\n${pairs.map(([pk, pv]) => `  ${pk}: ${pv}`).join('\n')}`), weight: 1 },
  { arbitrary: fc.constantFrom('# a comment', '', '   ', 'empty:', '\u00a0- item', '  # indented comment'), weight: 1 },
);

const document = fc.array(entry, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));

describe('readSimpleYaml', () => {
  it('reads what the yaml package reads, whenever it reads anything', () => {
    let accepted = 0;
    let total = 0;
    fc.assert(
      fc.property(document, (src) => {
        total++;
        const simple = readSimpleYaml(src);
        if (simple === undefined) return;
        accepted++;
        expect(simple, src).toEqual(readYamlWithPackage(src));
      }),
      { numRuns: RUNS * 8 },
    );
    // Not vacuous: many generated front matters are of the simple shapes (most
    // hold a key twice, a key that is not a string, or a scalar it leaves to the package).
    expect(accepted).toBeGreaterThan(total / 25);
  });

  it('reads an FAQ front matter with offsets into the source', () => {
    const src = 'title: "Microneedling: what to expect"\ndate: 2024-03-15\ndraft: false\ntags: [skin, "acne scars"]\nfaq:\n  - question: "Does it hurt?"\n    answer: It reduces scars\n';
    const read = readSimpleYaml(src);
    expect(read).toEqual(readYamlWithPackage(src));
    if (!read?.ok) throw new Error('not read');
    expect(read.data).toEqual({ title: 'Microneedling: what to expect', date: '2024-03-15', draft: false, tags: ['skin', 'acne scars'], faq: [{ question: 'Does it hurt?', answer: 'It reduces scars' }] });
    const answer = read.strings.find((s) => s.path.join('.') === 'faq.0.answer')!;
    expect(src.slice(answer.start, answer.end)).toBe('It reduces scars');
  });

  it('resolves plain scalars by the core schema, as the package does', () => {
    const values = ['yes', 'no', 'on', '~', 'Null', 'NULL', 'nul', 'TRUE', 'True', 'tRue', '0o17', '0o8', '0x1F', '0X1F', '1e3', '1.5E-2', '.5', '5.', '-.Inf', '.NaN', '.nan', '+5', '-007', '12.50', '2024-03-15', '1_000', '0b101', '.'];
    const src = values.map((v, i) => `k${i}: ${v}`).join('\n') + `\nlist: [${values.join(', ')}]\n`;
    const read = readSimpleYaml(src);
    expect(read).toBeDefined();
    expect(read).toEqual(readYamlWithPackage(src));
  });

  it('leaves to the package what it does not read: multi-line scalars, escapes, anchors, duplicate keys, tabs', () => {
    for (const src of ['description: one\n  two', 'a: "line\\nbreak"', 'a: &x 1\nb: *x', 'a: 1\na: 2', 'a:\tb', 'a: |\n  text', 'a: {b: c}', 'a: "x" # note', '- a\n- b']) {
      expect(readSimpleYaml(src), src).toBeUndefined();
    }
  });
});
