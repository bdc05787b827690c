// Issue 21, item 11: a line of tens of megabytes holding one claim at its
// end took minutes, because the screen marked the whole paragraph hot and the
// engine parsed all of it. The guard parses such a paragraph in pieces (its
// top-level blocks, src/markdown/guard.ts) that no sentence spans, so the
// screen marks only the pieces where a match may lie. Work is counted here
// (characters the engine is told to parse), not timed; the results must be
// those of reading everything.
import { describe, expect, it } from 'vitest';
import { rulePack } from '../../rules/index.js';
import { compiledFor } from '../../src/judge/compile.js';
import { lintSource } from '../../src/engine/lint-source.js';
import { READ_ALL } from '../../src/engine/screening.js';
import { screenDocument } from '../../src/screen/prefilter.js';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';
import { GUARD_LIMITS } from '../../src/shared/limits.js';
import { generator } from '../helpers.js';

const compiled = compiledFor(rulePack, DEFAULT_CONFIG);
const FILLER = [
  'The morning light fell across the quiet garden and we walked slowly along the path. ',
  'Our shop opens at nine, and the tea is warm. ',
  'We met the team at the studio; the chairs were blue. ',
  'Read more about our story on the [about page](https://example.com/about). ',
];
const CLAIMS = ['This cream cures acne. ', 'It erases wrinkles overnight. ', 'Stimulates collagen production. ', 'Our balm treats eczema. '];

const hotChars = (text: string): number => {
  const { parts } = screenDocument(compiled, text);
  if (parts === 'all') return text.length;
  if (parts === 'none') return 0;
  return parts.reduce((n, [s, e]) => n + (e - s), 0);
};

const findings = (text: string, screened: boolean) =>
  lintSource(text, { compiled, screening: screened ? screenDocument(compiled, text) : READ_ALL, filePath: 'a.md', syntax: 'markdown' }).messages.map(
    (m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`,
  );

describe('a long paragraph is screened in the guard\'s pieces', () => {
  it('hands the engine one piece of a 2 MB line whose one claim is at its end, not the whole line', () => {
    let line = '';
    while (line.length < 2_000_000) line += FILLER[0];
    const text = `${line}This cream cures acne.\n`;
    expect(hotChars(text)).toBeGreaterThan(0);
    expect(hotChars(text)).toBeLessThanOrEqual(2 * GUARD_LIMITS.maxBlockChars);
    expect(findings(text, true)).toEqual([expect.stringMatching(new RegExp(`^1:${line.length + 12}-.* disease-therapeutic`))]);
  });

  it('hands the engine the pieces of a long multi-line paragraph that hold claims, and no others', () => {
    let text = '';
    for (let i = 0; i < 20_000; i++) text += `${FILLER[i % 3]}${i % 7000 === 7 ? CLAIMS[0] : ''}\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(hotChars(text)).toBeLessThanOrEqual(3 * 2 * GUARD_LIMITS.maxBlockChars);
    // Lines 8, 7008 and 14008 (reading all of this is the random test's job: it is slow).
    expect(findings(text, true).map((f) => f.split(':')[0])).toEqual(['8', '7008', '14008']);
  });

  it('finds what reading everything finds, on long lines with claims anywhere (random)', () => {
    for (let seed = 1; seed <= 3; seed++) {
      const { next, pick } = generator(seed);
      let text = '';
      const size = 100_000 + Math.floor(next() * 100_000);
      while (text.length < size) {
        const r = next();
        text += r < 0.004 ? CLAIMS.map((c) => c).join('') : r < 0.01 ? pick(CLAIMS) : r < 0.012 ? '\n\n' : r < 0.014 ? '\n' : pick(FILLER);
      }
      text += '\n';
      const screened = findings(text, true);
      expect(screened, `seed ${seed}`).toEqual(findings(text, false));
      expect(screened.length, `seed ${seed}`).toBeGreaterThan(0);
    }
  });
});
