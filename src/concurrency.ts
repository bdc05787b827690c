// Lints files on worker threads. Files go out in small batches as workers
// ask for them, so a few slow files do not leave a thread idle, and results
// come back in the order the files were given. This module is also the
// workers' entry point: loaded in a worker it serves batches instead.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from './config-types.js';
import { lintFile } from './linter.js';
import type { LintResult } from './types.js';

/** `off`, `auto`, or a number of threads. */
export type Concurrency = 'off' | 'auto' | number;

/** Below this many files, starting threads costs more than it saves. */
export const AUTO_MIN_FILES = 200;
/** Files per thread below which another thread is not worth starting. */
const MIN_FILES_PER_THREAD = 50;
const WORKER_FLAG = 'claimlintLintWorker';

export function parseConcurrency(value: string): Concurrency {
  if (value === 'off' || value === 'auto') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--concurrency: expected a positive whole number, "auto" or "off", got "${value}"`);
  return n;
}

/** How many worker threads to use for `files` files; 0 means lint in this thread. */
export function threadCount(setting: Concurrency, files: number, cores = availableParallelism()): number {
  if (setting === 'off' || files < 2) return 0;
  if (setting === 'auto') {
    if (cores < 2 || files < AUTO_MIN_FILES) return 0;
    return Math.min(cores, Math.floor(files / MIN_FILES_PER_THREAD));
  }
  return setting <= 1 ? 0 : Math.min(setting, files);
}

interface BatchRequest {
  batch: number;
  files: string[];
}

type BatchReply = { batch: number; results: LintResult[] } | { batch: number; error: { message: string; stack?: string } };

/** Lints `files` on `threads` worker threads; rejects as the one-thread run would throw. */
export function lintOnThreads(files: readonly string[], config: ResolvedConfig, threads: number): Promise<LintResult[]> {
  const size = Math.max(1, Math.min(32, Math.floor(files.length / (threads * 8))));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  const done: LintResult[][] = new Array(batches.length);
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const retired = new WeakSet<Worker>();
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const feed = (w: Worker) => {
      if (next < batches.length) {
        const request: BatchRequest = { batch: next, files: batches[next]! };
        next++;
        w.postMessage(request);
      } else {
        retired.add(w);
        void w.terminate();
      }
    };
    for (let i = 0; i < threads && !failed; i++) {
      let w: Worker;
      try {
        w = new Worker(new URL(import.meta.url), { workerData: { [WORKER_FLAG]: true, config } });
      } catch (error) {
        fail(error as Error);
        return;
      }
      workers.push(w);
      w.on('message', (reply: BatchReply) => {
        if ('error' in reply) {
          const error = new Error(reply.error.message);
          if (reply.error.stack) error.stack = reply.error.stack;
          fail(error);
          return;
        }
        done[reply.batch] = reply.results;
        finished++;
        if (finished === batches.length) {
          for (const x of workers) void x.terminate();
          resolve(done.flat());
        } else {
          feed(w);
        }
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (!retired.has(w) && finished < batches.length && code !== 0) fail(new Error(`a lint worker stopped (exit code ${code})`));
      });
      feed(w);
    }
  });
}

function serveBatches(): void {
  const { config } = workerData as { config: ResolvedConfig };
  parentPort!.on('message', async (request: BatchRequest) => {
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
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) serveBatches();
