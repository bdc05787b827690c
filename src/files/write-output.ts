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
import { randomBytes } from 'node:crypto';
import { constants, fstatSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { lstat, mkdir, open, rename, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from './discover.js';
import { track, untrack } from './pending-temps.js';

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

/** Whether `file` is the very file one of `inputs` names (through a link
 * too): a report written over a file it lints (`claimlint a.md -o a.md`)
 * would destroy it. Only inputs of the same name are looked at, so a run
 * over thousands of files stats a few. */
export function isOneOf(file: string, inputs: readonly string[]): boolean {
  let out: Stats;
  try {
    out = statSync(file);
  } catch {
    return false;
  }
  const base = path.basename(file);
  return inputs.some((input) => {
    if (path.resolve(input) === path.resolve(file)) return true;
    if (path.basename(input) !== base) return false;
    try {
      const s = statSync(input);
      return s.dev === out.dev && s.ino === out.ino;
    } catch {
      return false;
    }
  });
}

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

/** Where a write to `file` goes: a new or regular file is replaced whole
 * (`existing`: the file it replaces, if any); a character device or FIFO is
 * written into. Throws OutputFileError for a path the run must not write. */
type Place = { kind: 'replace'; existing?: Stats } | { kind: 'into' };

async function placeOf(file: string, options: WriteOutputOptions): Promise<Place> {
  let own: Stats;
  try {
    own = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (options.makeParents) await mkdir(path.dirname(file), { recursive: true });
    return { kind: 'replace' };
  }
  if (own.isFile()) {
    // Checked by mode as well: root may write anything, and a rename would replace it regardless.
    if ((own.mode & WRITE_BITS) === 0) throw new OutputFileError('the file is read-only');
    return { kind: 'replace', existing: own };
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
    return { kind: 'into' };
  }
  if (target.isFile()) throw new OutputFileError('it is a symbolic link; name the file it points to');
  if (target.isDirectory()) throw new OutputFileError('is a directory');
  throw new OutputFileError('not a regular file');
}

/** An error of writing an output file, as a reason a person can act on. */
function outputFileError(error: unknown): OutputFileError {
  if (error instanceof OutputFileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ENOTDIR') return new OutputFileError('part of the path is a file, not a directory');
  if (code === 'EROFS') return new OutputFileError('read-only file system');
  if (code === 'ENOSPC') return new OutputFileError('no space left on device');
  if (code === 'ENXIO') return new OutputFileError('nothing is reading from it');
  return new OutputFileError(describeFsError(error));
}

/** Writes `data` to `file` (absolute). Throws OutputFileError with a reason a person can act on. */
export async function writeOutputFile(file: string, data: string | Uint8Array, options: WriteOutputOptions = {}): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const place = await placeOf(file, options);
    if (place.kind === 'into') await writeInto(file, bytes);
    else await writeWhole(file, bytes);
  } catch (error) {
    throw outputFileError(error);
  }
}

/** An output file written a piece at a time (a long report), on the same
 * terms as writeOutputFile: where that would replace the file, the pieces go
 * to a temporary file beside it, renamed over it only by `finish`, so the
 * path never names half a report; `abort` (or the process exiting first)
 * removes the temporary file. A device or FIFO gets the pieces as they come. */
export interface OutputStream {
  /** A string is written as UTF-8. */
  write(chunk: string | Uint8Array): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

/** Opens `file` (absolute) to be written a piece at a time. Throws OutputFileError, as every method of the stream does. */
export async function openOutputStream(file: string, options: WriteOutputOptions = {}): Promise<OutputStream> {
  let place: Place;
  try {
    place = await placeOf(file, options);
  } catch (error) {
    throw outputFileError(error);
  }
  const temp = place.kind === 'replace' ? `${file}.${randomBytes(6).toString('hex')}.tmp` : undefined;
  const removeTemp = () => {
    if (temp === undefined) return;
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  };
  // Ctrl-C mid-report, or an exit before it is finished, removes the
  // temporary file: tracked before it is made, as the signal may come while
  // it is being opened.
  if (temp) track(temp);
  let handle: FileHandle;
  try {
    // A new temporary file (O_EXCL: never one that is already there), or the device or FIFO as it is.
    handle = await open(temp ?? file, temp ? 'wx' : constants.O_WRONLY);
  } catch (error) {
    if (temp) untrack(temp);
    throw outputFileError(error);
  }
  let done = false;
  const end = async (commit: boolean) => {
    if (done) return;
    done = true;
    try {
      if (commit && temp && place.kind === 'replace') {
        const existing = place.existing;
        // The report keeps the mode and owner of the file it replaces, as writeOutputFile's does.
        if (existing) {
          await handle.chmod(existing.mode & 0o7777);
          await handle.chown(existing.uid, existing.gid).catch(() => {});
        }
        await handle.sync();
      }
      await handle.close();
      if (commit && temp) await rename(temp, file);
    } catch (error) {
      await handle.close().catch(() => {});
      removeTemp();
      throw outputFileError(error);
    } finally {
      if (!commit) removeTemp();
      if (temp) untrack(temp);
    }
  };
  return {
    async write(chunk) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      try {
        let offset = 0;
        while (offset < data.length) {
          const { bytesWritten } = await handle.write(data, offset, data.length - offset);
          if (bytesWritten <= 0) throw new Error('write made no progress');
          offset += bytesWritten;
        }
      } catch (error) {
        await end(false).catch(() => {});
        throw outputFileError(error);
      }
    },
    finish: () => end(true),
    abort: () => end(false).catch(() => {}),
  };
}
