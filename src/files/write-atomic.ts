// Replaces a file's bytes without ever leaving it half-written: the new bytes
// go to a temporary file in the same directory, are flushed to disk, and are
// renamed over the original, which is atomic on POSIX file systems. Until the
// rename the original is untouched, so a full disk or a crash mid-write loses
// nothing. A file that is read-only by its mode, or that changed on disk
// since it was read, is not written at all. The file system calls are
// injectable so tests can make them fail.
import { createRequire } from 'node:module';
import { readFileBytes } from './read.js';
import * as fsp from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { describeFsError } from './discover.js';
import { track, untrack } from './pending-temps.js';

// node:crypto loads only when a file is written: the Markdown engine, which
// every file that may hold a claim loads, holds this writer for --fix.
const requireHere = createRequire(import.meta.url);

/** The part of a `FileHandle` the writer uses. */
export interface WriteHandle {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  chown(uid: number, gid: number): Promise<void>;
  close(): Promise<void>;
}

export interface FileStat {
  mode: number;
  uid: number;
  gid: number;
}

/** The file system operations the writer needs (node:fs/promises by default). */
export interface WriterFs {
  stat(file: string): Promise<FileStat>;
  readFile(file: string): Promise<Uint8Array>;
  access(file: string, mode: number): Promise<void>;
  open(file: string, flags: string, mode?: number): Promise<WriteHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export const nodeFs: WriterFs = {
  stat: (f) => fsp.stat(f),
  // The linter's own reader: a FIFO or device named .md is refused, not waited on.
  readFile: async (f) => readFileBytes(f),
  access: (f, m) => fsp.access(f, m),
  open: (f, flags, mode) => fsp.open(f, flags, mode),
  rename: (a, b) => fsp.rename(a, b),
  unlink: (f) => fsp.unlink(f),
};

export type WriteSkipReason = 'read-only' | 'changed' | 'failed';

/** Why a file was not written; `reason` 'failed' means an I/O error (the run is incomplete). */
export class FileWriteError extends Error {
  constructor(
    readonly reason: WriteSkipReason,
    message: string,
  ) {
    super(message);
  }
}

const MODE_BITS = 0o7777;
const WRITE_BITS = 0o222;

function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return 'no space left on device';
  if (code === 'EDQUOT') return 'disk quota exceeded';
  if (code === 'EROFS') return 'read-only file system';
  return describeFsError(error);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

function tempPathFor(file: string): string {
  const dir = path.dirname(file);
  return path.join(dir, `.${path.basename(file)}.claimlint-${process.pid}-${(requireHere('node:crypto') as typeof import('node:crypto')).randomBytes(4).toString('hex')}.tmp`);
}

async function writeAll(handle: WriteHandle, data: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset, offset);
    if (bytesWritten <= 0) throw new Error('write made no progress');
    offset += bytesWritten;
  }
}

/**
 * Replaces `file` (a real path, not a symlink) with `data`, provided it still
 * holds exactly `expected`. Throws FileWriteError and leaves the file as it was
 * when it is read-only, changed, or cannot be written.
 */
export async function replaceFile(file: string, data: Uint8Array, expected: Uint8Array, fs: WriterFs = nodeFs): Promise<void> {
  let stat: FileStat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    throw new FileWriteError('failed', `cannot write fixes: ${fsProblem(error)}`);
  }
  // Root may write anything, so the mode bits are checked as well as access().
  if ((stat.mode & WRITE_BITS) === 0) {
    throw new FileWriteError('read-only', `not fixed: the file is read-only (mode ${(stat.mode & MODE_BITS).toString(8).padStart(4, '0')})`);
  }
  try {
    await fs.access(file, constants.W_OK);
  } catch {
    throw new FileWriteError('read-only', 'not fixed: no permission to write the file');
  }
  const temp = tempPathFor(file);
  let handle: WriteHandle | undefined;
  let created = false;
  track(temp);
  try {
    handle = await fs.open(temp, 'wx', 0o600);
    created = true;
    await writeAll(handle, data);
    await handle.chmod(stat.mode & MODE_BITS);
    // Keep the owner when running as root; anyone else cannot change it and need not.
    await handle.chown(stat.uid, stat.gid).catch(() => undefined);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // Checked last, so the window for a concurrent edit to be lost is as small as it can be.
    if (!sameBytes(await fs.readFile(file), expected)) {
      throw new FileWriteError('changed', 'not fixed: the file changed on disk while it was being linted; run again');
    }
    await fs.rename(temp, file);
    created = false;
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    if (error instanceof FileWriteError) throw error;
    throw new FileWriteError('failed', `cannot write fixes (${fsProblem(error)}); the file is unchanged`);
  } finally {
    untrack(temp);
  }
  await syncDirectory(path.dirname(file), fs);
}

/** Makes the rename itself durable; not every platform allows it, and the data is safe either way. */
async function syncDirectory(dir: string, fs: WriterFs): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // best effort
  }
}
