// One file through --fix: decode the bytes, make sure they can be written back
// exactly as read (same encoding, BOM, every byte outside the fixes), fix the
// text, and write it safely unless this is a dry run. Whatever goes wrong
// becomes a message on the file's result and the original stays as it was.
import * as fsp from 'node:fs/promises';
import { loadParsersForText } from '../screen/lint-text.js';
import { headOf } from './head.js';
import path from 'node:path';
import { isWithin } from '../files/search-bounds.js';
import { BOM } from '../shared/bom.js';
import type { RulePack } from '../judge/compile.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../shared/resolved-config.js';
import { describeFsError } from '../files/discover.js';
import { decodeText, encodeText, NotTextError, type DecodedText } from '../files/read.js';
import { fatalMessage, fileWarning, makeResult } from '../report/results.js';
import type { LintMessage, LintResult, SuppressedMessage } from '../shared/lint-result.js';
import { fixText } from './fix-text.js';
import { FileWriteError, nodeFs, replaceFile, type WriterFs } from '../files/write-atomic.js';

export interface FixFileOptions {
  pack: RulePack;
  config?: ResolvedConfig;
  /** Which findings to fix (--fix-type, --quiet); all with a fix by default. */
  accept?: (message: LintMessage) => boolean;
  /** Work out the fixes but write nothing. */
  dryRun?: boolean;
  fs?: WriterFs & { realpath(file: string): Promise<string> };
  /** A real path (links resolved) that a link may lead --fix into: a link
   * to a file outside it is not written through. Absent: any. */
  within?: string;
}

export interface FixedFile {
  /** What remains to report: findings left after fixing, plus any problem with the file or the fix. */
  result: LintResult;
  fixesApplied: number;
  /** Why fixes that were found were not written, also among the result's messages. */
  problem?: LintMessage;
  /** Decoded text before and after, when the fixes changed it (and, unless a dry run, were written). */
  before?: string;
  after?: string;
}

/** The fixes for a file's bytes, worked out in memory: `bytes` is what to
 * write, if anything, and `unfixed` what to report if they cannot be written. */
export interface FixPlan extends FixedFile {
  bytes?: Uint8Array;
  unfixed?: (problem: LintMessage) => LintResult;
}

const defaultFs = { ...nodeFs, realpath: (f: string) => fsp.realpath(f) };

export function planFix(input: Uint8Array, filePath: string, options: FixFileOptions): FixPlan {
  let decoded: DecodedText;
  try {
    decoded = decodeText(input);
  } catch (error) {
    if (error instanceof NotTextError) return { result: makeResult(filePath, [fatalMessage(error.message)]), fixesApplied: 0 };
    throw error;
  }
  const warnings = decoded.warnings.map((w) => fileWarning(w));
  const report = (messages: LintMessage[], suppressedMessages: SuppressedMessage[], extra: LintMessage[] = [], output?: string): LintResult =>
    makeResult(filePath, [...warnings, ...extra, ...messages], { suppressedMessages, ...(output === undefined ? {} : { output }) });

  const fixed = fixText(decoded.text, { pack: options.pack, filePath, config: options.config ?? DEFAULT_CONFIG, ...(options.accept ? { accept: options.accept } : {}) });
  const asFound = (extra: LintMessage[] = []) => report(fixed.found, fixed.foundSuppressed, extra);
  const notFixed = (problem: LintMessage): FixPlan => ({ result: asFound([problem]), fixesApplied: 0, problem });
  if (fixed.fixesApplied === 0 && !fixed.discarded) return { result: asFound(), fixesApplied: 0 };
  // Bytes that did not decode cleanly would come back different: leave such a file alone.
  if (!Buffer.from(encodeText(decoded.text, decoded.encoding, decoded.bom)).equals(input)) {
    return notFixed(fileWarning('not fixed: the file has bytes that could not be decoded, and writing it would change them'));
  }
  if (fixed.discarded) return notFixed(fileWarning(`not fixed: ${fixed.discarded}`));
  // A UTF-8 BOM belongs to the first line as git sees it, so a diff must carry it.
  const bom = decoded.bom && decoded.encoding === 'utf8' ? BOM : '';
  return {
    unfixed: (problem) => asFound([problem]),
    result: report(fixed.messages, fixed.suppressedMessages, [], fixed.output),
    fixesApplied: fixed.fixesApplied,
    before: bom + decoded.text,
    after: bom + fixed.output,
    bytes: encodeText(fixed.output, decoded.encoding, decoded.bom),
  };
}

export async function fixFile(filePath: string, options: FixFileOptions): Promise<FixedFile> {
  const fs = options.fs ?? defaultFs;
  let target: string;
  let input: Uint8Array;
  try {
    // Write through a symlink to its target, never over the link itself.
    target = await fs.realpath(filePath);
    input = await fs.readFile(target);
  } catch (error) {
    return { result: makeResult(filePath, [fatalMessage(`cannot read file: ${describeFsError(error)}`)]), fixesApplied: 0 };
  }
  // The parsers its front matter or MDX needs, before the synchronous fixer runs.
  await loadParsersForText(headOf(input), filePath);
  const { bytes, unfixed, ...plan } = planFix(input, filePath, options);
  if (!bytes || !unfixed) return plan;
  // A link committed to a repository must not lead --fix to rewrite a file elsewhere.
  if (options.within !== undefined && target !== path.resolve(filePath) && !isWithin(target, options.within)) {
    const problem = fileWarning('not fixed: it links to a file outside the project');
    return { result: unfixed(problem), fixesApplied: 0, problem };
  }
  if (options.dryRun) return plan;
  try {
    await replaceFile(target, bytes, input, fs);
  } catch (error) {
    if (!(error instanceof FileWriteError)) throw error;
    // The file is as it was, so report what was found in it.
    const problem = error.reason === 'failed' ? fatalMessage(error.message) : fileWarning(error.message);
    return { result: unfixed(problem), fixesApplied: 0, problem };
  }
  return plan;
}
