// A lint worker thread: lints the batches of files the main thread sends,
// with the configuration it was started with (src/concurrency.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config-types.js';
import { lintFile } from '../linter.js';
import type { LintResult } from '../types.js';

export interface BatchRequest {
  batch: number;
  files: string[];
}

export type BatchReply = { batch: number; results: LintResult[] } | { batch: number; error: { message: string; stack?: string } };

const { config } = workerData as { config: ResolvedConfig };

parentPort?.on('message', async (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    const results: LintResult[] = [];
    for (const file of request.files) results.push(await lintFile(file, config));
    reply = { batch: request.batch, results };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { batch: request.batch, error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
  }
  parentPort!.postMessage(reply);
});
