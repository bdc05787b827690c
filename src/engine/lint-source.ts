// The engine's front door for text: Markdown in, ESLint-shaped results out.
// Files are read by src/lint-file.ts, which screens them before loading this.
import { compiledFor } from '../judge/compiled-for.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../shared/resolved-config.js';
import type { Syntax } from '../prose/embedded.js';
import { lintDocument } from './lint-document.js';
import { syntaxOf } from '../prose/load-parsers.js';
import type { Screening } from '../screen/prefilter.js';
import type { DecodedText } from '../files/read.js';
import { fileWarning, makeResult } from '../report/results.js';
import type { LintResult } from '../shared/lint-result.js';

export { compiledFor } from '../judge/compiled-for.js';

export interface LintTextOptions {
  filePath?: string;
  config?: ResolvedConfig;
  /** Default: `mdx` for a `.mdx` filePath, else `markdown`. */
  syntax?: Syntax;
  /** What the prefilter already said of this text (src/lint-file.ts). */
  screening?: Screening;
}

/** Lints Markdown text. A leading BOM is ignored; offsets refer to the text after it. */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const filePath = options.filePath ?? '<text>';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const compiled = compiledFor(options.config ?? DEFAULT_CONFIG);
  const report = lintDocument(body, compiled, options.syntax ?? syntaxOf(filePath), options.screening);
  return makeResult(filePath, report.messages, { suppressedMessages: report.suppressedMessages });
}

/** Lints decoded file content; the decoder's warnings come first. */
export function lintDecoded(decoded: DecodedText, filePath: string, config: ResolvedConfig, options: { screening?: Screening } = {}): LintResult {
  const result = lintText(decoded.text, { filePath, config, ...(options.screening ? { screening: options.screening } : {}) });
  if (decoded.warnings.length === 0) return result;
  return makeResult(filePath, [...decoded.warnings.map((w) => fileWarning(w)), ...result.messages], { suppressedMessages: result.suppressedMessages ?? [] });
}
