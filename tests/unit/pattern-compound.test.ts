// The pattern language's compound element: `-{list}` or `-(a|b)` matches only
// a word joined by a hyphen to the word before, as one compound word
// ("acne-fighting"), never the same words apart ("acne, fighting").
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/match/matcher.js';
import { parsePattern, PatternSyntaxError } from '../../src/match/pattern.js';
import { tokenize } from '../../src/text/sentences.js';

const lists = [
  { id: 'trouble', entries: ['acne', 'dark spot'] },
  { id: 'doing', entries: ['fight', 'clear', 'wipe out'] },
];

function matched(pattern: string, text: string): string[] {
  const m = new Matcher(lists, 0);
  m.add(pattern);
  const tokens = tokenize(text, 0, text.length);
  return m.match(tokens).map((x) => text.slice(tokens[x.start]!.start, tokens[x.end - 1]!.end));
}

describe('compound elements', () => {
  it('parses a leading hyphen before a list or a group as a joined element', () => {
    expect(parsePattern('{trouble} -{verb=doing}')).toEqual([
      { kind: 'list', list: 'trouble', capture: 'trouble', optional: false },
      { kind: 'list', list: 'doing', capture: 'verb', optional: false, joined: true },
    ]);
    expect(parsePattern('{trouble} -(free|proof)')[1]).toMatchObject({ kind: 'alt', alternatives: ['free', 'proof'], joined: true });
    expect(parsePattern('{trouble} -kind=(free|proof)')[1]).toMatchObject({ capture: 'kind', joined: true });
    // A hyphen inside a plain word is still a word.
    expect(parsePattern('anti-ageing')).toEqual([{ kind: 'alt', alternatives: ['anti-ageing'], capture: 'anti-ageing', optional: false }]);
  });

  it('refuses a compound element with no word before it', () => {
    expect(() => parsePattern('-{doing} {trouble}')).toThrow(PatternSyntaxError);
  });

  it('matches the words joined by a hyphen, in any of its forms, and not apart', () => {
    expect(matched('{trouble} -{doing}', 'An acne-fighting toner.')).toEqual(['acne-fighting']);
    expect(matched('{trouble} -{doing}', 'A dark spot\u2011clearing serum.')).toEqual(['dark spot\u2011clearing']);
    expect(matched('{trouble} -{doing}', 'Acne, fighting back, is common.')).toEqual([]);
    expect(matched('{trouble} -{doing}', 'Acne fighting back is common.')).toEqual([]);
    expect(matched('{trouble} -{doing}', 'Acne - fighting back - is common.')).toEqual([]);
    // Without the hyphen mark, the same words match apart.
    expect(matched('{trouble} {doing}', 'Acne fighting back is common.')).toEqual(['Acne fighting']);
  });

  it('asks the hyphen only of the compound element, whatever the other patterns on the same words', () => {
    const m = new Matcher(lists, 0);
    const joined = m.add('{trouble} -{doing}');
    const apart = m.add('{trouble} {doing}');
    const text = 'Acne fighting, and acne-fighting.';
    const tokens = tokenize(text, 0, text.length);
    const found = m.match(tokens).map((x) => [x.pattern, tokens[x.start]!.start]);
    expect(found).toContainEqual([apart, 0]);
    expect(found).toContainEqual([apart, 19]);
    expect(found).toContainEqual([joined, 19]);
    expect(found).not.toContainEqual([joined, 0]);
  });
});
