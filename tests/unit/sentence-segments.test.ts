// The sentence scanner must cut sentences exactly where ICU's sentence
// segmenter does: checked on random text over the characters the
// sentence-break rules treat apart, and on the eval files' sentences run
// together when they are beside the checkout.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SentenceSegmenter } from '../../src/text/sentence-segments.js';

const icu = new Intl.Segmenter('en', { granularity: 'sentence' });

const cuts = (segments: Iterable<{ segment: string; index: number }>) => [...segments].map((s) => `${s.index}:${s.segment}`);

function expectSame(text: string): void {
  const scanner = new SentenceSegmenter();
  expect(cuts(scanner.segment(text)), JSON.stringify(text)).toEqual(cuts(icu.segment(text)));
}

describe('sentence segments', () => {
  it('cut ASCII text as ICU does, where the sentence-break rules say', () => {
    for (const text of [
      'It works. It lasts.', 'It works.It lasts.', 'Results in 3.5 weeks. Book now!', 'Made in the U.S. Clinics agree.', 'U.S.A. is big.',
      'e.g. acne clears. Then scars.', 'Really?! Yes.', 'Wait... what? Yes.', 'He said "stop." Then left.', '(It works.) Next.', 'It works. - yes',
      'It works.  \t Next one.', 'Ends with a stop.', 'No stop', '', '.', '?', 'a.B', 'A.b', '1.B', 'a. 1. b', 'Dr. Lee. Mr. Smith.', 'It works. (see below) and more.',
    ]) {
      expectSame(text);
    }
  });

  it('cut random ASCII text as ICU does', () => {
    const piece = fc.constantFrom('a', 'word', 'Zb', 'X', '1', '42', '.', '.', '!', '?', ' ', ' ', '  ', '\t', '"', "'", '(', ')', '[', ']', '{', '}', ',', '-', ':', ';', '#', '%', '&', '*', '/', '@', '_', '~', '|');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => expectSame(pieces.join(''))),
      { numRuns: Number(process.env['CLAIMLINT_PROPERTY_RUNS'] ?? 3000) },
    );
  });

  it('cut Latin text with curly quotes, dashes and symbols as ICU does', () => {
    for (const text of [
      'Café crème. Naïve’s way.', 'It works.\u00a0Next.', 'Stop.\u2019 Next.', 'He said “stop.” Then left.', 'It works. — yes', 'It works.– yes', 'Wait… then. Done.',
      'Épilation. Élan.', 'Straße. Über.', 'a.É', 'É.b', 'Botox® works. Ask™ now!', '£50. €20.', '«Oui.» Non.', 'Stop. ‘Quoted’ next.', 'x.\ufffc Next.',
    ]) {
      expectSame(text);
      expect(new SentenceSegmenter().segment(text), JSON.stringify(text)).toBeInstanceOf(Array);
    }
  });

  it('cut random Latin text as ICU does', () => {
    const piece = fc.constantFrom('a', 'é', 'É', 'ß', 'Ü', 'ÿ', '1', '.', '.', '!', '?', ' ', '\u00a0', '’', '‘', '“', '”', '«', '»', '–', '—', '…', '•', '£', '€', '®', '™', '°', '·', '©', '\ufffc', '"', '(', ')', ',', '-', ':');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => expectSame(pieces.join(''))),
      { numRuns: Number(process.env['CLAIMLINT_PROPERTY_RUNS'] ?? 3000) },
    );
  });

  it('hand text with characters the scanner does not class to ICU', () => {
    for (const text of ['Line one.\nLine two.', 'Nº 5. Next.', 'Size 5µm. Next.', 'Glow ✨. Next.', 'Κάτι. Άλλο.', 'pre\u00adtreatment. Next.']) {
      expectSame(text);
      expect(new SentenceSegmenter().segment(text), JSON.stringify(text)).not.toBeInstanceOf(Array);
    }
  });

  // Where tests/unit/accuracy.test.ts finds them: beside the checkout or a worktree.
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const evalDir = [path.join(root, '..', 'shared', 'eval'), path.join(root, '..', '..', 'shared', 'eval')].find((d) => existsSync(d));
  it.skipIf(!evalDir)('cut the eval sentences, run together in paragraphs, as ICU does', () => {
    for (const name of ['dev.jsonl', 'train.jsonl', 'clinic-pages.jsonl']) {
      const texts = readFileSync(path.join(evalDir!, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text);
      for (let i = 0; i < texts.length; i += 5) expectSame(texts.slice(i, i + 5).join(' '));
    }
  });
});
