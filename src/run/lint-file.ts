// Reads and lints one file, for the CLI and its worker threads. The file is
// screened by the prefilter first, and the Markdown engine (parser, prose
// projection, sentence splitter: src/linter.ts) loads only for a file that
// passes: a pre-commit run over clean files never loads or runs it.
import { compiledFor, type RulePack } from '../judge/compile.js';
import { stripBom } from '../shared/bom.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../shared/resolved-config.js';
import { describeFsError } from '../files/discover.js';
import { loadParsersFor, syntaxOf } from '../prose/load-parsers.js';
import { screenDocument } from '../screen/prefilter.js';
import { decodeText, NotTextError, readFileBytes } from '../files/read.js';
import { fatalMessage, fileWarning, makeResult } from '../report/results.js';
import type { LintResult } from '../shared/lint-result.js';

/** Reads and lints one file; any problem becomes a fatal message for it. */
export async function lintFile(filePath: string, pack: RulePack, config: ResolvedConfig = DEFAULT_CONFIG): Promise<LintResult> {
  let bytes: Buffer;
  try {
    bytes = await readFileBytes(filePath);
  } catch (error) {
    return makeResult(filePath, [fatalMessage(`cannot read file: ${describeFsError(error)}`)]);
  }
  return lintFileBytes(bytes, filePath, pack, config);
}

/** Lints file content given as bytes (a file's, or standard input's). */
export async function lintFileBytes(bytes: Uint8Array, filePath: string, pack: RulePack, config: ResolvedConfig = DEFAULT_CONFIG): Promise<LintResult> {
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof NotTextError) return makeResult(filePath, [fatalMessage(error.message)]);
    throw error;
  }
  return lintFileText(decoded.text, filePath, pack, config, decoded.warnings);
}

/** Lints text exactly as a file with that content is linted (an editor's
 * buffer, the library's text, standard input once decoded). */
export async function lintFileText(
  text: string,
  filePath: string,
  pack: RulePack,
  config: ResolvedConfig = DEFAULT_CONFIG,
  warnings: readonly string[] = [],
): Promise<LintResult> {
  const syntax = syntaxOf(filePath);
  const body = stripBom(text);
  // Front matter and MDX parsers first: the prefilter reads front matter values.
  await loadParsersFor(body.slice(0, 8), syntax);
  const compiled = compiledFor(pack, config);
  const screening = screenDocument(compiled, body, syntax);
  if (screening.parts === 'none') return makeResult(filePath, warnings.map((w) => fileWarning(w)), { suppressedMessages: [] });
  const { lintSource } = await import('../engine/lint-source.js');
  return lintSource(body, { compiled, screening, filePath, syntax }, warnings);
}
