import { describe, expect, it } from 'vitest';
import { MAX_RUN, RunTable } from '../../src/screen/run-cache.js';

describe('RunTable', () => {
  it('finds a run by its place in a larger text, and tells a miss from a stored null', () => {
    const t = new RunTable<string[] | null>(2, 4);
    t.set('wrinkles', ['wrinkl']);
    t.set('a*b*c', null);
    const text = 'it erases wrinkles and a*b*c';
    expect(t.get(text, 10, 18)).toEqual(['wrinkl']);
    expect(t.get(text, 23, 28)).toBeNull();
    expect(t.get(text, 3, 9)).toBeUndefined();
    expect(t.get('wrinkle', 0, 7)).toBeUndefined();
  });

  it('grows to its largest size keeping what it holds, then starts over', () => {
    const t = new RunTable<number>(2, 6);
    for (let i = 0; i < 44; i++) t.set(`w${i}`, i);
    // 64 slots, 70% full after 44 runs: all still there.
    for (let i = 0; i < 44; i++) expect(t.get(`w${i}`, 0, `w${i}`.length)).toBe(i);
    t.set('w44', 44);
    t.set('w45', 45);
    expect(t.get('w0', 0, 2)).toBeUndefined();
    expect(t.get('w45', 0, 3)).toBe(45);
  });

  it('does not keep long runs', () => {
    const t = new RunTable<number>();
    const long = 'x'.repeat(MAX_RUN + 1);
    t.set(long, 1);
    expect(t.get(long, 0, long.length)).toBeUndefined();
  });
});
