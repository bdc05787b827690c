// --fix's file writer killed or interrupted mid-write: a child process runs
// the built modules (dist/), so these need `npm run build`. The other safe-write
// cases run in-process (tests/unit/fix-write.test.ts).
import { spawn } from 'node:child_process';
import { chmod, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileIn, root } from '../cli-helpers.js';

const CLAIM = 'Reduce scars.\n';

describe('safe writes under a signal', () => {
  it('leaves the original intact, and its temporary file behind, when the process is killed mid-write', async () => {
    const { dir, file, before } = await killedMidWrite('killed.md', 'SIGKILL');
    expect(Buffer.compare(await readFile(file), before)).toBe(0);
    // SIGKILL cannot be caught: what it leaves is hidden beside the original and named for claimlint.
    const left = (await readdir(dir)).filter((n) => n !== 'killed.md');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.killed\.md\.claimlint-\d+-[0-9a-f]{8}\.tmp$/);
  });

  it('removes the temporary file when interrupted mid-write (Ctrl-C) and leaves the original intact', async () => {
    const { dir, file, before, signal } = await killedMidWrite('interrupted.md', 'SIGINT');
    expect(signal).toBe('SIGINT');
    expect(Buffer.compare(await readFile(file), before)).toBe(0);
    expect(await readdir(dir)).toEqual(['interrupted.md']);
  });
});

/** Runs --fix's file writer in a child process that writes half the fixed
 * bytes, says so, and waits; then sends it `signal`. */
async function killedMidWrite(name: string, signal: NodeJS.Signals) {
  const { dir, file } = await fileIn(name, CLAIM.repeat(2000));
  const before = await readFile(file);
  const script = `
    import { fixFile } from ${JSON.stringify(path.join(root, 'dist/src/fix/fix-file.js'))};
    import { nodeFs } from ${JSON.stringify(path.join(root, 'dist/src/files/write-atomic.js'))};
    import { rulePack } from ${JSON.stringify(path.join(root, 'dist/rules/index.js'))};
    import { realpath } from 'node:fs/promises';
    const fs = { ...nodeFs, realpath, async open(f, flags, mode) {
      const real = await nodeFs.open(f, flags, mode);
      if (flags !== 'wx') return real;
      return { chmod: (m) => real.chmod(m), chown: (u, g) => real.chown(u, g), sync: () => real.sync(), close: () => real.close(),
        async write(data, offset, length, position) {
          await real.write(data, offset, Math.floor(length / 2), position);
          await real.sync();
          process.stdout.write('half written\\n');
          await new Promise(() => setInterval(() => {}, 1000));
        } };
    } };
    await fixFile(process.argv[1], { pack: rulePack, fs });
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('half written')) resolve();
    });
    void exited.then(() => reject(new Error('the child exited before writing')));
  });
  child.kill(signal);
  return { dir, file, before, signal: await exited };
}
