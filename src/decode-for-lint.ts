// File bytes to the text the engine lints; bytes that are not text become
// the file's result, one fatal message saying why.
import { decodeText, NotTextError, type DecodedText } from './read-file.js';
import { fatalMessage, makeResult } from './results.js';
import type { LintResult } from './types.js';

export function decodeForLint(bytes: Uint8Array, filePath: string): { decoded: DecodedText } | { result: LintResult } {
  try {
    return { decoded: decodeText(bytes) };
  } catch (error) {
    if (error instanceof NotTextError) return { result: makeResult(filePath, [fatalMessage(error.message)]) };
    throw error;
  }
}
