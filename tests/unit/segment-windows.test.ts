// Long text is segmented window by window (V8's segmenter slows down with
// the length of the whole string) and overlong sentences are cut: the result
// must be the segmenter's own on ordinary text, and bounded on anything else.
import { describe, expect, it } from 'vitest';
import { segmentInWindows, splitLongSpan } from '../../src/text/segment-in-windows.js';
import { MAX_SENTENCE_CHARS, sentenceSpans, splitSentences } from '../../src/text/sentences.js';
import { lint } from '../helpers.js';

const words = new Intl.Segmenter('en', { granularity: 'word' });
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

const sample = [
  'Our team mixes each jar by hand. Ask Dr. Lee about the blend!',
  'Café crème, naïve résumé — and a family emoji 👩‍👩‍👧‍👦 next to a flag 🇳🇿 and e\u0301\u0302.',
  '   Spaces   run   long here?   Yes; they do:   (in brackets)  “quoted”.',
  '中文句子。日本語の文。 Then English again.',
].join(' ');
const text = Array.from({ length: 40 }, (_, i) => `${sample} Paragraph ${i}.`).join(' ');

function direct(segmenter: Intl.Segmenter, s: string) {
  return Array.from(segmenter.segment(s), (x) => ({ index: x.index, segment: x.segment, isWordLike: x.isWordLike === true }));
}

describe('segmentation in windows', () => {
  it('gives exactly the segmenter’s words, whatever the window', () => {
    for (const window of [16, 64, 500]) expect(Array.from(segmentInWindows(words, text, window))).toEqual(direct(words, text));
  });

  it('gives exactly the segmenter’s sentences on ordinary prose', () => {
    for (const window of [300, 2048]) expect(Array.from(segmentInWindows(sentences, text, window))).toEqual(direct(sentences, text));
  });

  it('covers the text with no gaps when one segment is longer than the window', () => {
    const long = 'x'.repeat(5000) + ' tail';
    const spans = Array.from(segmentInWindows(words, long, 1000));
    expect(spans.map((s) => s.segment).join('')).toBe(long);
    expect(spans.every((s, i) => i === 0 || s.index === spans[i - 1]!.index + spans[i - 1]!.segment.length)).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const astral = '😀'.repeat(3000);
    for (const s of segmentInWindows(words, astral, 1001)) {
      expect(s.segment.length % 2).toBe(0);
    }
  });
});

describe('overlong sentences', () => {
  it('cuts a sentence with no full stop into bounded pieces that cover it', () => {
    const line = 'this lotion smooths skin and feels light '.repeat(5000);
    const spans = sentenceSpans(line);
    expect(spans.length).toBeGreaterThan(line.length / MAX_SENTENCE_CHARS);
    expect(spans[0]![0]).toBe(0);
    expect(spans[spans.length - 1]![1]).toBe(line.length);
    for (let i = 0; i < spans.length; i++) {
      expect(spans[i]![1] - spans[i]![0]).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      if (i > 0) expect(spans[i]![0]).toBe(spans[i - 1]![1]);
    }
  });

  it('cuts after strong punctuation or a comma before cutting between words', () => {
    const text = `${'word '.repeat(300)}; ${'more '.repeat(300)}`;
    const [first] = splitLongSpan(text, 0, text.length, 2000);
    expect(text.slice(first![0], first![1]).trimEnd().endsWith(';')).toBe(true);
    const commas = `${'word '.repeat(300)}, ${'more '.repeat(300)}`;
    expect(commas.slice(0, splitLongSpan(commas, 0, commas.length, 2000)[0]![1]).trimEnd().endsWith(',')).toBe(true);
  });

  it('keeps tokens inside their piece, so every word is tokenized once', () => {
    const line = 'this lotion erases wrinkles, smooths skin '.repeat(3000);
    const tokens = splitSentences(line).flatMap((s) => s.tokens.map((t) => line.slice(t.start, t.end)));
    expect(tokens).toHaveLength(6 * 3000);
  });

  it('still finds every claim on a long line without full stops', () => {
    const line = 'this lotion erases wrinkles, and it smooths skin, '.repeat(2000);
    const messages = lint(line);
    expect(messages).toHaveLength(2000);
    expect(messages.every((m) => line.slice(m.range[0], m.range[1]) === 'erases wrinkles')).toBe(true);
  });
});
