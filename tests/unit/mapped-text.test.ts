// The source map kept as runs (src/prose/mapped-text.ts) must say for every
// unit what a pair of arrays, one entry per unit, would: checked against such
// arrays over random sequences of appends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MappedText, SourceMap } from '../../src/prose/mapped-text.js';
import { unitRanges } from '../helpers.js';

type Op = { kind: 'verbatim'; text: string; from: number } | { kind: 'range'; text: string; start: number; end: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('verbatim' as const), text: fc.string({ maxLength: 6 }), from: fc.nat(40) }),
  fc.record({ kind: fc.constant('range' as const), text: fc.string({ maxLength: 3 }), start: fc.nat(40), end: fc.nat(40) }),
);

/** What the map must say: one start and end per unit. */
function naive(ops: readonly Op[]): { text: string; starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const o of ops) {
    text += o.text;
    for (let i = 0; i < o.text.length; i++) {
      if (o.kind === 'verbatim') {
        starts.push(o.from + i);
        ends.push(o.from + i + 1);
      } else {
        starts.push(o.start);
        ends.push(o.end);
      }
    }
  }
  return { text, starts, ends };
}

function build(ops: readonly Op[]): MappedText {
  const m = new MappedText();
  for (const o of ops) {
    if (o.kind === 'verbatim') m.pushVerbatim(o.text, o.from);
    else m.push(o.text, o.start, o.end);
  }
  return m;
}

describe('source maps kept as runs', () => {
  it('map every unit as per-unit arrays would, shifted or not', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), fc.integer({ min: -5, max: 100 }), (ops, delta) => {
        const want = naive(ops);
        const m = build(ops);
        expect(m.text()).toBe(want.text);
        expect(m.length).toBe(want.text.length);
        expect(unitRanges(m.map())).toEqual({ starts: want.starts, ends: want.ends });
        for (let i = 0; i < m.length; i++) {
          expect(m.startAt(i)).toBe(want.starts[i]);
          expect(m.endAt(i)).toBe(want.ends[i]);
        }
        // Source offsets are never negative: a delta that would make one so is no case to test.
        if ([...want.starts, ...want.ends].every((s) => s + delta >= 0)) {
          expect(unitRanges(m.map(delta))).toEqual({ starts: want.starts.map((s) => s + delta), ends: want.ends.map((e) => e + delta) });
          expect(unitRanges(m.map().shifted(delta))).toEqual(unitRanges(m.map(delta)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps text that goes on where the source does in one run', () => {
    const m = new MappedText();
    m.pushVerbatim('Our ', 10);
    m.pushVerbatim('serum', 14);
    m.push('&', 19, 24);
    m.pushVerbatim(' more', 24);
    expect(m.text()).toBe('Our serum& more');
    expect(unitRanges(m.map())).toEqual({
      starts: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 24, 25, 26, 27, 28],
      ends: [11, 12, 13, 14, 15, 16, 17, 18, 19, 24, 25, 26, 27, 28, 29],
    });
  });

  it('reads per-character offsets, breaks and all', () => {
    const map = SourceMap.fromOffsets([3, 4, 5, 9, 10, 2]);
    expect(unitRanges(map)).toEqual({ starts: [3, 4, 5, 9, 10, 2], ends: [4, 5, 6, 10, 11, 3] });
    expect(SourceMap.fromOffsets([]).length).toBe(0);
    // Outside the text, no range: NaN, as an array's missing entry read.
    for (const i of [-1, 6, 7]) {
      expect(map.startAt(i)).toBeNaN();
      expect(map.endAt(i)).toBeNaN();
    }
    expect(SourceMap.fromOffsets([]).startAt(0)).toBeNaN();
  });

  it('leaves a map it was made from as it was', () => {
    const m = new MappedText();
    m.pushVerbatim('ab', 0);
    const before = m.map();
    m.pushVerbatim('cd', 2);
    m.push('e', 7, 9);
    expect(before.length).toBe(2);
    expect(unitRanges(before)).toEqual({ starts: [0, 1], ends: [1, 2] });
    expect(before.shifted(5).startAt(1)).toBe(6);
    expect(before.startAt(1)).toBe(1);
  });
});
