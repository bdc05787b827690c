// The start of a file's text, decoded as the linter decodes it, for choosing
// the parsers (front matter, MDX) to load before the synchronous fixer runs.
import { decodeText } from '../files/read.js';

export function headOf(bytes: Uint8Array): string {
  try {
    return decodeText(bytes.subarray(0, 64)).text;
  } catch {
    return ''; // not text: the fixer reports it
  }
}
