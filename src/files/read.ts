// Bytes to text, saying what went wrong instead of guessing: binary files are
// refused, a BOM is remembered (so --fix can put it back), UTF-16 is decoded,
// and invalid UTF-8 is decoded with replacement characters and reported.

import { BOM } from '../shared/bom.js';
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** Human-readable problems that did not stop the file being linted. */
  warnings: string[];
}

export class NotTextError extends Error {}

const SNIFF_BYTES = 8000;

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

/** The most a config or ignore file may hold. */
export const MAX_SETTINGS_FILE_BYTES = 4 * 1024 * 1024;

/** Reads a small file a run depends on (a config file, an ignore file,
 * package.json) as UTF-8 text: only a regular file, and never more than
 * `maxBytes`, whatever its size claims to be. A file in a repository may be
 * a link to a device or a FIFO (`/dev/stdin`, `/dev/urandom`), or to a file
 * of /proc whose size reads as 0. Throws with `code` set as fs does (ENOENT,
 * EACCES) or with the reason in words. */
export function readSettingsFile(filePath: string, maxBytes = MAX_SETTINGS_FILE_BYTES): string {
  const fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw new Error('not a regular file');
    const tooLarge = (size: number) =>
      new Error(`file too large (${Math.round(size / 1048576)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB)`);
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

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Byte offsets of invalid UTF-8 sequences (the first few). */
function invalidUtf8Offsets(bytes: Uint8Array, limit = 5): number[] {
  const bad: number[] = [];
  let i = 0;
  while (i < bytes.length && bad.length < limit) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else {
      bad.push(i);
      i++;
      continue;
    }
    let ok = true;
    for (let k = 1; k <= need && ok; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
    }
    if (ok && need === 2) {
      const c1 = bytes[i + 1]!;
      if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f)) ok = false;
    }
    if (ok && need === 3) {
      const c1 = bytes[i + 1]!;
      if ((b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) ok = false;
    }
    if (ok) i += need + 1;
    else {
      bad.push(i);
      i++;
    }
  }
  return bad;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le', bom: true, warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be', bom: true, warnings: [] };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new NotTextError('not a text file (binary content)');
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8').decode(body);
    const offsets = invalidUtf8Offsets(body).map((o) => o + (bom ? 3 : 0));
    warnings.push(
      `invalid UTF-8 at byte offset${offsets.length > 1 ? 's' : ''} ${offsets.join(', ')}${offsets.length === 5 ? ' (and maybe more)' : ''}; those bytes were read as U+FFFD`,
    );
  }
  return { text, encoding: 'utf8', bom, warnings };
}

export function encodeText(text: string, encoding: Encoding, bom: boolean): Buffer {
  if (encoding === 'utf8') return Buffer.from((bom ? BOM : '') + text, 'utf8');
  const le = Buffer.from((bom ? BOM : '') + text, 'utf16le');
  if (encoding === 'utf16le') return le;
  return le.swap16();
}
