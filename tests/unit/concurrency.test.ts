// --concurrency as options and counts; the same report on worker threads is
// an end-to-end test (tests/e2e/concurrency.test.ts): the workers are the built bundle.
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { AUTO_MIN_FILES, PACE_FILES, WORKER_START_MS, parseConcurrency, threadCount, workersToStart } from '../../src/run/concurrency-option.js';

describe('concurrency', () => {
  it('uses threads under auto only for many files on several cores', () => {
    expect(threadCount('auto', AUTO_MIN_FILES - 1, () => 8)).toBe(0);
    expect(threadCount('auto', 2800, () => 2)).toBe(2);
    expect(threadCount('auto', 2800, () => 1)).toBe(0);
    expect(threadCount('auto', 250, () => 16)).toBe(5);
    expect(threadCount('auto', AUTO_MIN_FILES, () => 2)).toBe(2);
    expect(threadCount('off', 2800, () => 8)).toBe(0);
    expect(threadCount(3, 2800, () => 1)).toBe(0);
    expect(threadCount(1000, 300, () => 2)).toBe(2);
    expect(threadCount(3, 2800, () => 8)).toBe(3);
    expect(threadCount(4, 2, () => 8)).toBe(2);
    expect(threadCount(1, 100, () => 8)).toBe(0);
  });

  it('starts workers under auto only once the pace says the work left pays for them', () => {
    // Dense pages at about 36 ms each: after the pace files, 190 left is
    // about 6.8 s on this thread, worth the worker.
    const dense = { linted: PACE_FILES, ms: PACE_FILES * 36, left: 190, workers: 0 };
    expect(workersToStart(dense, 1)).toBe(1);
    expect(workersToStart(dense, 7)).toBe(7);
    // No judgement before the pace files, however slow the first were.
    expect(workersToStart({ ...dense, linted: PACE_FILES - 1 }, 1)).toBe(0);
    // Documentation the prefilter skips, at about 1 ms a file: 2,000 files
    // left is 2 s, over three start-ups (1.8 s); at 0.8 ms a file, 1.6 s, not.
    expect(workersToStart({ linted: 10, ms: 10, left: 2000, workers: 0 }, 1)).toBe(1);
    expect(workersToStart({ linted: 10, ms: 8, left: 2000, workers: 0 }, 1)).toBe(0);
    // The threshold is three start-ups of the work left, shared with the
    // workers already running.
    const at = (left: number, workers: number) => workersToStart({ linted: 10, ms: 100, left, workers }, 3);
    expect(at((3 * WORKER_START_MS) / 10, 0)).toBe(3);
    expect(at((3 * WORKER_START_MS) / 10 - 1, 0)).toBe(0);
    expect(at((2 * 3 * WORKER_START_MS) / 10, 1)).toBe(2);
    expect(at((2 * 3 * WORKER_START_MS) / 10 - 1, 1)).toBe(0);
    // Never more than the most, nothing when all are running or nothing is left.
    expect(at(10_000, 3)).toBe(0);
    expect(at(0, 0)).toBe(0);
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
