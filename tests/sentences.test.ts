import { describe, expect, it } from 'vitest';
import { sentenceSpans, tokenize } from '../src/sentences.js';

const split = (t: string) => sentenceSpans(t).map(([s, e]) => t.slice(s, e).trim());

describe('sentences', () => {
  it('does not end a sentence at abbreviations', () => {
    expect(split('Ask Dr. Lee, e.g. at a visit. Then book.')).toEqual(['Ask Dr. Lee, e.g. at a visit.', 'Then book.']);
    expect(split('It costs approx. 50 dollars vs. 80 elsewhere. Done!')).toEqual([
      'It costs approx. 50 dollars vs. 80 elsewhere.',
      'Done!',
    ]);
  });

  it('treats a soft line break as a space', () => {
    expect(split('Microneedling stimulates\ncollagen production.')).toHaveLength(1);
  });

  it('tokenizes words with matching keys for inflections and spellings', () => {
    const keys = (s: string) => tokenize(s, 0, s.length).map((t) => t.key);
    expect(keys('minimises')).toEqual(keys('minimizing'));
    expect(keys('reduces')).toEqual(keys('reduced'));
    expect(keys('skin’s')).toEqual(keys('skin'));
    expect(keys('anti-inflammatory')).toEqual(keys('anti inflammatory'));
  });

  it('reads editorial brackets in quoted copy as the word, keeping offsets', () => {
    const text = 'They said [H]eal damaged skin.';
    const t = tokenize(text, 0, text.length).find((x) => x.norm === 'heal')!;
    expect(text.slice(t.start, t.end)).toBe('[H]eal');
    expect(t.key).toBe(tokenize('heal', 0, 4)[0]!.key);
  });
});
