import { describe, expect, it } from 'vitest';
import type { Need, PatternNeeds } from '../../src/match/matcher.js';
import { NeedTable } from '../../src/screen/patterns-met.js';

const pattern = (n: number, needs: Need[], anchor?: string[]): PatternNeeds => ({ pattern: n, needs, span: 8, comma: false, ...(anchor ? { anchor } : {}) });
const anchorOf = (p: PatternNeeds) => p.anchor ?? [p.needs[0]![0]![0]!];
const ids = (found: PatternNeeds[]) => found.map((p) => p.pattern);

/** What the table must answer, asked the slow way. */
function reference(patterns: PatternNeeds[], keys: Set<string>, one = false): number[] {
  const out: number[] = [];
  for (const key of keys) {
    for (const p of patterns) {
      if (!p.needs.every((need) => need.some((entry) => entry.every((k) => keys.has(k))))) continue;
      // Indexed under each of its anchor keys, as often as the key is there.
      for (const anchor of anchorOf(p)) {
        if (anchor !== key) continue;
        out.push(p.pattern);
        if (one) return out;
      }
    }
  }
  return out;
}

// Each case is asked of a table asking each need (a short run's) and of one
// with its index made from the first call (a long run's).
describe.each([
  ['asking each need', undefined],
  ['indexed by key', 0],
])('NeedTable, %s', (_name, buildAfter) => {
  const make = (patterns: PatternNeeds[], anchor: (p: PatternNeeds) => readonly string[]) => new NeedTable(patterns, anchor, buildAfter);
  const conditions: Need = [['acne'], ['sun', 'damage'], ['fine', 'line']];
  const verbs: Need = [['cure'], ['get', 'rid']];
  const patterns = [pattern(0, [verbs, conditions], ['cure', 'get']), pattern(1, [[['clinically']], [['prove']]]), pattern(2, [conditions, [['gone']]], ['gone'])];
  const table = make(patterns, anchorOf);

  it('meets a need by a whole entry, of one word or several', () => {
    expect(ids(table.met(new Set(['cure', 'acne'])))).toEqual([0]);
    expect(ids(table.met(new Set(['get', 'rid', 'sun', 'damage'])))).toEqual([0]);
    expect(ids(table.met(new Set(['gone', 'fine', 'line'])))).toEqual([2]);
  });

  it('does not take part of an entry for the entry', () => {
    expect(ids(table.met(new Set(['get', 'acne'])))).toEqual([]);
    expect(ids(table.met(new Set(['cure', 'sun'])))).toEqual([]);
    expect(ids(table.met(new Set(['cure', 'damage'])))).toEqual([]);
  });

  it('finds a pattern only through its anchor', () => {
    // A pattern is a candidate only when the keys hold one of its anchors:
    // every need of pattern 4 is met, but its anchor is not among the keys.
    const p = pattern(3, [[['acne']], [['gone']]], ['gone']);
    const t = make([p], anchorOf);
    expect(ids(t.met(new Set(['acne', 'gone'])))).toEqual([3]);
    expect(ids(make([pattern(4, [[['acne']], [['gone']]], ['zzz'])], anchorOf).met(new Set(['acne', 'gone'])))).toEqual([]);
  });

  it('forgets what one call met before the next', () => {
    expect(ids(table.met(new Set(['cure', 'acne'])))).toEqual([0]);
    expect(ids(table.met(new Set(['cure'])))).toEqual([]);
    expect(ids(table.met(new Set(['clinically', 'prove'])))).toEqual([1]);
    expect(ids(table.met(new Set(['prove'])))).toEqual([]);
  });

  it('lists patterns in the order of the keys, then of the patterns, and stops at the first with `one`', () => {
    const keys = new Set(['gone', 'acne', 'cure', 'clinically', 'prove']);
    expect(ids(table.met(keys))).toEqual([2, 0, 1]);
    expect(ids(table.met(keys, true))).toEqual([2]);
  });

  it('meets a need with an entry of no words whatever the keys', () => {
    const t = make([pattern(5, [[['cure']], [[], ['acne']]], ['cure'])], anchorOf);
    expect(ids(t.met(new Set(['cure'])))).toEqual([5]);
  });

  it('answers as the slow way does on random needs and keys', () => {
    // A seeded generator (xorshift, in 32-bit integer steps): the same cases every run.
    let seed = 0x9e3779b9;
    const rand = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const words = Array.from({ length: 14 }, (_, i) => `w${i}`);
    const entry = () => Array.from({ length: 1 + rand(3) }, () => words[rand(words.length)]!);
    const lists: Need[] = Array.from({ length: 8 }, () => Array.from({ length: 1 + rand(4) }, entry));
    const many = Array.from({ length: 30 }, (_, n) => {
      const needs = Array.from({ length: 1 + rand(3) }, () => lists[rand(lists.length)]!);
      return pattern(n, needs, rand(3) === 0 ? [words[rand(words.length)]!, words[rand(words.length)]!] : undefined);
    });
    const t = make(many, anchorOf);
    let found = 0;
    for (let c = 0; c < 400; c++) {
      const keys = new Set(Array.from({ length: rand(9) }, () => words[rand(words.length)]!));
      const want = reference(many, keys);
      found += want.length;
      expect(ids(t.met(keys))).toEqual(want);
      expect(ids(t.met(keys, true))).toEqual(reference(many, keys, true));
    }
    // The cases are not all empty answers, nor all one kind of need.
    expect(found).toBeGreaterThan(100);
    expect(lists.some((need) => need.length > 1 && need.some((e) => e.length > 1))).toBe(true);
    expect(new Set(many.flatMap((p) => p.needs)).size).toBeGreaterThan(4);
  });
});

it('NeedTable makes its index once a run has asked enough, and answers the same across the switch', () => {
  const p = pattern(0, [[['cure']], [['acne'], ['sun', 'damage']]], ['cure']);
  const t = new NeedTable([p], anchorOf, 6);
  const ask = (i: number) => ids(t.met(new Set(i % 2 ? ['cure', 'sun'] : ['cure', 'sun', 'damage'])));
  const index = () => (t as unknown as { index: unknown }).index;
  expect(Array.from({ length: 6 }, (_, i) => ask(i))).toEqual([[0], [], [0], [], [0], []]);
  expect(index()).toBeUndefined();
  expect(Array.from({ length: 6 }, (_, i) => ask(i))).toEqual([[0], [], [0], [], [0], []]);
  expect(index()).toBeDefined();
});

it("NeedTable's index forgets its marks when their counter wraps round", () => {
  const t = new NeedTable([pattern(0, [[['cure']], [['acne']]], ['cure'])], anchorOf, 0);
  expect(ids(t.met(new Set(['cure', 'acne'])))).toEqual([0]);
  // The next calls are the counter's last before it wraps, and the first after.
  (t as unknown as { index: { call: number } }).index.call = 0xfffffffe;
  expect(ids(t.met(new Set(['cure', 'acne'])))).toEqual([0]);
  expect(ids(t.met(new Set(['cure'])))).toEqual([]);
  expect(ids(t.met(new Set(['cure'])))).toEqual([]);
  expect(ids(t.met(new Set(['cure', 'acne'])))).toEqual([0]);
});
