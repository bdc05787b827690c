// Worker threads run the built worker bundle, so this runs the built CLI.
// The option parsing and thread counts are unit tests (tests/unit/concurrency.test.ts).
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from '../cli-helpers.js';

const run = promisify(execFile);
const bin = path.join(root, 'bin', 'claimlint.js');

describe('concurrency', () => {
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

  // Under auto this thread lints the first files while it reads how busy the
  // machine is, and the rest go to threads or stay here: the report is the
  // same either way, in order.
  it('gives the same report under auto, for a run long enough to use threads', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-auto-'));
    const lines = ['It erases wrinkles for good.', 'Plain words only, about the car park.', 'Our peel stimulates collagen production.', 'Results in just 7 days, guaranteed.'];
    const page = (i: number) => Array.from({ length: 12 }, (_, k) => lines[(i + k) % 4]).join('\n\n');
    for (let i = 0; i < 320; i++) await writeFile(path.join(dir, `f${String(i).padStart(3, '0')}.md`), `${page(i)}\n`);
    const report = async (concurrency: string) => {
      const r = await run(process.execPath, [bin, '.', '-f', 'json', '--concurrency', concurrency], { cwd: dir, maxBuffer: 1 << 28 }).catch((e) => e);
      return { code: r.code ?? 0, stdout: r.stdout as string, stderr: r.stderr as string };
    };
    const auto = await report('auto');
    expect((JSON.parse(auto.stdout) as unknown[]).length).toBe(320);
    expect(auto).toEqual(await report('off'));
  });
});

describe('a file too large to lint, on worker threads (issue 21, item 11)', () => {
  it('reports that file with one line and every other file as on one thread', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-threads-big-'));
    // One line of dense claims, past the findings budget lowered for the test.
    await writeFile(path.join(dir, 'big.md'), `${'This serum cures acne and erases wrinkles overnight. '.repeat(400)}\n`);
    for (let i = 0; i < 6; i++) await writeFile(path.join(dir, `s${i}.md`), 'Our balm cures eczema.\n');
    const env = { ...process.env, CLAIMLINT_TEST_FILE_BUDGET: 'findings=200' };
    const report = async (concurrency: string) => {
      const r = await run(process.execPath, [bin, '.', '-f', 'compact', '--concurrency', concurrency], { cwd: dir, env }).catch((e) => e);
      return { code: r.code ?? 0, stdout: r.stdout as string, stderr: r.stderr as string };
    };
    const message = 'too large to lint: more than 200 findings (the limit for one file); raise it with --max-file-findings <n>, or split the file';
    const threads = await report('2');
    expect(threads.stderr).toBe(`claimlint: big.md: ${message}\n`);
    expect(threads.stdout.trim().split('\n')).toEqual([
      `big.md:1:1: error ${message}`,
      ...Array.from({ length: 6 }, (_, i) => `s${i}.md:1:10: error disease-therapeutic "cures eczema" says it treats a condition (eczema); in the US that makes a cosmetic an unapproved drug, hedged or not.`),
    ]);
    expect(threads.code).toBe(2);
    expect(await report('off')).toEqual(threads);
    // The option that raises the budget reaches the worker threads.
    const raised = await run(process.execPath, [bin, '.', '-f', 'json', '--concurrency', '2', '--max-file-findings', '1000'], { cwd: dir, env }).catch((e) => e);
    expect(raised.stderr).toBe('');
    expect((JSON.parse(raised.stdout as string) as Array<{ errorCount: number }>).map((r) => r.errorCount)).toEqual([800, 1, 1, 1, 1, 1, 1]);
  });
});
