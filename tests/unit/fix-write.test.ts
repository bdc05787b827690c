import { rulePack } from '../../rules/index.js';
import { chmod, lstat, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixFile } from '../../src/fix/fix-file.js';
import { fileIn } from '../cli-helpers.js';
import { FileWriteError, nodeFs, replaceFile, type WriteHandle, type WriterFs } from '../../src/files/write-atomic.js';

const CLAIM = 'Reduce scars.\n';
const FIXED = 'Help reduce the appearance of scars.\n';

/** Real fs, except that written data goes through `onWrite`, which may fail. */
function faultyFs(onWrite: (handle: WriteHandle, data: Uint8Array, offset: number, length: number, position: number) => Promise<{ bytesWritten: number }>, extra: Partial<WriterFs> = {}) {
  const fs: WriterFs = {
    ...nodeFs,
    async open(file, flags, mode) {
      const real = await nodeFs.open(file, flags, mode);
      if (flags !== 'wx') return real;
      return {
        write: (data, offset, length, position) => onWrite(real, data, offset, length, position),
        sync: () => real.sync(),
        chmod: (m) => real.chmod(m),
        chown: (u, g) => real.chown(u, g),
        close: () => real.close(),
      };
    },
    ...extra,
  };
  return { ...fs, realpath: (f: string) => import('node:fs/promises').then((m) => m.realpath(f)) };
}

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('safe writes', () => {
  it('writes the fix and keeps the file mode', async () => {
    const { file } = await fileIn('a.md', CLAIM, 0o640);
    const r = await fixFile(file, { pack: rulePack });
    expect(r.fixesApplied).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(FIXED);
    expect((await stat(file)).mode & 0o7777).toBe(0o640);
  });

  it('skips a file with no write bit in its mode, even as root, and says so', async () => {
    const { file } = await fileIn('ro.md', CLAIM, 0o444);
    const r = await fixFile(file, { pack: rulePack });
    expect(r.fixesApplied).toBe(0);
    expect(r.problem).toMatchObject({ severity: 1, message: 'not fixed: the file is read-only (mode 0444)' });
    expect(r.result.messages.map((m) => m.ruleId)).toEqual([null, 'absolute-guarantee']);
    expect(await readFile(file, 'utf8')).toBe(CLAIM);
  });

  it('leaves the original intact and no temporary file behind when the disk is full', async () => {
    const { dir, file } = await fileIn('full.md', CLAIM);
    const fs = faultyFs(async () => {
      throw enospc();
    });
    const r = await fixFile(file, { pack: rulePack, fs });
    expect(r.problem).toMatchObject({ fatal: true, message: 'cannot write fixes (no space left on device); the file is unchanged' });
    expect(r.result.fatalErrorCount).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(CLAIM);
    expect(await readdir(dir)).toEqual(['full.md']);
  });

  it('leaves the original intact when a write is interrupted half way', async () => {
    const { dir, file } = await fileIn('half.md', CLAIM);
    const fs = faultyFs(async (real, data, offset, length, position) => {
      await real.write(data, offset, Math.floor(length / 2), position);
      throw Object.assign(new Error('EINTR: interrupted system call, write'), { code: 'EINTR' });
    });
    const r = await fixFile(file, { pack: rulePack, fs });
    expect(r.problem?.message).toMatch(/^cannot write fixes \(EINTR: interrupted system call, write\); the file is unchanged$/);
    expect(await readFile(file, 'utf8')).toBe(CLAIM);
    expect(await readdir(dir)).toEqual(['half.md']);
  });

  it('skips a file that changed on disk between reading and writing', async () => {
    const { dir, file } = await fileIn('race.md', CLAIM);
    const edited = 'Reduce scars. A writer added this meanwhile.\n';
    const fs = faultyFs(async (real, data, offset, length, position) => {
      await writeFile(file, edited);
      return real.write(data, offset, length, position);
    });
    const r = await fixFile(file, { pack: rulePack, fs });
    expect(r.problem).toMatchObject({ severity: 1, message: 'not fixed: the file changed on disk while it was being linted; run again' });
    expect(await readFile(file, 'utf8')).toBe(edited);
    expect(await readdir(dir)).toEqual(['race.md']);
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    const { dir, file } = await fileIn('target.md', CLAIM);
    const link = path.join(dir, 'link.md');
    await symlink('target.md', link);
    await fixFile(link, { pack: rulePack });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('target.md');
    expect(await readFile(file, 'utf8')).toBe(FIXED);
  });

  it('replaceFile refuses when the bytes on disk are not the ones expected', async () => {
    const { file } = await fileIn('x.md', 'new\n');
    await expect(replaceFile(file, Buffer.from('fixed\n'), Buffer.from('old\n'))).rejects.toBeInstanceOf(FileWriteError);
    expect(await readFile(file, 'utf8')).toBe('new\n');
  });

});
