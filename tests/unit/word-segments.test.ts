// The tokenizer's word scanner must cut words exactly where ICU's word
// segmenter does: checked on random text over the characters the word-break
// rules treat apart, and on every sentence of the eval files when they are
// beside the checkout.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYMBOL_TOKENS } from '../../src/text/sentences.js';
import { wordSegments } from '../../src/text/word-segments.js';

const icu = new Intl.Segmenter('en', { granularity: 'word' });
const SYMBOLS = new Set(SYMBOL_TOKENS);

/** What the tokenizer reads of a segmentation: word-like segments and
 * symbols, each with its place, and all the text in order. */
function reading(segments: Iterable<{ segment: string; index: number; isWordLike?: boolean | undefined }>): { tokens: string[]; text: string } {
  const tokens: string[] = [];
  let text = '';
  for (const s of segments) {
    if (s.isWordLike || SYMBOLS.has(s.segment)) tokens.push(`${s.index}:${s.segment}:${s.isWordLike === true}`);
    text += s.segment;
  }
  return { tokens, text };
}

function expectSame(text: string): void {
  expect(reading(wordSegments(text, SYMBOL_TOKENS)), JSON.stringify(text)).toEqual(reading(icu.segment(text)));
}

describe('word segments', () => {
  it('cut ASCII text as ICU does, at the joins the word-break rules name', () => {
    for (const text of ["don't", "dogs' coats", 'e.g. acne', 'U.S. clinics', 'a:b', '3.5 mm', '1,000 patients', '1;2', 'a_b', '_', '__', '_a', 'x_', '3x faster', 'b12', 'a.1', '1.a', "a'1", "1'000", 'a-b', 'a..b', '100%', '#1', '$50', '3 + 1', 'a.b.', '1,,2', '']) {
      expectSame(text);
    }
  });

  it('cut Latin text with curly quotes, dashes and symbols as ICU does', () => {
    for (const text of ['don’t', 'dogs’ coats', '‘quoted’ words', 'it’s 1’000', 'café crème – naïve’s', 'Straße', 'l·l', '1·2', 'µm', 'nº 5', '£50', '€20', '3×', '2 × 3', 'Botox® and Dysport™', 'wait… then', '“yes” — no', '• bullet', '10°C', 'a\u00a0b', '½ price', 'x²', '©2024', 'see \ufffc here', 'a\ufffcb']) {
      expectSame(text);
      expect(wordSegments(text, SYMBOL_TOKENS), JSON.stringify(text)).toBeInstanceOf(Array);
    }
  });

  it('cut random Latin text as ICU does', () => {
    const piece = fc.constantFrom('a', 'é', 'Ü', 'ß', 'ÿ', 'ª', 'µ', '1', '²', '½', '’', '‘', '·', '“', '”', '–', '—', '…', '•', '£', '€', '×', '÷', '®', '™', '©', '°', '\u00a0', '\ufffc', '.', "'", ',', ' ', '_', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => expectSame(pieces.join(''))),
      { numRuns: Number(process.env['CLAIMLINT_PROPERTY_RUNS'] ?? 2000) },
    );
  });

  it('cut random ASCII text as ICU does', () => {
    const piece = fc.constantFrom('a', 'Zb', 'x', '1', '42', '_', ':', '.', "'", ',', ';', ' ', '  ', '-', '%', '#', '+', '&', '$', '!', '"', '\t', '\n', '\r\n', '(', ')', '/', '@', '*', '~');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => expectSame(pieces.join(''))),
      { numRuns: Number(process.env['CLAIMLINT_PROPERTY_RUNS'] ?? 2000) },
    );
  });

  it('hand text with characters the scanner does not class to ICU', () => {
    // A soft hyphen (a format character the rules read through), a cedilla
    // (a letter to ICU), a zero-width joiner, an emoji, Greek, Japanese.
    for (const text of ['pre\u00adtreatment', 'a¸b', 'skin\u200dcare', 'glow ✨ now', 'κολλαγόνο', '肌のケア', 'café ✨']) {
      expectSame(text);
      expect(wordSegments(text, SYMBOL_TOKENS), JSON.stringify(text)).not.toBeInstanceOf(Array);
    }
  });

  // Where tests/unit/accuracy.test.ts finds them: beside the checkout or a worktree.
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const evalDir = [path.join(root, '..', 'shared', 'eval'), path.join(root, '..', '..', 'shared', 'eval')].find((d) => existsSync(d));
  it.skipIf(!evalDir)('cut every eval sentence as ICU does', () => {
    for (const name of ['dev.jsonl', 'train.jsonl', 'clinic-pages.jsonl']) {
      for (const line of readFileSync(path.join(evalDir!, name), 'utf8').split('\n')) {
        if (line.trim()) expectSame((JSON.parse(line) as { text: string }).text);
      }
    }
  });
});
