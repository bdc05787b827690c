// Lints files on worker threads (src/run/worker.ts). Files go out
// in small batches as workers ask for them, so a few slow files do not leave a
// thread idle, and results come back in the order the files were given.
// Loaded lazily: a run that does not use threads never pays for them.
import { availableParallelism } from 'node:os';
import { bundledWorker } from '../shared/build-constants.js';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { internalErrorResult, type LintTarget } from './target.js';
import type { LintResult } from '../shared/lint-result.js';
import type { BatchReply, BatchRequest } from './worker.js';

const workerUrl = (): URL =>
  bundledWorker() !== undefined
    ? new URL(bundledWorker()!, import.meta.url)
    : new URL('./worker.js', import.meta.url);

/** The machine's cores, for `--concurrency auto`. */
export const cores = (): number => availableParallelism();

/** Lints `targets` on `threads` worker threads; rejects as the one-thread run would throw. */
export function lintOnThreads(
  targets: readonly LintTarget[],
  threads: number,
  onFileError: (file: string, error: Error) => void,
  onLinted: (count: number) => void = () => {},
): Promise<LintResult[]> {
  const size = Math.max(1, Math.min(32, Math.floor(targets.length / (threads * 8))));
  const batches: LintTarget[][] = [];
  for (let i = 0; i < targets.length; i += size) batches.push(targets.slice(i, i + size));
  // Each distinct configuration crosses to a worker once, under a number, so
  // the worker compiles its rules once however many batches use it.
  const configIds = new Map<ResolvedConfig, number>();
  const sent = new WeakMap<Worker, Set<number>>();
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
        const known = sent.get(w)!;
        const request: BatchRequest = { batch: next, files: [], configIds: [], configs: {} };
        for (const { file, config } of batches[next]!) {
          let id = configIds.get(config);
          if (id === undefined) configIds.set(config, (id = configIds.size));
          if (!known.has(id)) {
            known.add(id);
            request.configs[id] = config;
          }
          request.files.push(file);
          request.configIds.push(id);
        }
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
        w = new Worker(workerUrl());
      } catch (error) {
        fail(error as Error);
        return;
      }
      workers.push(w);
      sent.set(w, new Set());
      w.on('message', (reply: BatchReply) => {
        done[reply.batch] = reply.outcomes.map((outcome, i) => {
          if ('result' in outcome) return outcome.result;
          const file = batches[reply.batch]![i]!.file;
          const error = new Error(outcome.error.message);
          if (outcome.error.stack) error.stack = outcome.error.stack;
          onFileError(file, error);
          return internalErrorResult(file, error);
        });
        finished++;
        onLinted(reply.outcomes.length);
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
