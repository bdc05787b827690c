// A token carries its key's number, and the matcher finds its own words by
// those numbers. Past the cap on numbered keys, a word read before any
// pattern had it keeps -1 in the word cache; a pattern that later names it
// must still find it. In a file of its own: it fills the module's key table.
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/match/matcher.js';
import { tokenize } from '../../src/text/sentences.js';
import { keyNumber, wordForms } from '../../src/text/word-key.js';

/** The i-th of many made-up words, letters only. */
function word(i: number): string {
  let w = 'zq';
  for (let n = i; n > 0; n = Math.floor(n / 26)) w += String.fromCharCode(97 + (n % 26));
  return w;
}

describe('word key numbers', () => {
  it('gives a word and a pattern with the same key the same number', () => {
    const forms = wordForms('Wrinkles');
    expect(forms.id).toBeGreaterThanOrEqual(0);
    expect(keyNumber(forms.key)).toBe(forms.id);
    expect(tokenize('less wrinkles', 0, 13)[1]!.id).toBe(forms.id);
  });

  it('finds a word a pattern names after the cap left it unnumbered', () => {
    // Fill the table: words past the cap get no number.
    let i = 0;
    while (wordForms(word(i)).id >= 0) i++;
    const late = 'glimmerbark';
    expect(wordForms(late).id).toBe(-1);
    // A sentence read before the pattern is compiled (an approved claim's matcher is made on first use).
    const before = `It cures ${late} now.`;
    const early = tokenize(before, 0, before.length);
    expect(early[2]!.id).toBe(-1);
    const matcher = new Matcher([], 0);
    matcher.addPhrase(`cures ${late}`);
    const text = `It cures ${late} fast.`;
    const tokens = tokenize(text, 0, text.length);
    expect(tokens[2]!.id).toBeGreaterThanOrEqual(0);
    expect(matcher.match(tokens).map((m) => [m.start, m.end])).toEqual([[1, 3]]);
    expect(matcher.match(early).map((m) => [m.start, m.end])).toEqual([[1, 3]]);
  });
});
