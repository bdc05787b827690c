// Property-based tests: Markdown generated around claim sentences, fixed, and
// checked for what --fix promises whatever the document looks like.
import { chmod, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { rulePack } from '../../rules/index.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix/apply-fixes.js';
import { fixFile } from '../../src/fix/fix-file.js';
import { MAX_FIX_PASSES, fixText } from '../../src/fix/fix-text.js';
import { shapeOf } from '../../src/fix/structure.js';
import { lintText } from '../../src/screen/lint-text.js';
import { encodeText } from '../../src/files/read.js';

// Sentences written for these tests: claims of several shapes and plain copy.
const SENTENCES = [
  'Reduce scars.',
  'Minimize wrinkles.',
  'Correct sun damage.',
  'This gel visibly erases fine lines and wrinkles.',
  'Our facial removes dark spots in one visit.',
  'The laser will eliminate acne scars.',
  'Each session corrects sun damage for good.',
  'Guaranteed results after two weeks.',
  'Expect flawless skin by the weekend.',
  'Our peel stimulates collagen production.',
  'The mask may help skin look brighter.',
  'Book a consultation with our nurse first.',
  'We cannot guarantee results.',
];

interface Doc {
  /** The document as generated. */
  text: string;
  /** Pieces that are not prose and must come out byte for byte. */
  verbatim: string[];
}

const sentence = fc.constantFrom(...SENTENCES);

/** A sentence with some of its words wrapped in emphasis, strong or a link. */
const decorated = fc.tuple(sentence, fc.nat(), fc.constantFrom('', '*', '**', '_', 'link')).map(([s, n, mark]) => {
  if (!mark) return s;
  const words = s.split(' ');
  const i = n % words.length;
  const w = words[i]!.replace(/\.$/, '');
  const tail = words[i]!.slice(w.length);
  words[i] = (mark === 'link' ? `[${w}](https://example.com/${i})` : `${mark}${w}${mark}`) + tail;
  return words.join(' ');
});

/** Several sentences, hard-wrapped at one space, with `prefix` on the continuation line. */
function prose(prefix: string) {
  return fc.tuple(fc.array(decorated, { minLength: 1, maxLength: 3 }), fc.nat(), fc.boolean()).map(([ss, n, wrap]) => {
    const text = ss.join(' ');
    const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
    if (!wrap || spaces.length === 0) return text;
    const at = spaces[n % spaces.length]!;
    return `${text.slice(0, at)}\n${prefix}${text.slice(at + 1)}`;
  });
}

const block: fc.Arbitrary<Doc> = fc.oneof(
  prose('').map((t) => ({ text: t, verbatim: [] })),
  fc.tuple(fc.integer({ min: 1, max: 3 }), decorated).map(([d, s]) => ({ text: `${'#'.repeat(d)} ${s.replace(/\.$/, '')}`, verbatim: [] })),
  fc.array(prose('  '), { minLength: 1, maxLength: 3 }).map((items) => ({ text: items.map((i) => `- ${i}`).join('\n'), verbatim: [] })),
  prose('> ').map((t) => ({ text: `> ${t}`, verbatim: [] })),
  fc.tuple(decorated, sentence).map(([a, b]) => ({ text: `| ${a} | note |\n| --- | --- |\n| ${b} | x |`, verbatim: ['| --- | --- |'] })),
  sentence.map((s) => ({ text: '```text\n' + s + '\n```', verbatim: ['```text\n' + s + '\n```'] })),
  sentence.map((s) => ({ text: `<!-- ${s} -->`, verbatim: [`<!-- ${s} -->`] })),
  sentence.map((s) => ({ text: `Read \`${s}\` aloud.`, verbatim: [`\`${s}\``] })),
  sentence.map((s) => ({ text: `[ref]: https://example.com/a "${s}"`, verbatim: [`[ref]: https://example.com/a "${s}"`] })),
);

const documents: fc.Arbitrary<Doc & { crlf: boolean; bom: boolean }> = fc
  .tuple(
    fc.option(sentence, { nil: undefined }),
    fc.array(block, { minLength: 1, maxLength: 6 }),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([front, blocks, crlf, bom, trailing]) => {
    const parts = blocks.map((b) => b.text);
    const verbatim = blocks.flatMap((b) => b.verbatim);
    if (front) {
      // Front matter copy is linted and fixed like prose; a slug is not copy.
      const slug = front.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      parts.unshift(`---\nlayout: post\nslug: ${slug}\n---`);
      verbatim.push(`---\nlayout: post\nslug: ${slug}\n---`);
    }
    let text = parts.join('\n\n') + '\n';
    if (trailing) text = text.replace(/\n\n/g, '  \n\n');
    const eol = (s: string) => (crlf ? s.replace(/\n/g, '\r\n') : s);
    return { text: (bom ? '\uFEFF' : '') + eol(text), verbatim: verbatim.map(eol), crlf, bom };
  });

// Outside the fixes nothing changes; inside, only words and the line joins kept verbatim.
const LINE_JOINS = /[ \t]*\r?\n[ \t>]*/g;
const NOT_WORDS = /[\p{L}\p{N}' -]/gu;
const skeleton = (s: string) => s.replace(LINE_JOINS, ' ').replace(NOT_WORDS, '');
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const ch of part) {
    at = whole.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

describe('fix properties over generated Markdown', () => {
  it('changes only claim words, keeps line endings, BOM, structure and every non-prose byte, and is idempotent', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const result = fixText(doc.text, { pack: rulePack });
        const body = doc.bom ? doc.text.slice(1) : doc.text;
        let current = body;
        for (const pass of result.passes) {
          const offered = lintText(current, { pack: rulePack }).messages.flatMap((m) => (m.fix ? [JSON.stringify(m.fix)] : []));
          for (const edit of pass) {
            expect(offered).toContain(JSON.stringify(edit));
            const replaced = current.slice(edit.range[0], edit.range[1]);
            // A rewrite of a clause keeps the source between its changes byte
            // for byte: what is not a word in the new text (markup, links,
            // punctuation) was there, in order; punctuation may go with a
            // dropped word, nothing is added.
            expect(isSubsequence(skeleton(edit.text), skeleton(replaced))).toBe(true);
            expect(edit.text.match(LINE_JOINS) ?? []).toEqual(replaced.match(LINE_JOINS) ?? []);
          }
          // Every byte outside the edits is the byte that was there.
          current = applyEdits(current, pass).output;
        }
        expect(result.output).toBe((doc.bom ? '\uFEFF' : '') + current);
        expect(result.discarded).toBeUndefined();
        expect(result.passes.length).toBeLessThan(MAX_FIX_PASSES);
        expect(result.output.startsWith('\uFEFF')).toBe(doc.bom);
        if (doc.crlf) expect(/(?<!\r)\n/.test(result.output)).toBe(false);
        for (const piece of doc.verbatim) expect(result.output).toContain(piece);
        expect(shapeOf(current)).toBe(shapeOf(body));
        expect(fixText(result.output, { pack: rulePack }).fixesApplied).toBe(0);
        expect(result.messages.every((m) => !m.fix)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes files whose bytes are exactly the fixed text in the original encoding, with the mode kept', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-prop-'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(documents, fc.constantFrom('utf8', 'utf16le') as fc.Arbitrary<'utf8' | 'utf16le'>, fc.constantFrom(0o600, 0o644, 0o664, 0o755), async (doc, encoding, mode) => {
        const file = path.join(dir, `doc${n++}.md`);
        const body = doc.bom ? doc.text.slice(1) : doc.text;
        const bom = doc.bom || encoding !== 'utf8';
        await writeFile(file, encodeText(body, encoding, bom));
        await chmod(file, mode);
        const r = await fixFile(file, { pack: rulePack });
        const expected = fixText(body, { pack: rulePack });
        expect(r.fixesApplied).toBe(expected.fixesApplied);
        expect((await readFile(file)).equals(encodeText(expected.output, encoding, bom))).toBe(true);
        expect((await stat(file)).mode & 0o7777).toBe(mode);
      }),
      { numRuns: 40 },
    );
  });
});
