import { describe, expect, it } from 'vitest';
import { rulePack } from '../../rules/index.js';
import type { ResolvedConfig } from '../../src/shared/resolved-config.js';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';
import { compiledFor } from '../../src/judge/compile.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { prefilterFor, screenDocument } from '../../src/screen/prefilter.js';
import { matchRegions } from '../../src/screen/regions.js';
import { decodeReference, definedLabels, plainKeys, textKeys, withoutLinkTails } from '../../src/screen/words.js';
import { projectProse } from '../../src/prose/project.js';
import { splitSentences } from '../../src/text/sentences.js';
import { generator, lint } from '../helpers.js';

/** Word keys of each stretch of words a match could cover: a sentence's
 * words up to each hard break, as the real pipeline sees them. */
function clauseKeys(markdown: string): string[][] {
  const doc = projectProse(parseMarkdown(markdown), markdown);
  const out: string[][] = [];
  for (const b of doc.blocks) {
    for (const s of splitSentences(b.text)) {
      let clause: string[] = [];
      for (const t of s.tokens) {
        if (t.hardBreakBefore && clause.length > 0) out.push((clause = []));
        clause.push(t.key);
      }
      out.push(clause);
    }
  }
  return out.filter((c) => c.length > 0);
}

/** Every clause's words must all be among one match region's candidate keys. */
function uncovered(markdown: string): string[] {
  const labels = definedLabels(markdown);
  const regionKeys = matchRegions(markdown, labels).map(plainKeys);
  const missing: string[] = [];
  for (const keys of clauseKeys(markdown)) {
    const covered = regionKeys.some((rk) => rk === null || keys.every((k) => rk.has(k)));
    if (!covered) missing.push(keys.join(' '));
  }
  return missing;
}

// Words glued with the markup that may or may not join them, so the
// generated documents explore what hand-written cases miss.
const WORDS = ['re', 'move', 'wrink', 'les', 'erase', 'scars', 'don', 't', 'e', 'g', '1', '000', 'café', 'Straße', 'naïve', 'x', 'collagen', 'ab', 'ir', 'ritation'];
const GLUE = ['', '', ' ', ' ', '. ', '. A', 'Dr. ', 'e.g. ', ' (', ') ', ': ', '; ', '? ', '! ', ' - ', '\u2014', '"', '*', '**', '_', '__', '~~', '`', '\\*', '\\', '&amp;', '&#101;', "'", '\u2019', '.', ',', ':', ';', '-', '\n', '\n\n', '> ', '\n- ', ' | ', '[', ']', '](http://x.test)', ']( http://x.test)', '\u202f', '][r]', '<b>', '![', 'www.', ' http://', 'https://x.test/', '(', ')', '&eacute;', '\n\n[r]: http://x.test\n\n', '\u00ad', '\u200d', '\u00a0', '%', '#'];

/** A generated document: 2 to 15 words, each followed by some glue. */
function randomMarkdown(next: () => number, pick: <T>(xs: readonly T[]) => T): string {
  let md = '';
  const len = 2 + Math.floor(next() * 14);
  for (let i = 0; i < len; i++) md += pick(WORDS) + pick(GLUE);
  return md;
}

