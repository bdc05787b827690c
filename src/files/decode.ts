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

