// The pattern language's label element: `:` lets a headline's colon or dash
// stand between two words ("Eczema: gone", "Wrinkles \u2014 history"), where
// any other strong break still ends a match; the screen must not rule such a
// text out before the matcher sees it.
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/match/matcher.js';
import { parsePattern, PatternSyntaxError } from '../../src/match/pattern.js';
import { tokenize } from '../../src/text/sentences.js';
import { rulePack } from '../../rules/index.js';
import { lintText } from '../../src/screen/lint-text.js';

const lists = [
  { id: 'trouble', entries: ['acne', 'dark spot'] },
  { id: 'verdict', entries: ['gone', 'history'] },
];

function matched(pattern: string, text: string): string[] {
  const m = new Matcher(lists, 0);
  m.add(pattern);
  const tokens = tokenize(text, 0, text.length);
  return m.match(tokens).map((x) => text.slice(tokens[x.start]!.start, tokens[x.end - 1]!.end));
}

describe('label elements', () => {
  it('parses a lone colon as a label element, and refuses one at either end', () => {
    expect(parsePattern('{trouble} : {verdict}')[1]).toEqual({ kind: 'colon' });
    expect(() => parsePattern('{trouble} :')).toThrow(/must not end with a colon/);
    // A colon inside a word is still part of the word.
    expect(parsePattern('3:1')).toEqual([{ kind: 'alt', alternatives: ['3:1'], capture: '3:1', optional: false }]);
  });

  it('asks for a colon or a spaced dash there, and takes nothing stronger', () => {
    expect(matched('{trouble} : {verdict}', 'Acne: gone.')).toEqual(['Acne: gone']);
    expect(matched('{trouble} : {verdict}', 'Dark spots \u2014 history.')).toEqual(['Dark spots \u2014 history']);
    expect(matched('{trouble} : {verdict}', 'Dark spots - history.')).toEqual(['Dark spots - history']);
    // The label's mark must be there: "your acne history" is no verdict.
    expect(matched('{trouble} : {verdict}', 'Acne gone.')).toEqual([]);
    expect(matched('{trouble} : {verdict}', 'Acne, gone.')).toEqual([]);
    expect(matched('{trouble} : {verdict}', 'Acne; gone.')).toEqual([]);
    expect(matched('{trouble} : {verdict}', 'Acne (gone).')).toEqual([]);
    // Without the element a colon ends the match, as before.
    expect(matched('{trouble} {verdict}', 'Acne: gone.')).toEqual([]);
  });

  it('reaches the rules through the screen: a headline verdict is reported', () => {
    const claims = (text: string) => lintText(text, { pack: rulePack }).messages.map((m) => [m.ruleId, m.claim]);
    expect(claims('Wrinkles: gone.\n')).toEqual([['absolute-guarantee', 'Wrinkles: gone']]);
    expect(claims('# Psoriasis \u2014 sorted\n')).toEqual([['disease-therapeutic', 'Psoriasis \u2014 sorted']]);
    expect(claims('Parking: free.\n')).toEqual([]);
  });
});
