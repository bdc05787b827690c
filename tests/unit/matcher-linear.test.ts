// Issue 21, item 3: user phrases must not take exponential time. The matcher
// walks each (pattern state, token) pair at most once per start, so its work
// grows linearly with the sentence for any pattern; patterns that would make
// even that constant factor absurd are refused when the config is read.
// Work is counted in matcher steps, never in wall time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher, phraseKeys, type MatchStats, type WordList } from '../../src/match/matcher.js';
import { parsePattern, type PatternElement } from '../../src/match/pattern.js';
import { tokenize, type Token } from '../../src/text/sentences.js';
import { runCli, tempRepo } from '../cli-run.js';

const LISTS: WordList[] = [
  { id: 'tone', entries: ['glow', 'glow bright', 'firm', 'soft skin'] },
  // A list that takes any number as well as its words.
  { id: 'amount', entries: ['{number}', 'two', 'a few'] },
];
const NUMBER = /^\d[\d.,]*(?:st|nd|rd|th|x)?$/;

/** A list's entries as word keys (numbers aside), and whether it takes a number. */
function listEntries(id: string): { keys: string[][]; numeric: boolean } {
  if (id === 'number') return { keys: [], numeric: true };
  const entries = LISTS.find((l) => l.id === id)!.entries.map(String);
  return { keys: entries.filter((e) => e !== '{number}').map((p) => phraseKeys(p)), numeric: entries.includes('{number}') };
}
const STOP = new Set(['and']);

function tokens(text: string): Token[] {
  return tokenize(text, 0, text.length);
}

/** Elements and the most tokens a match can span: the bound's two factors. */
function size(elements: readonly PatternElement[]): { elements: number; span: number } {
  let span = 0;
  for (const e of elements) {
    if (e.kind === 'gap') span += e.max;
    else if (e.kind === 'list') span += Math.max(1, ...listEntries(e.list).keys.map((k) => k.length));
    else if (e.kind === 'alt') span += Math.max(...e.alternatives.map((a) => phraseKeys(a).length));
  }
  return { elements: elements.length, span };
}

/** Linear in the tokens: each start expands each (element, position, punctuation allowed)
 * state once, and each expansion tries at most span + 3 ways on. */
function bound(elements: readonly PatternElement[], n: number): number {
  const { elements: e, span: s } = size(elements);
  return 3 * (e + 1) * (s + 1) * (s + 3) * n + n;
}

function steps(pattern: string, text: string): { steps: number; n: number; matches: number } {
  const m = new Matcher(LISTS, 0);
  m.add(pattern);
  const stats: MatchStats = { steps: 0 };
  const t = tokens(text);
  const matches = m.match(t, stats).length;
  return { steps: stats.steps, n: t.length, matches };
}

/** The matches' (pattern, start, end), worked out the slow and obvious way. */
function reference(patterns: readonly PatternElement[][], t: readonly Token[]): Set<string> {
  const out = new Set<string>();
  // `comma`: 0 nothing, 1 a comma may stand before the token, 2 a label's colon or dash must.
  const canFollow = (tok: Token, comma: number) => (comma === 2 ? tok.hardBreakBefore && tok.labelBefore === true : !tok.hardBreakBefore && (comma === 1 || !tok.commaBefore));
  const entries = (e: PatternElement & { kind: 'list' | 'alt' }) => (e.kind === 'list' ? listEntries(e.list).keys : e.alternatives.map((p) => phraseKeys(p)));
  const go = (p: number, els: readonly PatternElement[], i: number, start: number, pos: number, comma: number): void => {
    if (i === els.length) {
      out.add(`${p}:${start}:${pos}`);
      return;
    }
    const e = els[i]!;
    const open = pos === start || (pos < t.length && canFollow(t[pos]!, comma));
    if (e.kind === 'comma') return go(p, els, i + 1, start, pos, 1);
    if (e.kind === 'colon') return go(p, els, i + 1, start, pos, 2);
    if (e.kind === 'gap') {
      for (let k = 0; k <= e.max && pos + k <= t.length; k++) {
        if (k > 0 && (!canFollow(t[pos + k - 1]!, k === 1 ? comma : 0) || STOP.has(t[pos + k - 1]!.norm))) break;
        go(p, els, i + 1, start, pos + k, k === 0 ? comma : 0);
      }
      return;
    }
    if (open) {
      if (e.kind === 'list' && listEntries(e.list).numeric && pos < t.length && NUMBER.test(t[pos]!.norm)) go(p, els, i + 1, start, pos + 1, 0);
      for (const keys of entries(e)) {
        let ok = pos + keys.length <= t.length;
        for (let j = 0; ok && j < keys.length; j++) ok = t[pos + j]!.key === keys[j] && (j === 0 || canFollow(t[pos + j]!, 0));
        if (ok) go(p, els, i + 1, start, pos + keys.length, 0);
      }
    }
    if (e.optional) go(p, els, i + 1, start, pos, comma);
  };
  patterns.forEach((els, p) => {
    for (let s = 0; s < t.length; s++) go(p, els, 0, s, s, 0);
  });
  return out;
}

