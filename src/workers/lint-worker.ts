// A lint worker thread: lints the batches of files the main thread sends
// (src/concurrency.ts), each file with its configuration.
import { parentPort } from 'node:worker_threads';
import type { ResolvedConfig } from '../config-types.js';
import { lintFile } from '../linter.js';
import type { LintResult } from '../types.js';

export interface BatchRequest {
  batch: number;
  files: string[];
  /** Per file, the number of its configuration. */
  configIds: number[];
  /** Configurations this worker has not been sent before, by number. */
  configs: Record<number, ResolvedConfig>;
}

export type BatchReply = { batch: number; results: LintResult[] } | { batch: number; error: { message: string; stack?: string } };

// Kept by number, so each is one object and its compiled rules are reused.
const configs = new Map<number, ResolvedConfig>();

parentPort?.on('message', async (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    for (const [id, config] of Object.entries(request.configs)) configs.set(Number(id), config);
    const results: LintResult[] = [];
    for (const [i, file] of request.files.entries()) results.push(await lintFile(file, configs.get(request.configIds[i]!)!));
    reply = { batch: request.batch, results };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { batch: request.batch, error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
  }
  parentPort!.postMessage(reply);
});
