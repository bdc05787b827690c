// The prefilter's second look (src/prefilter.ts, inOrder): a region passes
// only if some pattern's words stand in it in order, close enough together,
// with no comma between where the pattern allows none. It must never rule out
// a document in which the matcher itself finds a match, whatever the markup
// between the words: this test builds documents out of pattern words and
// markup at random and checks exactly that, against the real pipeline.
import { describe, expect, it } from 'vitest';
import { rulePack } from '../../rules/index.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../src/shared/resolved-config.js';
import { compiledFor } from '../../src/judge/compile.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { screenDocument } from '../../src/screen/prefilter.js';
import { lintDocument } from '../../src/engine/lint-document.js';
import { READ_ALL } from '../../src/engine/screening.js';
import { projectProse } from '../../src/prose/project.js';
import { splitSentences } from '../../src/text/sentences.js';
import { generator } from '../helpers.js';

const config: ResolvedConfig = {
  ...DEFAULT_CONFIG,
  phrases: [
    { id: 'gap-words', match: ['zorb ~2 quell'], message: 'A gap.' },
    { id: 'comma-words', match: ['vexa , (plonk)'], message: 'A comma.' },
    { id: 'number-words', match: ['{number} glims'], message: 'A number.' },
    { id: 'long-words', match: ['brisk moor fen'], message: 'Three words.' },
  ],
};
const compiled = compiledFor(rulePack, config);

/** Whether the matcher finds anything in the document's prose, before any judging. */
function matches(markdown: string): boolean {
  const doc = projectProse(parseMarkdown(markdown), markdown);
  return doc.blocks.some((b) => splitSentences(b.text).some((s) => compiled.matcher.match(s.tokens).length > 0));
}


// Words of the rule pack's patterns and of the phrases above, and filler.
const WORDS = [
  'number', 'one', '#', '1', 'no', 'brand', 'the', 'only', 'clinic', 'removes', 'wrinkles', 'scars', 'for', 'good',
  'results', 'in', 'just', '7', 'days', 'studies', 'show', 'clinically', 'proven', 'zorb', 'quell', 'vexa', 'plonk',
  '12', 'glims', 'brisk', 'moor', 'fen', 'and', 'very', 'new', 'x', 'permanent', 'instant', 'on', 'application',
  // Whole matches, for the markup around and inside them to break or not.
  'vexa, plonk', 'vexa,', 'number one brand', 'zorb a b quell', 'removes deep wrinkles', 'for good', '3 glims',
  // Words disguised with invisible or look-alike characters (issue 21): the
  // matcher reads them as the plain words, so the prefilter must too.
  're\u00admoves', 'wrin\u200bkles', 'sc\u0430rs', '\uff52\uff45\uff4d\uff4f\uff56\uff45\uff53', 'clin\u2060ically', 'pro\u200dven',
  'remo&shy;ves', 'qu\u200cell', 'zor\u200eb', 'gl\u0456ms', 'v\u0435xa', 'br\ufe0fisk', 'perma\u202enent', '\u0412rand', 'fen\ufeff',
];
const GLUE = [
  ' ', ' ', ' ', ' ', '  ', '\n', ', ', ',', ' , ', '. ', '.\n', '; ', ': ', ' - ', ' (', ') ', '"', '*', '**', '_', '~~',
  '`', '` ', ' `', '\\', '&amp;', '&nbsp;', '&#32;', '&#44; ', '[', ']', '](http://x.test)', '](http://x.test "a, b c") ',
  ']( <y z> ) ', '][r] ', '][] ', '[^n] ', '<b>', '</b> ', '<!-- c, d --> ', '![', ' http://x.test/a ', ' www.x.test ',
  '\n\n', '\n> ', '\n- ', '\n1. ', ' | ', '\n\n[r]: http://x.test "t, u"\n\n', '\n\n[^n]: note\n\n', '\u00a0', '\u202f',
  ' 1. ', ' 2) ', ' [x] ', '\n```\n', '\n    ',
  // Invisible characters and spaces the word segmenter reads otherwise than a reader.
  '\u200b', ' \u200b', '\u00ad', '&shy;', '\u2060', '\u200d', '\u200e', '\u202e', '\ufe0f', '\u3000', '\u202f', '\uff0c', '\uff1b ', '\ufeff',
  // Block structure: headings, tables, HTML blocks, setext underlines, loose lists.
  '\n# ', '\n## ', '\n| a | b |\n| - | - |\n| ', ' |\n', '\n<div>\n', '\n</div>\n\n', '\n===\n', '\n---\n', '\n\n- ', '\n\n  ',
];

