// --concurrency as options and counts; the same report on worker threads is
// an end-to-end test (tests/e2e/concurrency.test.ts): the workers are the built bundle.
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { AUTO_MIN_FILES, parseConcurrency, threadCount } from '../../src/run/concurrency-option.js';

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
