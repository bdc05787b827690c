// Issue 21, item 6: invisible and look-alike characters must not hide a
// claim. Words are matched on a normalised view (default-ignorable code
// points dropped, NFKC, Latin look-alikes from Cyrillic, Greek and Armenian
// read as Latin in mixed-script words, a narrow no-break space read as a
// space) while findings point at the characters as written.
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';
import { normalizeWord, wordKey } from '../../src/text/word-key.js';
import { tokenize } from '../../src/text/sentences.js';
import { runCli, tempRepo } from '../cli-run.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Each finding as rule id and the source characters it points at. */
function found(text: string): string[] {
  return lint(text).map((m) => `${m.ruleId}@${text.slice(m.range[0], m.range[1])}`);
}

const HIDDEN: Array<[string, string]> = [
  ['soft hyphen', '\u00ad'],
  ['zero-width space', '\u200b'],
  ['zero-width non-joiner', '\u200c'],
  ['zero-width joiner', '\u200d'],
  ['word joiner', '\u2060'],
  ['byte order mark', '\ufeff'],
  ['variation selector', '\ufe0f'],
  ['supplementary variation selector', '\u{e0100}'],
  ['left-to-right mark', '\u200e'],
  ['right-to-left override', '\u202e'],
  ['isolate', '\u2066'],
  ['combining grapheme joiner', '\u034f'],
];

describe('invisible characters inside a word', () => {
  for (const [name, c] of HIDDEN) {
    it(`do not hide a claim (${name})`, () => {
      const text = `It cor${c}rects sun dam${c}age.`;
      expect(found(text)).toEqual([`absolute-guarantee@cor${c}rects sun dam${c}age`]);
    });
  }

  it('do not hide a claim written with &shy; in the Markdown', () => {
    const text = 'It cor&shy;rects sun damage.';
    expect(found(text)).toEqual(['absolute-guarantee@cor&shy;rects sun damage']);
  });

  it('are reported at the characters as written, so a fix keeps the sentence around them', async () => {
    const dir = await tempRepo({ 'a.md': 'Our peel\u200b cor\u00adrects sun damage.\n' });
    const run = await runCli(['a.md', '--fix'], dir);
    expect(run.code).toBe(0);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe('Our peel\u200b may help improve the appearance of sun damage.\n');
  });
});

describe('spaces that join or split words', () => {
  it('read a narrow no-break space as a space (the word segmenter joins across it)', () => {
    expect(found('Reduce\u202fscars.')).toEqual(['absolute-guarantee@Reduce\u202fscars']);
    expect(tokenize('Reduce\u202fscars', 0, 16).map((t) => t.surface)).toEqual(['Reduce', 'scars']);
  });

  it('read an ideographic space between words as a space', () => {
    expect(found('It corrects\u3000sun damage.')).toEqual(['absolute-guarantee@corrects\u3000sun damage']);
  });
});

describe('look-alike characters', () => {
  it('fold fullwidth letters (NFKC)', () => {
    expect(found('It \uff43\uff4f\uff52\uff52\uff45\uff43\uff54\uff53 sun damage.')).toEqual(['absolute-guarantee@\uff43\uff4f\uff52\uff52\uff45\uff43\uff54\uff53 sun damage']);
  });

  it('fold mathematical letters (NFKC)', () => {
    expect(found('It \u{1d41c}orrects sun damage.')).toEqual(['absolute-guarantee@\u{1d41c}orrects sun damage']);
  });

  it('read Cyrillic and Greek look-alikes in a Latin word as Latin', () => {
    expect(found('It c\u043errects sun damage.')).toEqual(['absolute-guarantee@c\u043errects sun damage']);
    expect(found('Our B\u043etox treatment smooths lines.')).toEqual(['prescription-medicine@B\u043etox']);
    expect(found('Our \u0412otox treatment smooths lines.')).toEqual(['prescription-medicine@\u0412otox']);
    expect(found('It \u0435limin\u0430tes wrinkles.')).toEqual(['absolute-guarantee@\u0435limin\u0430tes wrinkles']);
    expect(found('Clinic\u03b1lly proven results.')).toEqual(['unsubstantiated-proof@Clinic\u03b1lly proven']);
  });

  it('leave words wholly in another script alone', () => {
    expect(normalizeWord('\u0441\u043e\u0440')).toBe('\u0441\u043e\u0440');
    expect(normalizeWord('\u03bf\u03c1\u03bf\u03c2')).toBe('\u03bf\u03c1\u03bf\u03c2');
  });

  it('give the same key however the word is disguised', () => {
    const key = wordKey('corrects');
    for (const disguised of ['cor\u00adrects', 'cor\u2060rects', 'c\u043errects', '\uff43orrects', 'CORRE\u0421TS', 'corr\u200decte\u0455']) {
      expect(wordKey(disguised), JSON.stringify(disguised)).toBe(key);
    }
  });

  it('keep plain ASCII words as they were', () => {
    const plain: Array<[string, string]> = [['corrects', 'corrects'], ["don't", "don't"], ["Skin's", 'skin'], ['e.g', 'e.g'], ['rn', 'rn'], ['l1', 'l1'], ['m', 'm']];
    for (const [w, n] of plain) expect(normalizeWord(w)).toBe(n);
    expect(wordKey('Minimises')).toBe(wordKey('minimizing'));
  });
});
