// The engine's front door: text or files in, ESLint-shaped results out.
// Compiled rules are cached per configuration so a run compiles them once.
import { compileRules, type CompiledRules } from './compile.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config-types.js';
import { describeFsError } from './files.js';
import type { Syntax } from './embedded-prose.js';
import { lintDocument } from './lint-text.js';
import { loadParsersFor, syntaxOf } from './load-parsers.js';
import { decodeText, NotTextError, readFileBytes } from './read-file.js';
import { fatalMessage, fileWarning, makeResult } from './results.js';
import type { LintResult } from './types.js';
import { rulePack } from '../rules/index.js';

const compiledCache = new WeakMap<ResolvedConfig, CompiledRules>();

export function compiledFor(config: ResolvedConfig): CompiledRules {
  let c = compiledCache.get(config);
  if (!c) {
    c = compileRules(rulePack, config);
    compiledCache.set(config, c);
  }
  return c;
}

export interface LintTextOptions {
  filePath?: string;
  config?: ResolvedConfig;
  /** Default: `mdx` for a `.mdx` filePath, else `markdown`. */
  syntax?: Syntax;
}

/** Lints Markdown text. A leading BOM is ignored; offsets refer to the text after it. */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const filePath = options.filePath ?? '<text>';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const compiled = compiledFor(options.config ?? DEFAULT_CONFIG);
  const report = lintDocument(body, compiled, options.syntax ?? syntaxOf(filePath));
  return makeResult(filePath, report.messages, { suppressedMessages: report.suppressedMessages });
}

/** Reads and lints one file; any problem becomes a fatal message for it. */
export async function lintFile(filePath: string, config: ResolvedConfig = DEFAULT_CONFIG): Promise<LintResult> {
  let bytes: Buffer;
  try {
    bytes = await readFileBytes(filePath);
  } catch (error) {
    return makeResult(filePath, [fatalMessage(`cannot read file: ${describeFsError(error)}`)]);
  }
  await loadParsersFor(new TextDecoder().decode(bytes.subarray(0, 8)), syntaxOf(filePath));
  return lintBytes(bytes, filePath, config);
}

/** Lints file content given as bytes (a file's, or standard input's). */
export function lintBytes(bytes: Uint8Array, filePath: string, config: ResolvedConfig = DEFAULT_CONFIG): LintResult {
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof NotTextError) return makeResult(filePath, [fatalMessage(error.message)]);
    throw error;
  }
  const result = lintText(decoded.text, { filePath, config });
  if (decoded.warnings.length === 0) return result;
  return makeResult(filePath, [...decoded.warnings.map((w) => fileWarning(w)), ...result.messages], { suppressedMessages: result.suppressedMessages ?? [] });
}