describe('prefilter', () => {
  it('sees every word the sentence splitter sees, whatever the markup between letters', () => {
    const { next, pick } = generator(7);
    const failures: string[] = [];
    for (let n = 0; n < 4000 && failures.length < 5; n++) {
      const md = randomMarkdown(next, pick);
      const missing = uncovered(md);
      if (missing.length > 0) failures.push(`${JSON.stringify(md)} -> ${missing.join(' / ')}`);
    }
    expect(failures).toEqual([]);
  });

  it.each([
    ['emphasis inside a word', 'It re**move**s wrinkles.'],
    ['a link splitting a word', 'It [re](https://x.test)moves wrinkles.'],
    ['a reference link', 'It [eras][r]es wrinkles.\n\n[r]: https://x.test'],
    ['a character reference', 'It &#101;rases wrinkles and r&eacute;duces scars.'],
    ['an escape', 'It erases\\* wrinkles.'],
    ['curly apostrophes', 'It won\u2019t fail: it erases wrinkles.'],
    ['a table cell', '| a | b |\n| - | - |\n| erases | wrinkles |\n| It erases wrinkles | x |'],
    ['image alt text', '![It e*ras*es wrinkles](a.png)'],
    ['a block quote', '> It erases\n> wrinkles.'],
    ['a list', '- It erases\n  wrinkles.'],
    ['a hard break', 'It erases\\\nwrinkles.'],
  ])('covers %s', (_name, md) => {
    expect(uncovered(md)).toEqual([]);
  });

  it('reads a whole text as every way its links and references may parse, rereading only where those ways differ', () => {
    // The plain way: every variant read whole. textKeys reads the text whole
    // and each variant only around what changed; the words must be the same.
    const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
    const union = (sets: Array<Set<string> | null>) => (sets.includes(null) ? null : new Set(sets.flatMap((k) => [...k!])));
    const everyVariant = (md: string) => {
      const labels = definedLabels(md);
      const variants = [md];
      if (md.includes('&')) variants.push(md.replace(REFERENCE, decodeReference));
      for (const v of [...variants]) variants.push(...withoutLinkTails(v, labels));
      return union(variants.map(plainKeys));
    };
    const references = (md: string) => union([...md.matchAll(REFERENCE)].map((m) => plainKeys(decodeReference(m[0], m[1]!))));
    const { next, pick } = generator(11);
    const failures: string[] = [];
    for (let n = 0; n < 3000 && failures.length < 5; n++) {
      const md = randomMarkdown(next, pick);
      const got = textKeys(md);
      const want = everyVariant(md);
      const extra = references(md);
      if (got === null || want === null || extra === null) {
        if ((got === null) !== (want === null)) failures.push(`${JSON.stringify(md)}: ${got === null ? 'no answer' : 'an answer'} where reading every variant gives ${want === null ? 'none' : 'one'}`);
        continue;
      }
      const missing = [...want].filter((k) => !got.has(k));
      const more = [...got].filter((k) => !want.has(k) && !extra.has(k));
      if (missing.length > 0 || more.length > 0) failures.push(`${JSON.stringify(md)}: missing ${missing.join(' ')}; more ${more.join(' ')}`);
      const notSeen = clauseKeys(md).flat().filter((k) => !got.has(k));
      if (notSeen.length > 0) failures.push(`${JSON.stringify(md)}: the sentence splitter sees ${notSeen.join(' ')}`);
    }
    expect(failures).toEqual([]);
  });

  const compiled = compiledFor(rulePack, DEFAULT_CONFIG);

  it('lets through every document in which a claim is found', () => {
    // A lead-in puts its example where its head noun stands ("treats facial redness"), however far apart the words are in the text.
    for (const md of ['It re**move**s wrinkles.', 'It [erases](https://x.test) wrinkles.', 'Stimulates collagen production.', 'It treats common skin concerns such as facial redness.', 'It treats common problems with facial redness.', 'It treats common skin concerns, for example facial redness.']) {
      expect(lint(md).length, md).toBeGreaterThan(0);
      expect(screenDocument(compiled, md).parts !== 'none', md).toBe(true);
    }
  });

  it('rules out text without the words any pattern needs', () => {
    expect(prefilterFor(compiled).mayMatch('Deploy the service and restart the worker.')).toBe(false);
    // Both words of a claim, but never in one paragraph, sentence or clause.
    expect(screenDocument(compiled, 'We erase nothing.\n\nWrinkles happen.').parts !== 'none').toBe(false);
    expect(screenDocument(compiled, 'We erase nothing. Wrinkles happen.').parts !== 'none').toBe(false);
    expect(screenDocument(compiled, 'We erase nothing; wrinkles happen.').parts !== 'none').toBe(false);
    // An abbreviation does not end the sentence.
    expect(screenDocument(compiled, 'Ask Dr. Erase about wrinkles.').parts !== 'none').toBe(true);
    expect(screenDocument(compiled, 'We erase wrinkles.').parts !== 'none').toBe(true);
  });

  // Claim-dense copy: screening paragraph by paragraph, then block by block
  // and sentence by sentence, would cost more than it saves.
  it('reads claim-dense copy whole, with no screening of its blocks, and screens sparse copy paragraph by paragraph', () => {
    const claim = 'Our peel erases wrinkles and removes scars for good.';
    const plain = 'The clinic sits on the corner of the high street, near the library and the old station.';
    const dense = Array.from({ length: 30 }, (_, i) => (i % 5 === 4 ? plain : claim)).join('\n\n');
    const screening = screenDocument(compiled, dense);
    expect(screening.parts).toBe('all');
    expect(screening.mayHold(plain)).toBe(true);
    // The same words, the claim only once in a long page of other prose.
    const sparse = [claim, ...Array.from({ length: 30 }, () => plain)].join('\n\n');
    const hot = screenDocument(compiled, sparse);
    expect(hot.parts).toEqual([[0, claim.length]]);
    expect(hot.mayHold(plain)).toBe(false);
    // Reading all of it finds what screening finds.
    expect(lint(dense).length).toBe(24 * lint(claim).length);
  });

  // A run over a site meets the same kind of copy page after page: testing
  // each page for density was 4% of the dense corpus's time.
  it('takes pages as dense untested after eight dense ones in a row, testing one in eight', () => {
    const own = compiledFor(rulePack, { ...DEFAULT_CONFIG });
    expect(own).not.toBe(compiled);
    const claim = 'Our peel erases wrinkles and removes scars for good.';
    const plain = 'The clinic sits on the corner of the high street, near the library and the old station.';
    const dense = Array.from({ length: 30 }, (_, i) => (i % 5 === 4 ? plain : claim)).join('\n\n');
    const sparse = [claim, ...Array.from({ length: 30 }, () => plain)].join('\n\n');
    // Not yet trusted: a sparse page between dense ones starts the count again.
    for (let i = 0; i < 7; i++) expect(screenDocument(own, dense).parts).toBe('all');
    expect(screenDocument(own, sparse).parts).toEqual([[0, claim.length]]);
    for (let i = 0; i < 8; i++) expect(screenDocument(own, dense).parts).toBe('all');
    // Trusted: the next seven are read whole untested, the eighth is tested.
    for (let i = 0; i < 7; i++) expect(screenDocument(own, sparse).parts).toBe('all');
    expect(screenDocument(own, sparse).parts).toEqual([[0, claim.length]]);
    expect(screenDocument(own, sparse).parts).toEqual([[0, claim.length]]);
    // Read whole or screened, the page's findings are the same.
    const screened = lint(sparse);
    expect(screened.length).toBeGreaterThan(0);
    for (let i = 0; i < 8; i++) lint(dense);
    expect(lint(sparse)).toEqual(screened);
  });

  // At one in eight, the tests were still 2.5% of a dense run.
  it('tests trusted dense copy ever less often while it stays dense, and as often as at first once it is not', () => {
    const own = compiledFor(rulePack, { ...DEFAULT_CONFIG, strict: false });
    expect(own).not.toBe(compiled);
    const claim = 'Our peel erases wrinkles and removes scars for good.';
    const plain = 'The clinic sits on the corner of the high street, near the library and the old station.';
    const dense = Array.from({ length: 30 }, (_, i) => (i % 5 === 4 ? plain : claim)).join('\n\n');
    const sparse = [claim, ...Array.from({ length: 30 }, () => plain)].join('\n\n');
    const screened = [[0, claim.length]];
    /** How many sparse pages are read whole (untested) before one is tested. */
    const untestedBeforeTest = (): number => {
      let n = 0;
      while (screenDocument(own, sparse).parts === 'all') n++;
      return n;
    };
    for (let i = 0; i < 8; i++) screenDocument(own, dense);
    // Two retests find it dense: the gap goes from 8 to 16.
    for (let i = 0; i < 16; i++) expect(screenDocument(own, dense).parts).toBe('all');
    expect(untestedBeforeTest()).toBe(15);
    // The sparse page ended the trust: tested at once, and the gap is 8 again.
    expect(screenDocument(own, sparse).parts).toEqual(screened);
    for (let i = 0; i < 8; i++) screenDocument(own, dense);
    expect(untestedBeforeTest()).toBe(7);
    // Dense for long: gaps of 8, 8, 16, 32 and 64 pages after the eight
    // that earn the trust, and then 64 again, not 128.
    expect(screenDocument(own, sparse).parts).toEqual(screened);
    for (let i = 0; i < 8 + 8 + 8 + 16 + 32 + 64; i++) screenDocument(own, dense);
    expect(untestedBeforeTest()).toBe(63);
  });

  it('always reads documents that carry claimlint directives', () => {
    expect(screenDocument(compiled, '<!-- claimlint-disable -->\nPlain words.').parts !== 'none').toBe(true);
  });

  it('follows user phrases, in any inflection and through markup', () => {
    const config: ResolvedConfig = {
      ...DEFAULT_CONFIG,
      phrases: [{ id: 'house-words', match: ['zorblax glow'], message: 'Say it plainly.' }],
    };
    const withPhrase = compiledFor(rulePack, config);
    expect(screenDocument(compiled, 'A zorblax glow.').parts !== 'none').toBe(false);
    expect(screenDocument(withPhrase, 'A zorblax glow.').parts !== 'none').toBe(true);
    expect(screenDocument(withPhrase, 'A zorb*lax* glows.').parts !== 'none').toBe(true);
    expect(lint('A zorb*lax* glows.', config).map((m) => m.ruleId)).toEqual(['house-words']);
    expect(screenDocument(withPhrase, 'A zorblax.\n\nA glow.').parts !== 'none').toBe(false);
  });

  it('gives up rather than guess on words too tangled to enumerate', () => {
    expect(textKeys('a*b*c*d*e*f*g*h*i')).toBeNull();
  });
});