describe('prefilter, words in order', () => {
  it('lets through every document in which the matcher finds a match', () => {
    const { next, pick } = generator(11);
    const failures: string[] = [];
    let matched = 0;
    let ruledOut = 0;
    for (let n = 0; n < 6000 && failures.length < 5; n++) {
      let md = '';
      const len = 2 + Math.floor(next() * 12);
      for (let i = 0; i < len; i++) md += pick(WORDS) + pick(GLUE);
      const found = matches(md);
      const may = screenDocument(compiled, md).parts !== 'none';
      if (found) matched++;
      if (!may) ruledOut++;
      if (found && !may) failures.push(JSON.stringify(md));
    }
    expect(failures).toEqual([]);
    // The test means something only if both answers occur often.
    expect(matched).toBeGreaterThan(300);
    expect(ruledOut).toBeGreaterThan(300);
  });

  it('finds in the paragraphs it parses exactly what a whole parse finds', () => {
    const { next, pick } = generator(23);
    const failures: string[] = [];
    let partial = 0;
    let found = 0;
    for (let n = 0; n < 3000 && failures.length < 5; n++) {
      let md = '';
      const len = 4 + Math.floor(next() * 30);
      for (let i = 0; i < len; i++) md += pick(WORDS) + pick(GLUE);
      const screening = screenDocument(compiled, md);
      if (Array.isArray(screening.parts)) partial++;
      const whole = lintDocument(md, compiled, 'markdown', { ...screening, parts: 'all' });
      const some = lintDocument(md, compiled, 'markdown', screening);
      if (whole.messages.length > 0) found++;
      if (JSON.stringify(some) !== JSON.stringify(whole)) failures.push(JSON.stringify(md));
    }
    expect(failures).toEqual([]);
    expect(partial).toBeGreaterThan(300);
    expect(found).toBeGreaterThan(300);
  });

  it.each([
    ['words far apart', 'The number of people who came was one.'],
    ['words in the wrong order', 'One number was wrong.'],
    ['an entry cut in two', 'We sell goods for the home.'],
  ])('rules out %s', (_name, md) => {
    expect(matches(md)).toBe(false);
    expect(screenDocument(compiledFor(rulePack, DEFAULT_CONFIG), md).parts !== 'none').toBe(false);
  });

  it('lets a comma between through: it may separate list items the matcher reads as one', () => {
    // "reduces sun damage, dark spots and scars": a later item stands where
    // the list begins in a view of the sentence (src/text/enumerations.ts).
    const md = 'It removes makeup, oil and dark spots in one step.';
    expect(matches(md)).toBe(false);
    expect(lintDocument(md, compiled, 'markdown', READ_ALL).messages.map((m) => m.ruleId)).toEqual(['absolute-guarantee']);
    expect(screenDocument(compiledFor(rulePack, DEFAULT_CONFIG), md).parts !== 'none').toBe(true);
    expect(screenDocument(compiledFor(rulePack, DEFAULT_CONFIG), 'The number, one brand.').parts !== 'none').toBe(true);
  });

  it("lets an entry's words meet across a list, as the matcher's views of it join them", () => {
    // The view that puts the later item where the list begins reads "gold
    // standard" out of "gold tags to ..., or standard ...". (A ranking read
    // into a list is a false alarm of the views; the screen must still
    // agree with the engine. "number one" read this way no longer matches:
    // it is matched exactly as written.)
    const md = 'Assign gold tags to one or more rooms, such as suites, or standard rooms.';
    const all = lintDocument(md, compiled, 'markdown', READ_ALL).messages.map((m) => m.ruleId);
    expect(all).toEqual(['comparative-superlative']);
    expect(screenDocument(compiled, md).parts).not.toBe('none');
    expect(lintDocument(md, compiled, 'markdown', screenDocument(compiled, md)).messages.map((m) => m.ruleId)).toEqual(all);
  });

  describe('front matter that may hold a claim', () => {
    const cold = Array.from({ length: 12 }, (_, i) => `Parking is free on level ${i + 2} of the garage beside the station.`).join('\n\n');
    it('is read from the parse of the blocks it stands before, not the whole document', () => {
      const md = `---\ntitle: Parking\ndescription: Our peel erases wrinkles for good.\n---\n\n${cold}\n\nOur new peel removes scars.\n\n${cold}\n`;
      const screening = screenDocument(compiled, md);
      expect(Array.isArray(screening.parts)).toBe(true);
      const parts = screening.parts as ReadonlyArray<readonly [number, number]>;
      // The front matter, and the one paragraph with a claim.
      expect([...new Set(parts.map(([s, e]) => md.slice(s, e).trim().split('\n')[0]))]).toEqual(['---', 'Our new peel removes scars.']);
      const all = lintDocument(md, compiled, 'markdown', READ_ALL).messages;
      expect(all.map((m) => m.line).sort((a, b) => a - b)).toEqual([3, 3, 30]);
      expect(lintDocument(md, compiled, 'markdown', screening).messages).toEqual(all);
    });

    it('is linted when nothing in the body is', () => {
      const md = `---\ndescription: Our peel erases wrinkles.\n---\n${cold}\n`;
      const screening = screenDocument(compiled, md);
      expect(screening.parts).not.toBe('all');
      const all = lintDocument(md, compiled, 'markdown', READ_ALL).messages;
      expect(all.length).toBeGreaterThan(0);
      expect(lintDocument(md, compiled, 'markdown', screening).messages).toEqual(all);
    });

    it.each([
      ['an escape that hides a word', 'description:  "Our peel erases \\x77rinkles."'],
      ['an unclosed quote', 'title:  "open'],
      ['an alias', 'tags:\n -  *parking'],
      ['a no-break space before a list item', 'tags:\n\u00a0- parking'],
    ])('is read as the whole reading reads it when its raw text does not say all (%s)', (_name, yaml) => {
      const md = `---\ntitle: Parking\n${yaml}\n---\n\n${cold}\n`;
      const all = lintDocument(md, compiled, 'markdown', READ_ALL).messages;
      expect(all.length).toBeGreaterThan(0);
      expect(lintDocument(md, compiled, 'markdown', screenDocument(compiled, md)).messages).toEqual(all);
    });

    it('is linted when it is all the document has', () => {
      const md = '---\ndescription: Our peel erases wrinkles.\n---\n';
      const all = lintDocument(md, compiled, 'markdown', READ_ALL).messages;
      expect(all.length).toBeGreaterThan(0);
      expect(lintDocument(md, compiled, 'markdown', screenDocument(compiled, md)).messages).toEqual(all);
    });
  });

  describe('a list that completes the paragraph before it', () => {
    const cold = Array.from({ length: 12 }, (_, i) => `Parking is free on level ${i + 2} of the garage beside the station.`).join('\n\n');
    it('is parsed with that paragraph where the two can make a claim, and nothing else is', () => {
      const md = `${cold}\n\nOur new peel can treat:\n\n- Acne\n- Rosacea\n\n${cold}\n`;
      const screening = screenDocument(compiled, md);
      expect(screening.parts).not.toBe('all');
      expect(screening.parts).not.toBe('none');
      const all = lintDocument(md, compiled, 'markdown', READ_ALL).messages;
      expect(all.map((m) => m.claim)).toEqual(['Acne', 'Rosacea']);
      expect(lintDocument(md, compiled, 'markdown', screening).messages).toEqual(all);
    });

    it('rules the document out where they cannot', () => {
      const md = `${cold}\n\nThe garage has:\n\n- Lifts\n- Ramps\n\n${cold}\n`;
      expect(screenDocument(compiled, md).parts).toBe('none');
    });

    it('is found at any depth', () => {
      const md = `${cold}\n\n- Peels\n  - Our new peel can treat:\n\n        - Acne\n`;
      const all = lintDocument(md, compiled, 'markdown', READ_ALL).messages;
      expect(lintDocument(md, compiled, 'markdown', screenDocument(compiled, md)).messages).toEqual(all);
    });
  });

  it.each([
    ['a link title between', 'The [number](http://x.test "a b c d e f") one brand.'],
    ['a footnote mark between', 'The number[^1] one brand.\n\n[^1]: A note.'],
    ['a reference label between', 'The [number][r] one brand.\n\n[r]: http://x.test'],
    ['character references between', 'The number&nbsp;&nbsp; one brand.'],
    ['emphasis around words', 'The **number** _one_ brand.'],
    ['a number', 'Results in just 7 days.'],
  ])('lets through %s', (_name, md) => {
    expect(screenDocument(compiledFor(rulePack, DEFAULT_CONFIG), md).parts !== 'none').toBe(true);
  });
});

describe('rule needs written into the bundle', () => {
  it('read back as they were worked out', async () => {
    const { computeRuleNeeds, decodeRuleNeeds, encodeRuleNeeds } = await import('../../src/screen/rule-needs.js');
    const { rulePack } = await import('../../rules/index.js');
    const table = computeRuleNeeds(rulePack);
    expect(decodeRuleNeeds(encodeRuleNeeds(table))).toEqual(table);
    expect(Object.keys(table)).toHaveLength(rulePack.rules.length);
  });
});
