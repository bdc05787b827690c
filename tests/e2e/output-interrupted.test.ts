// A report going to an `-o` file when the run is interrupted (Ctrl-C) or
// terminated part-way: the temporary file beside it is removed, and a report
// it would have replaced is left as it was. A child process runs the built
// CLI (bin/claimlint.js), so these need `npm run build`.
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../cli-helpers.js';

// Enough claim-dense pages that the run is still writing its report when it is stopped.
const PAGE = 'Our peel erases wrinkles for good and cures acne in one session.\n\n'.repeat(40);

async function stopped(signal: NodeJS.Signals, existing?: string) {
  const dir = await tempDir(Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`pages/p${i}.md`, PAGE])));
  if (existing !== undefined) await writeFile(path.join(dir, 'report.json'), existing);
  const child = spawn(process.execPath, [path.join(root, 'bin/claimlint.js'), 'pages', '--format', 'json', '-o', 'report.json', '--concurrency', 'off'], {
    cwd: dir,
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
  let over = false;
  void exited.then(() => (over = true));
  // Stop it once the report's temporary file is there.
  const temporary = (names: string[]) => names.some((n) => /^report\.json\.[0-9a-f]+\.tmp$/.test(n));
  while (!over && !temporary(await readdir(dir))) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(over, 'the run ended before it could be stopped').toBe(false);
  child.kill(signal);
  return { dir, signal: await exited, names: (await readdir(dir)).sort() };
}

describe('a report to an -o file, stopped part-way', () => {
  it('leaves no temporary file and no report when interrupted (Ctrl-C)', async () => {
    const { signal, names } = await stopped('SIGINT');
    expect(signal).toBe('SIGINT');
    expect(names).toEqual(['pages']);
  });

  it('leaves the report it would have replaced as it was when terminated', async () => {
    const { dir, signal, names } = await stopped('SIGTERM', '{"old": true}\n');
    expect(signal).toBe('SIGTERM');
    expect(names).toEqual(['pages', 'report.json']);
    expect(await readFile(path.join(dir, 'report.json'), 'utf8')).toBe('{"old": true}\n');
  });
});
