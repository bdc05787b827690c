// Reading a file's bytes safely, and writing text back in the encoding it came
// in; decoding bytes to text is decode.ts.

import { BOM } from '../shared/bom.js';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Encoding } from './decode.js';

export { decodeText, NotTextError, type DecodedText, type Encoding } from './decode.js';

/** Bigger files are refused rather than read: linting time and memory grow
 * with size, and nothing this big is marketing copy. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

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

export function encodeText(text: string, encoding: Encoding, bom: boolean): Buffer {
  if (encoding === 'utf8') return Buffer.from((bom ? BOM : '') + text, 'utf8');
  const le = Buffer.from((bom ? BOM : '') + text, 'utf16le');
  if (encoding === 'utf16le') return le;
  return le.swap16();
}
