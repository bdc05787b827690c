// Reading a file's bytes safely, and writing text back in the encoding it came
// in; decoding bytes to text is decode.ts.

import { BOM } from '../shared/bom.js';
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Encoding } from './decode.js';
import { MAX_FILE_BYTES, MAX_SETTINGS_FILE_BYTES } from '../shared/limits.js';

export { decodeText, NotTextError, type DecodedText, type Encoding } from './decode.js';

// Bigger files are refused rather than read: linting time and memory grow
// with size, and nothing this big is marketing copy.
export { MAX_FILE_BYTES, MAX_SETTINGS_FILE_BYTES } from '../shared/limits.js';

/** Reads a regular file's bytes. Opened non-blocking, so that a FIFO or a
 * device named `.md` is refused instead of waited on forever. */
export async function readFileBytes(filePath: string, maxBytes = MAX_FILE_BYTES): Promise<Buffer> {
  // Synchronous calls on purpose: files are read one after another, and the
  // promise API's round trips (open, stat, read, close) cost more than the read.
  const fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw new Error('not a regular file');
    if (s.size > maxBytes) {
      throw new Error(`file too large (${(s.size / 1048576).toFixed(0)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB)`);
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads a small file a run depends on (a config file, an ignore file,
 * package.json) as UTF-8 text: only a regular file, and never more than
 * `maxBytes`, whatever its size claims to be. A file in a repository may be
 * a link to a device or a FIFO (`/dev/stdin`, `/dev/urandom`), or to a file
 * of /proc whose size reads as 0. Throws with `code` set as fs does (ENOENT,
 * EACCES) or with the reason in words. */
/** A size in megabytes that never reads as the limit it is over: "4.2"
 * just over 4 MB, but "5" for five. */
function megabytes(bytes: number, limit: number): string {
  const mb = bytes / 1048576;
  const whole = Math.round(mb).toString();
  if (bytes <= limit || whole !== Math.round(limit / 1048576).toString()) return whole;
  return mb.toFixed(1) === whole + '.0' ? mb.toFixed(2) : mb.toFixed(1);
}

export function readSettingsFile(filePath: string, maxBytes = MAX_SETTINGS_FILE_BYTES): string {
  const fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw new Error('not a regular file');
    const tooLarge = (size: number) =>
      new Error(`file too large (${megabytes(size, maxBytes)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB)`);
    if (s.size > maxBytes) throw tooLarge(s.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(65536, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge(total);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export function encodeText(text: string, encoding: Encoding, bom: boolean): Buffer {
  if (encoding === 'utf8') return Buffer.from((bom ? BOM : '') + text, 'utf8');
  const le = Buffer.from((bom ? BOM : '') + text, 'utf16le');
  if (encoding === 'utf16le') return le;
  return le.swap16();
}
