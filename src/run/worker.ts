// A lint worker thread: lints the batches of files the main thread sends
// (src/concurrency.ts), each file with its configuration.
import { parentPort } from 'node:worker_threads';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { rulePack } from '../../rules/index.js';
import { lintFile } from './lint-file.js';
import type { LintResult } from '../shared/lint-result.js';

export interface BatchRequest {
  batch: number;
  files: string[];
  /** Per file, the number of its configuration. */
  configIds: number[];
  /** Configurations this worker has not been sent before, by number. */
  configs: Record<number, ResolvedConfig>;
}

/** Per file, its result, or the error its linting threw (the main thread
 * reports it and makes the "internal error" result). */
export type FileOutcome = { result: LintResult } | { error: { message: string; stack?: string } };

/** The worker's first message: its code has loaded. */
export interface WorkerReady {
  ready: true;
}

export interface BatchReply {
  batch: number;
  outcomes: FileOutcome[];
}

// Kept by number, so each is one object and its compiled rules are reused.
const configs = new Map<number, ResolvedConfig>();

parentPort?.on('message', async (request: BatchRequest) => {
  for (const [id, config] of Object.entries(request.configs)) configs.set(Number(id), config);
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of request.files.entries()) {
    try {
      outcomes.push({ result: await lintFile(file, rulePack, configs.get(request.configIds[i]!)!) });
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      outcomes.push({ error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } });
    }
  }
  const reply: BatchReply = { batch: request.batch, outcomes };
  parentPort!.postMessage(reply);
});

parentPort?.postMessage({ ready: true } satisfies WorkerReady);
