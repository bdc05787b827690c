// Lints Markdown text held in memory (the library, the remark plugin, --fix
// re-linting its own output): the screen first, then the engine.
import { compiledFor, type RulePack } from '../judge/compile.js';
import { lintSource } from '../engine/lint-source.js';
import type { Syntax } from '../prose/embedded.js';
import { loadParsersFor, syntaxOf } from '../prose/load-parsers.js';
import { stripBom } from '../shared/bom.js';
import type { LintResult } from '../shared/lint-result.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../shared/resolved-config.js';
import { screenDocument } from './prefilter.js';

export interface LintTextOptions {
  /** The rules to lint with (the built-in pack: rules/index.ts). */
  pack: RulePack;
  config?: ResolvedConfig;
  filePath?: string;
  /** Default: `mdx` for a `.mdx` filePath, else `markdown`. */
  syntax?: Syntax;
}

/** Lints Markdown text. A leading BOM is ignored; offsets refer to the text after it. */
export function lintText(text: string, options: LintTextOptions): LintResult {
  const filePath = options.filePath ?? '<text>';
  const body = stripBom(text);
  const compiled = compiledFor(options.pack, options.config ?? DEFAULT_CONFIG);
  const syntax = options.syntax ?? syntaxOf(filePath);
  return lintSource(body, { compiled, screening: screenDocument(compiled, body, syntax), filePath, syntax });
}

/** Loads the parsers `text` at `filePath` needs (MDX, front matter) before
 * lintText runs synchronously on it. */
export function loadParsersForText(text: string, filePath: string): Promise<void> {
  return loadParsersFor(stripBom(text).slice(0, 8), syntaxOf(filePath));
}
