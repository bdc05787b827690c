// --concurrency auto starts worker threads only where cores are idle: the
// arithmetic, on readings of our own making (the machine's are never the same twice).
import { describe, expect, it } from 'vitest';
import { cpuTimes, idleCores, usableThreads } from '../../src/run/idle-cores.js';

describe('idle cores', () => {
  it('are the share of all cores\u2019 time spent idle between two readings', () => {
    // 2 cores for 200 ms each: one busy all the time (this thread), one idle.
    expect(idleCores({ idle: 1000, busy: 5000 }, { idle: 1200, busy: 5200 }, 2)).toBeCloseTo(1);
    // The second core busy with other work as well.
    expect(idleCores({ idle: 1000, busy: 5000 }, { idle: 1010, busy: 5390 }, 2)).toBeCloseTo(0.05);
  });

  it('are not told from readings too close together', () => {
    expect(idleCores({ idle: 1000, busy: 5000 }, { idle: 1010, busy: 5030 }, 2)).toBeUndefined();
  });

  it('read the machine: readings only grow', () => {
    const a = cpuTimes();
    const b = cpuTimes();
    expect(b.idle).toBeGreaterThanOrEqual(a.idle);
    expect(b.busy).toBeGreaterThanOrEqual(a.busy);
  });
});

describe('threads worth running', () => {
  it('are this thread and the idle cores, never more than wanted', () => {
    expect(usableThreads(1, 2)).toBe(2);
    expect(usableThreads(0.8, 2)).toBe(2);
    expect(usableThreads(0.6, 2)).toBe(2);
    expect(usableThreads(0.4, 2)).toBe(1);
    expect(usableThreads(0.05, 2)).toBe(1);
    expect(usableThreads(7, 4)).toBe(4);
  });

  it('are all that were wanted when the machine could not be read', () => {
    expect(usableThreads(undefined, 2)).toBe(2);
  });
});