describe('the matcher', () => {
  // "dramatic, natural-looking results": a comma the pattern allows may stand
  // before the words a gap skips, as before the next word.
  it('lets a comma the pattern allows stand before a gap', () => {
    expect(steps('firm , ~2 glow', 'firm, smooth glow').matches).toBe(1);
    expect(steps('firm , ~2 glow', 'firm, glow').matches).toBe(1);
    expect(steps('firm ~2 glow', 'firm, smooth glow').matches).toBe(0);
    expect(steps('firm , ~2 glow', 'firm smooth, glow').matches).toBe(0);
  });

  // Patterns that start with a number are many (prices, percentages, "3x
  // faster"): a word that is no number and starts no pattern costs no step.
  it('starts a walk only at a number or a word some pattern can start with', () => {
    const words = 'soft skin that looks firm and bright '.repeat(20);
    expect(steps('{number} ~1 firm', words).steps).toBe(0);
    expect(steps('[very] {amount} glow', words).steps).toBe(0);
    expect(steps('{number} ~1 firm', `${words} 40 firm`)).toMatchObject({ matches: 1 });
    expect(steps('{amount} glow', 'a few glow and two glow').matches).toBe(2);
  });

  // A view of a list (src/text/enumerations.ts) is matched only from where a
  // match can still reach the item it moved.
  it('starts no walk at or past a given token', () => {
    const m = new Matcher(LISTS);
    m.add('firm ~1 glow');
    const t = tokens('firm glow and firm glow and firm glow');
    const all: MatchStats = { steps: 0 };
    const early: MatchStats = { steps: 0 };
    expect(m.match(t, all).map((x) => x.start)).toEqual([0, 3, 6]);
    expect(m.match(t, early, 4).map((x) => x.start)).toEqual([0, 3]);
    expect(early.steps).toBeLessThan(all.steps);
  });

  // On claim-dense copy most walks began at a word some pattern starts with
  // and found nothing, for want of a word the pattern needs further on.
  it('walks no further than the start where a word every pattern past it needs is missing', () => {
    const text = 'firm soft skin, firm and bright skin. '.repeat(10);
    const m = new Matcher(LISTS, 0);
    m.add('firm ~4 glow');
    m.add('firm ~2 [{tone}] {amount} glow');
    m.add('bright skin [{amount}] glow');
    const t = tokens(text);
    const starts = t.filter((x) => x.norm === 'firm' || x.norm === 'bright').length;
    const without: MatchStats = { steps: 0 };
    expect(m.match(t, without)).toEqual([]);
    expect(without.steps).toBe(starts);
    // The word each needs, anywhere in the text, opens the walk again.
    const found: MatchStats = { steps: 0 };
    const withGlow = tokens(`${text}Firm glow, bright skin 12 glow and firm soft two glow.`);
    expect(m.match(withGlow, found).map((x) => x.pattern)).toEqual([0, 2, 0, 1]);
    expect(found.steps).toBeGreaterThan(2 * starts);
  });

  // The settings allow some 140,000 phrases: their patterns under one first
  // word once overflowed the stack when the gates were built (they were
  // spread into push()'s arguments).
  it('builds its gates over a matcher of many phrases that share a first word', () => {
    const m = new Matcher([], 0);
    for (let i = 0; i < 140_000; i++) m.addPhrase(`our serum w${i}`);
    expect(m.match(tokens('Our serum w5 glows.')).map((x) => x.pattern)).toEqual([5]);
  });

  // A pattern refused part way (an unknown list) must not leave the gates
  // blind to the nodes it made.
  it('keeps matching after a pattern is refused once its gates are built', () => {
    const m = new Matcher(LISTS, 0);
    m.add('firm ~2 glow');
    expect(m.match(tokens('firm glow')).length).toBe(1);
    expect(() => m.add('firm ~2 {tone} {missing}')).toThrow('unknown word list {missing}');
    expect(m.match(tokens('firm soft skin glow')).map((x) => x.pattern)).toEqual([0]);
    expect(m.match(tokens('firm bright glow')).map((x) => x.pattern)).toEqual([0]);
  });

  // Building the gates reads every list's first words: a run over a page or
  // two would pay more for that than it saves, so by default they are built
  // once the tokens matched outnumber those words several times over.
  it('builds its gates only once the tokens it has matched make them worth it', () => {
    const m = new Matcher(LISTS);
    m.add('firm ~4 glow');
    const t = tokens('firm soft skin, firm and bright skin.');
    const first: MatchStats = { steps: 0 };
    m.match(t, first);
    expect(first.steps).toBeGreaterThan(2);
    for (let i = 0; i < 20; i++) m.match(t);
    const later: MatchStats = { steps: 0 };
    m.match(t, later);
    expect(later.steps).toBe(2);
  });

  it('stays linear on twenty optional words before a word (it took seconds, and forty never finished)', () => {
    for (const k of [16, 20, 23]) {
      const pattern = `${Array.from({ length: k }, () => '[very]').join(' ')} glow`;
      const r = steps(pattern, `${'very '.repeat(k)}glow`);
      expect(r.steps, `${k} optional words`).toBeLessThanOrEqual(bound(parsePattern(pattern), r.n));
      expect(r.matches).toBeGreaterThan(0);
    }
    expect(() => new Matcher(LISTS).add(`${'[very] '.repeat(40)}glow`)).toThrow('the pattern has 41 elements; a pattern may have at most 24');
  });

  it('stays linear on gaps in a row and optional lists, however long the sentence', () => {
    const pattern = 'firm ~4 [{tone}] ~4 [{tone}] ~4 [{tone}] ~4 soft';
    for (const n of [10, 100, 1000]) {
      const r = steps(pattern, `firm ${'glow '.repeat(n)}soft`);
      expect(r.steps, `${n} words`).toBeLessThanOrEqual(bound(parsePattern(pattern), r.n));
    }
  });

  it('holds the linear bound, and finds exactly the matches a plain search finds, for random patterns and sentences', () => {
    const word = fc.constantFrom('glow', 'bright', 'firm', 'soft', 'skin', 'very');
    const element = fc.oneof(
      word,
      word.map((w) => `[${w}]`),
      fc.tuple(word, word, word).map(([a, b, c]) => `(${a}|${b} ${c})`),
      fc.tuple(word, word).map(([a, b]) => `[(${a}|${b})]`),
      fc.constant('{tone}'),
      fc.constant('[{tone}]'),
      fc.constant('{number}'),
      fc.constant('[{amount}]'),
      fc.constant('{amount}'),
      fc.integer({ min: 1, max: 4 }).map((k) => `~${k}`),
      fc.constant(','),
      fc.constant(':'),
    );
    const pattern = fc.array(element, { minLength: 1, maxLength: 12 }).map((els) => els.join(' '));
    const sentence = fc
      .array(fc.tuple(fc.constantFrom('glow', 'bright', 'firm', 'soft', 'skin', 'very', 'and', '12', '40th', 'two', 'a', 'few'), fc.constantFrom(' ', ' ', ' ', ', ', '; ', ': ', ' - ')), { minLength: 1, maxLength: 60 })
      .map((ws) => ws.map(([w, sep]) => w + sep).join('').trim());
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), sentence, (sources, text) => {
        // Gated from the first call: the gates must never hide a match.
        const m = new Matcher(LISTS, 0);
        const parsed: PatternElement[][] = [];
        for (const source of sources) {
          try {
            m.add(source);
            parsed.push(parsePattern(source));
          } catch {
            // refused at load (a gap or comma at an end, nothing required): not matched
          }
        }
        fc.pre(parsed.length > 0);
        const t = tokens(text);
        const stats: MatchStats = { steps: 0 };
        const found = new Set(m.match(t, stats).map((x) => `${x.pattern}:${x.start}:${x.end}`));
        const limit = parsed.reduce((sum, els) => sum + bound(els, t.length), 0);
        expect(stats.steps).toBeLessThanOrEqual(limit);
        expect([...found].sort()).toEqual([...reference(parsed, t)].sort());
      }),
      { numRuns: Number(process.env['CLAIMLINT_PROPERTY_RUNS'] ?? 300) },
    );
  });
});

describe('patterns refused when the config is read', () => {
  const refused: Array<[string, string]> = [
    ['[very] [much]', 'invalid pattern: "[very] [much]" has no word that must be there (every element is optional)'],
    ['glow ~12 skin', 'invalid pattern: "glow ~12 skin" has a gap of 12 words; gaps may be at most ~8'],
    [Array.from({ length: 30 }, () => 'glow').join(' ') + ' {concern}', 'invalid pattern: the pattern has 31 elements; a pattern may have at most 24'],
  ];
  for (const [source, message] of refused) {
    it(`refuses ${source.slice(0, 30)} with a one-line error`, async () => {
      const dir = await tempRepo({
        'a.md': 'Glowing skin.\n',
        'claimlint.config.json': JSON.stringify({ phrases: [{ id: 'team/x', match: [source], message: 'm' }] }),
      });
      const run = await runCli(['a.md'], dir);
      expect(run.stderr).toBe(`claimlint: claimlint.config.json:1:37: phrases[0].match[0]: ${message}\n`);
      expect(run.code).toBe(2);
    });
  }
});
