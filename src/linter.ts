// The engine's front door: text or files in, ESLint-shaped results out.
// Compiled rules are cached per configuration so a run compiles them once.
import { compileRules, type CompiledRules } from './compile.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config-types.js';
import { describeFsError } from './files.js';
import { lintMarkdown } from './lint-text.js';
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
}

/** Lints Markdown text. A leading BOM is ignored; offsets refer to the text after it. */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const filePath = options.filePath ?? '<text>';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const compiled = compiledFor(options.config ?? DEFAULT_CONFIG);
  return makeResult(filePath, lintMarkdown(body, compiled));
}

/** Reads and lints one file; any problem becomes a fatal message for it. */
export async function lintFile(filePath: string, config: ResolvedConfig = DEFAULT_CONFIG): Promise<LintResult> {
  let bytes: Buffer;
  try {
    bytes = await readFileBytes(filePath);
  } catch (error) {
    return makeResult(filePath, [fatalMessage(`cannot read file: ${describeFsError(error)}`)]);
  }
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof NotTextError) return makeResult(filePath, [fatalMessage(error.message)]);
    throw error;
  }
  const result = lintText(decoded.text, { filePath, config });
  if (decoded.warnings.length === 0) return result;
  return makeResult(filePath, [...decoded.warnings.map((w) => fileWarning(w)), ...result.messages]);
}
