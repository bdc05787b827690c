// Reads and lints one file, for the CLI and its worker threads. The file is
// screened by the prefilter first, and the Markdown engine (parser, prose
// projection, sentence splitter: src/linter.ts) loads only for a file that
// passes: a pre-commit run over clean files never loads or runs it.
import { compiledFor } from '../judge/compiled-for.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../shared/resolved-config.js';
import { describeFsError } from '../files/discover.js';
import { loadParsersFor, syntaxOf } from '../prose/load-parsers.js';
import { screenDocument } from '../screen/prefilter.js';
import { decodeText, NotTextError, readFileBytes } from '../files/read.js';
import { fatalMessage, fileWarning, makeResult } from '../report/results.js';
import type { LintResult } from '../shared/lint-result.js';

/** Reads and lints one file; any problem becomes a fatal message for it. */
export async function lintFile(filePath: string, config: ResolvedConfig = DEFAULT_CONFIG): Promise<LintResult> {
  let bytes: Buffer;
  try {
    bytes = await readFileBytes(filePath);
  } catch (error) {
    return makeResult(filePath, [fatalMessage(`cannot read file: ${describeFsError(error)}`)]);
  }
  return lintFileBytes(bytes, filePath, config);
}

/** Lints file content given as bytes (a file's, or standard input's). */
export async function lintFileBytes(bytes: Uint8Array, filePath: string, config: ResolvedConfig = DEFAULT_CONFIG): Promise<LintResult> {
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof NotTextError) return makeResult(filePath, [fatalMessage(error.message)]);
    throw error;
  }
  const syntax = syntaxOf(filePath);
  const body = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  // Front matter and MDX parsers first: the prefilter reads front matter values.
  await loadParsersFor(body.slice(0, 8), syntax);
  const screening = screenDocument(compiledFor(config), body, syntax);
  if (screening === 'none') return makeResult(filePath, decoded.warnings.map((w) => fileWarning(w)), { suppressedMessages: [] });
  const { lintDecoded } = await import('../engine/lint-source.js');
  return lintDecoded(decoded, filePath, config, { screening });
}
