// The engine's front door: a document's text in, an ESLint-shaped result out.
// It reads what the screening says (src/engine/screening.ts) and nothing
// more; callers screen first (src/screen/lint-text.ts for text,
// src/run/lint-file.ts for files, which loads this only for a file that
// passes).
import type { CompiledRules } from '../judge/compile.js';
import type { Syntax } from '../prose/embedded.js';
import { fileWarning, makeResult } from '../report/results.js';
import type { LintResult } from '../shared/lint-result.js';
import { lintDocument } from './lint-document.js';
import type { Screening } from './screening.js';

export interface SourceOptions {
  compiled: CompiledRules;
  screening: Screening;
  filePath: string;
  syntax: Syntax;
}

/** Lints a document's text; `body` has no BOM and offsets refer to it.
 * Warnings from decoding its bytes, if any, come first. */
export function lintSource(body: string, options: SourceOptions, decoderWarnings: readonly string[] = []): LintResult {
  const report = lintDocument(body, options.compiled, options.syntax, options.screening);
  const messages = decoderWarnings.length > 0 ? [...decoderWarnings.map((w) => fileWarning(w)), ...report.messages] : report.messages;
  return makeResult(options.filePath, messages, { suppressedMessages: report.suppressedMessages });
}
