import { describe, expect, it } from 'vitest';
import { phraseKeys } from '../../src/match/matcher.js';
import { sentenceSpans, tokenize } from '../../src/text/sentences.js';

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

  // A pattern's words may run through a gloss, never through other brackets.
  it('reads through an acronym gloss or a clause letter, not other brackets', () => {
    const breaks = (s: string) => tokenize(s, 0, s.length).map((t) => (t.hardBreakBefore ? `|${t.surface}` : t.surface)).join(' ');
    expect(breaks('The Skin Council (SKC) has approved it')).toBe('The Skin Council SKC has approved it');
    expect(breaks('an AB 12(c) listed lab')).toBe('an AB 12 c listed lab');
    expect(breaks('our peel (gentle) removes it')).toBe('our peel |gentle |removes it');
    expect(breaks('our peel (AHA, BHA) removes it')).toBe('our peel |AHA BHA |removes it');
    expect(breaks('tested (see 12 (c)) today')).toBe('tested |see 12 |c |today');
    expect(breaks('the lab (FDA) today')).toBe('the lab FDA today');
  });
});

describe('phraseKeys', () => {
  it('cuts plain phrases as the sentence splitter does, without it', () => {
    const phrases = ["crow's feet", 'kick-start', "can't", '100 % effective', 'wrinkle-free skin', 'get rid of', 'a - b', 'x-ray', "o'clock"];
    phrases.push('u.s. fda', 'no. 1', 'n1', 'n\u00b0 1', 'before/after', '-free', 'a.1', '1.5', '1,000', 'a,b', "a'1", "rock 'n' roll", '#1', '50%', 'e.g.', '3x', 'x.y.z', "'quoted'", 'a;b 1;2', '$5 & up');
    for (const p of phrases) {
      expect(phraseKeys(p), p).toEqual(tokenize(p, 0, p.length).map((t) => t.key));
    }
  });
});
