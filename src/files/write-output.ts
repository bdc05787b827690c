// Writes a file the run produces (the report of `-o`, the `--cache` file)
// without ever destroying what the path names. A regular file, or a path
// that does not exist yet, is written whole or not at all (temporary file,
// flush, rename). Anything else is never renamed over: a character device
// or a FIFO (`-o /dev/null`, `-o /dev/stdout | cat`) is written into, as
// ESLint does, because a rename would turn the device into a plain file. A
// path the run must not write is refused with the reason: a dangling
// symbolic link (writing would create a file wherever it points), a link to
// a regular file (a link committed to a repository could aim a report at
// any file the user can write), a read-only file, a directory, a block
// device or a socket.
import { constants, fstatSync, statSync, type Stats } from 'node:fs';
import { lstat, mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from './discover.js';

/** Why an output file was not written, in words for "cannot write FILE: ...". */
export class OutputFileError extends Error {}

export interface WriteOutputOptions {
  /** Create the missing folders of the path (the report does; the cache leaves that to its caller). */
  makeParents?: boolean;
  /** Write into a character device or FIFO (the report may; a cache never
   * reads back from one). Standard output and error are the caller's to
   * write through (standardStreamFor). */
  streams?: boolean;
}

const WRITE_BITS = 0o222;

/** 1 or 2 when `file` is the very file, pipe, socket or terminal this
 * process's standard output or error writes to (`-o /dev/stdout`): the
 * caller writes through that stream, which keeps its place in a file and
 * works where opening the path again cannot (a socket). */
export function standardStreamFor(file: string): 1 | 2 | undefined {
  let target: Stats;
  try {
    target = statSync(file);
  } catch {
    return undefined;
  }
  for (const fd of [1, 2] as const) {
    try {
      const s = fstatSync(fd);
      if (s.dev === target.dev && s.ino === target.ino) return fd;
    } catch {
      // closed
    }
  }
  return undefined;
}

async function writeInto(file: string, data: Uint8Array): Promise<void> {
  // No O_CREAT, no O_TRUNC: the device or pipe is used as it is.
  const handle = await open(file, constants.O_WRONLY);
  try {
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await handle.write(data, offset, data.length - offset);
      if (bytesWritten <= 0) throw new Error('write made no progress');
      offset += bytesWritten;
    }
  } finally {
    await handle.close();
  }
}

async function writeWhole(file: string, data: Uint8Array): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(file, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}

/** Writes `data` to `file` (absolute). Throws OutputFileError with a reason a person can act on. */
export async function writeOutputFile(file: string, data: string | Uint8Array, options: WriteOutputOptions = {}): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    let own: Stats;
    try {
      own = await lstat(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (options.makeParents) await mkdir(path.dirname(file), { recursive: true });
      await writeWhole(file, bytes);
      return;
    }
    if (own.isFile()) {
      // Checked by mode as well: root may write anything, and a rename would replace it regardless.
      if ((own.mode & WRITE_BITS) === 0) throw new OutputFileError('the file is read-only');
      await writeWhole(file, bytes);
      return;
    }
    let target = own;
    if (own.isSymbolicLink()) {
      try {
        target = await stat(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new OutputFileError('it is a symbolic link to a file that does not exist; name the file itself');
        throw error;
      }
    }
    if (target.isCharacterDevice() || target.isFIFO()) {
      if (!options.streams) throw new OutputFileError('not a regular file');
      await writeInto(file, bytes);
      return;
    }
    if (target.isFile()) throw new OutputFileError('it is a symbolic link; name the file it points to');
    if (target.isDirectory()) throw new OutputFileError('is a directory');
    throw new OutputFileError('not a regular file');
  } catch (error) {
    if (error instanceof OutputFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new OutputFileError('part of the path is a file, not a directory');
    if (code === 'EROFS') throw new OutputFileError('read-only file system');
    if (code === 'ENOSPC') throw new OutputFileError('no space left on device');
    if (code === 'ENXIO') throw new OutputFileError('nothing is reading from it');
    throw new OutputFileError(describeFsError(error));
  }
}
