// --concurrency auto starts worker threads only where cores are free: the
// arithmetic, on readings of our own making (the machine's are never the same twice).
import { describe, expect, it } from 'vitest';
import { cpuTimes, freeCores, usableThreads } from '../../src/run/idle-cores.js';

describe('free cores', () => {
  it('are the cores less the share of their time other processes were busy', () => {
    // 2 cores for 200 ms each: this process busy on one (and a little on the
    // other: V8 compiling beside it), the rest idle.
    expect(freeCores({ idle: 1000, busy: 5000, own: 0 }, { idle: 1150, busy: 5250, own: 250 }, 2)).toBeCloseTo(2);
    // Another process busy on the second core all the while.
    expect(freeCores({ idle: 1000, busy: 5000, own: 0 }, { idle: 1000, busy: 5400, own: 200 }, 2)).toBeCloseTo(1);
    // Two others sharing both cores with this one.
    expect(freeCores({ idle: 1000, busy: 5000, own: 0 }, { idle: 1000, busy: 5400, own: 130 }, 2)).toBeCloseTo(0.65);
  });

  it('are not told from readings too close together', () => {
    expect(freeCores({ idle: 1000, busy: 5000, own: 0 }, { idle: 1010, busy: 5030, own: 20 }, 2)).toBeUndefined();
  });

  it('read the machine: readings only grow', () => {
    const a = cpuTimes();
    const b = cpuTimes();
    expect(b.idle).toBeGreaterThanOrEqual(a.idle);
    expect(b.busy).toBeGreaterThanOrEqual(a.busy);
    expect(b.own).toBeGreaterThanOrEqual(a.own);
  });
});

describe('threads worth running', () => {
  it('are the free cores, one free half the time counting, never more than wanted', () => {
    expect(usableThreads(2, 2)).toBe(2);
    expect(usableThreads(1.6, 2)).toBe(2);
    expect(usableThreads(1.4, 2)).toBe(1);
    expect(usableThreads(0.65, 2)).toBe(1);
    expect(usableThreads(8, 4)).toBe(4);
  });

  it('are all that were wanted when the machine could not be read', () => {
    expect(usableThreads(undefined, 2)).toBe(2);
  });
});
