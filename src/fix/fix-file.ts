// One file through --fix: read the bytes, make sure they can be written back
// exactly as read (same encoding, BOM, every byte outside the fixes), fix the
// text, and write it safely unless this is a dry run. Whatever goes wrong
// becomes a message on the file's result and the original stays as it was.
import * as fsp from 'node:fs/promises';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config-types.js';
import { describeFsError } from '../files.js';
import { decodeText, encodeText, NotTextError, type DecodedText } from '../read-file.js';
import { fatalMessage, fileWarning, makeResult } from '../results.js';
import type { LintMessage, LintResult, SuppressedMessage } from '../types.js';
import { fixText } from './fix-text.js';
import { FileWriteError, nodeFs, replaceFile, type WriterFs } from './write-file.js';

export interface FixFileOptions {
  config?: ResolvedConfig;
  /** Which findings to fix (--fix-type, --quiet); all with a fix by default. */
  accept?: (message: LintMessage) => boolean;
  /** Work out the fixes but write nothing. */
  dryRun?: boolean;
  fs?: WriterFs & { realpath(file: string): Promise<string> };
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

const defaultFs = { ...nodeFs, realpath: (f: string) => fsp.realpath(f) };

export async function fixFile(filePath: string, options: FixFileOptions = {}): Promise<FixedFile> {
  const fs = options.fs ?? defaultFs;
  const config = options.config ?? DEFAULT_CONFIG;
  const fatal = (message: string): FixedFile => ({ result: makeResult(filePath, [fatalMessage(message)]), fixesApplied: 0 });

  let target: string;
  let bytes: Uint8Array;
  try {
    // Write through a symlink to its target, never over the link itself.
    target = await fs.realpath(filePath);
    bytes = await fs.readFile(target);
  } catch (error) {
    return fatal(`cannot read file: ${describeFsError(error)}`);
  }
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof NotTextError) return fatal(error.message);
    throw error;
  }
  const warnings = decoded.warnings.map(fileWarning);
  const report = (messages: LintMessage[], suppressedMessages: SuppressedMessage[], extra: LintMessage[] = [], output?: string): LintResult =>
    makeResult(filePath, [...warnings, ...extra, ...messages], { suppressedMessages, ...(output === undefined ? {} : { output }) });

  // Bytes that did not decode cleanly would come back different: leave such a file alone.
  const lossless = Buffer.from(encodeText(decoded.text, decoded.encoding, decoded.bom)).equals(bytes);
  const fixed = fixText(decoded.text, { filePath, config, ...(options.accept ? { accept: options.accept } : {}) });
  const asFound = (extra: LintMessage[] = []) => report(fixed.found, fixed.foundSuppressed, extra);
  const asFixed = () => report(fixed.messages, fixed.suppressedMessages, [], fixed.output);
  const notFixed = (problem: LintMessage): FixedFile => ({ result: asFound([problem]), fixesApplied: 0, problem });
  if (!lossless) {
    if (fixed.fixesApplied === 0) return { result: asFound(), fixesApplied: 0 };
    return notFixed(fileWarning('not fixed: the file has bytes that could not be decoded, and writing it would change them'));
  }
  if (fixed.discarded) return notFixed(fileWarning(`not fixed: ${fixed.discarded}`));
  if (fixed.fixesApplied === 0) return { result: asFound(), fixesApplied: 0 };

  // A UTF-8 BOM belongs to the first line as git sees it, so a diff must carry it.
  const bom = decoded.bom && decoded.encoding === 'utf8' ? '\uFEFF' : '';
  const changed = { before: bom + decoded.text, after: bom + fixed.output };
  if (options.dryRun) return { result: asFixed(), fixesApplied: fixed.fixesApplied, ...changed };
  try {
    await replaceFile(target, encodeText(fixed.output, decoded.encoding, decoded.bom), bytes, fs);
  } catch (error) {
    if (!(error instanceof FileWriteError)) throw error;
    return notFixed(error.reason === 'failed' ? fatalMessage(error.message) : fileWarning(error.message));
  }
  return { result: asFixed(), fixesApplied: fixed.fixesApplied, ...changed };
}
