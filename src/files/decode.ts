// Bytes to text, saying what went wrong instead of guessing: binary content
// is refused, a BOM is remembered (so --fix can put it back), UTF-16 is
// decoded, and invalid UTF-8 is decoded with replacement characters and
// reported. No file system here: the page decodes an opened file with it too.

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

/** The same test on text already decoded (an editor's buffer). */
export function looksBinaryText(text: string): boolean {
  return sniffsBinary(text.length, (i) => text.charCodeAt(i));
}

function looksBinary(bytes: Uint8Array): boolean {
  return sniffsBinary(bytes.length, (i) => bytes[i]!);
}

/** A NUL in the first bytes, or more than a tenth of them control characters. */
function sniffsBinary(length: number, codeAt: (i: number) => number): boolean {
  const n = Math.min(length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = codeAt(i);
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

/** UTF-16 after its BOM, saying where it is not valid: a lone surrogate or
 * an odd last byte is read as U+FFFD, and --fix leaves such a file alone
 * because it would not write back the same bytes. */
function decodeUtf16(body: Uint8Array, encoding: 'utf16le' | 'utf16be'): DecodedText {
  const label = encoding === 'utf16le' ? 'utf-16le' : 'utf-16be';
  const text = new TextDecoder(label).decode(body);
  const warnings: string[] = [];
  const lone: number[] = [];
  for (let i = 0; i < text.length && lone.length < 5; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xfffd) continue;
    // Only a replacement the bytes did not spell themselves.
    const at = 2 + i * 2;
    const spelled = encoding === 'utf16le' ? body[i * 2] === 0xfd && body[i * 2 + 1] === 0xff : body[i * 2] === 0xff && body[i * 2 + 1] === 0xfd;
    if (!spelled && i * 2 + 1 < body.length) lone.push(at);
  }
  if (lone.length > 0) {
    warnings.push(
      `invalid UTF-16 (a lone surrogate) at byte offset${lone.length > 1 ? 's' : ''} ${lone.join(', ')}${lone.length === 5 ? ' (and maybe more)' : ''}; read as U+FFFD`,
    );
  }
  if (body.length % 2 === 1) warnings.push(`UTF-16 text with an odd number of bytes: the last byte (offset ${body.length + 1}) was read as U+FFFD`);
  return { text, encoding, bom: true, warnings };
}

export function decodeText(bytes: Uint8Array): DecodedText {
  // UTF-32's BOM begins like UTF-16LE's: read as UTF-16 it would pass as
  // text of nonsense and nulls, with no claim found and no word said.
  if (bytes.length >= 4 && ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff))) {
    throw new NotTextError('UTF-32 text is not read; save the file as UTF-8');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf16be');
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

