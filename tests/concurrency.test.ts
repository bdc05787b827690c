import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../src/cli/main.js';
import { AUTO_MIN_FILES, parseConcurrency, threadCount } from '../src/run/concurrency-option.js';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '..', 'bin', 'claimlint.js');

describe('concurrency', () => {
  it('uses threads under auto only for many files on several cores', () => {
    expect(threadCount('auto', AUTO_MIN_FILES - 1, () => 8)).toBe(0);
    expect(threadCount('auto', 2800, () => 2)).toBe(2);
    expect(threadCount('auto', 2800, () => 1)).toBe(0);
    expect(threadCount('auto', 250, () => 16)).toBe(5);
    expect(threadCount('off', 2800, () => 8)).toBe(0);
    expect(threadCount(3, 2800, () => 1)).toBe(3);
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

  it('gives the same report, in the same order, on worker threads as on one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-threads-'));
    const lines = ['It erases wrinkles.', 'Plain words only.', 'Stimulates collagen production.', 'We cannot guarantee results.'];
    for (let i = 0; i < 40; i++) await writeFile(path.join(dir, `f${String(i).padStart(2, '0')}.md`), `${lines[i % 4]}\n\n${lines[(i + 1) % 4]}\n`);
    await writeFile(path.join(dir, 'binary.md'), Buffer.from([0, 1, 2, 3]));
    const report = async (concurrency: string) => {
      const r = await run(process.execPath, [bin, '.', '-f', 'json', '--concurrency', concurrency], { cwd: dir }).catch((e) => e);
      return { code: r.code ?? 0, stdout: r.stdout as string, stderr: r.stderr as string };
    };
    const one = await report('off');
    const three = await report('3');
    expect(one.code).toBe(2);
    expect(three).toEqual(one);
    expect((JSON.parse(three.stdout) as unknown[]).length).toBe(41);
  });
});
