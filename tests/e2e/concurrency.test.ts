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
});
