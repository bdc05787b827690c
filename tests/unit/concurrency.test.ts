// --concurrency as options and counts; the same report on worker threads is
// an end-to-end test (tests/e2e/concurrency.test.ts): the workers are the built bundle.
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { AUTO_MIN_FILES, parseConcurrency, restWorthThreads, THREADS_WORTH_MS, threadCount } from '../../src/run/concurrency-option.js';

describe('concurrency', () => {
  it('uses threads under auto only for many files on several cores', () => {
    expect(threadCount('auto', AUTO_MIN_FILES - 1, () => 8)).toBe(0);
    expect(threadCount('auto', 2800, () => 2)).toBe(2);
    expect(threadCount('auto', 2800, () => 1)).toBe(0);
    expect(threadCount('auto', 250, () => 16)).toBe(5);
    expect(threadCount('off', 2800, () => 8)).toBe(0);
    expect(threadCount(3, 2800, () => 1)).toBe(0);
    expect(threadCount(1000, 300, () => 2)).toBe(2);
    expect(threadCount(3, 2800, () => 8)).toBe(3);
    expect(threadCount(4, 2, () => 8)).toBe(2);
    expect(threadCount(1, 100, () => 8)).toBe(0);
  });

  it('shares the rest of an auto run with threads only when it is long at the pace of the probe\'s last files', () => {
    // A slow first file (the engine loading), then a file every 10 ms.
    const doneAt = [400, ...Array.from({ length: 60 }, (_, i) => 410 + 10 * i)];
    // 10 ms a file, not the probe's average of about 16.
    expect(restWorthThreads(doneAt, THREADS_WORTH_MS / 10)).toBe(true);
    expect(restWorthThreads(doneAt, THREADS_WORTH_MS / 10 - 1)).toBe(false);
    // One file longer than the window: its own time is the pace.
    expect(restWorthThreads([100, 900], THREADS_WORTH_MS / 800)).toBe(true);
    expect(restWorthThreads([100, 900], THREADS_WORTH_MS / 800 - 1)).toBe(false);
    // The first file (the engine loading) is not counted while later ones can be.
    expect(restWorthThreads([800, 860, 920, 980, 1040], THREADS_WORTH_MS / 60)).toBe(true);
    expect(restWorthThreads([800, 860, 920, 980, 1040], THREADS_WORTH_MS / 60 - 1)).toBe(false);
    // One file, the whole probe.
    expect(restWorthThreads([1000], THREADS_WORTH_MS / 1000)).toBe(true);
    // A margin raises the bar, for a pace read before the code is warm.
    expect(restWorthThreads(doneAt, (5 * THREADS_WORTH_MS) / 10, 5)).toBe(true);
    expect(restWorthThreads(doneAt, (5 * THREADS_WORTH_MS) / 10 - 1, 5)).toBe(false);
    expect(restWorthThreads([], 10_000)).toBe(false);
    expect(restWorthThreads([10, 20], 0)).toBe(false);
  });

  it('parses --concurrency values and refuses others', () => {
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('off')).toBe('off');
    expect(parseConcurrency('3')).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'many', '']) expect(() => parseConcurrency(bad)).toThrow(/--concurrency/);
  });

  it('exits 2 with a one-line message for a bad --concurrency', async () => {
    let stderr = '';
    const io: CliIO = { stdout: () => {}, stderr: (s) => (stderr += s), cwd: tmpdir(), env: {}, isTTY: false };
    expect(await main(['--concurrency', 'lots'], io)).toBe(2);
    expect(stderr.trim().split('\n')[0]).toBe('claimlint: --concurrency: expected a positive whole number, "auto" or "off", got "lots"');
  });

});
