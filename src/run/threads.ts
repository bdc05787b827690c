// Lints files on worker threads (src/run/worker.ts). Files go out
// in small batches as workers ask for them, so a few slow files do not leave a
// thread idle, and results come back in the order the files were given.
// Loaded lazily: a run that does not use threads never pays for them.
import { availableParallelism } from 'node:os';
import { bundledWorker } from '../shared/build-constants.js';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { internalErrorResult, type LintTarget } from './target.js';
import { fatalMessage, makeResult } from '../report/results.js';
import type { LintResult } from '../shared/lint-result.js';
import type { BatchReply, BatchRequest, WorkerReady } from './worker.js';

export const workerUrl = (): URL =>
  bundledWorker() !== undefined
    ? new URL(bundledWorker()!, import.meta.url)
    : new URL('./worker.js', import.meta.url);

/** The machine's cores, for `--concurrency auto`. */
export const cores = (): number => availableParallelism();

/** Lints one file on this thread; never rejects (an error is the file's result). */
export type LintHere = (target: LintTarget) => Promise<LintResult>;

/** The result for a file whose worker thread died while linting it alone. */
function lostWorkerResult(file: string, error: Error & { code?: string }): LintResult {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return makeResult(file, [fatalMessage('too large to lint: linting it ran out of memory; split the file into smaller ones to lint it')]);
  }
  return internalErrorResult(file, new Error(`the worker thread linting it stopped: ${error.message}`));
}

export interface ThreadOptions {
  /** The worker's script (tests give stand-ins). */
  url?: URL;
  /** Each result as soon as it comes back (in any order; `index` is its
   * place in `targets`), not kept: the promise's list is then empty. */
  onSettled?: (result: LintResult, index: number) => void;
  /** This thread lints too, taking files from the same queue: a run on two
   * cores then starts one worker, not two, and this thread's rules, compiled
   * and warmed up on the first files, do half the work. */
  here?: LintHere;
  /** With `here`: a worker could not start (`error` says why); no other is
   * started, and this thread lints the files that were its. */
  onNoWorkers?: (error: Error) => void;
}

/**
 * Lints `targets` on `threads` worker threads. A worker that dies (out of
 * memory, a crash) costs no other file its result: the files of its batch
 * are sent again one at a time to a worker (a new one if need be), and a
 * file whose worker dies while linting it alone is reported as the one that
 * could not be linted. A worker that cannot start at all (a broken install,
 * no threads to be had) fails the run, unless this thread lints too
 * (`here`): it then lints that worker's files, and no other worker starts
 * (a dead worker's files, which go only to workers, then stop the run).
 */
export function lintOnThreads(
  targets: readonly LintTarget[],
  threads: number,
  onFileError: (file: string, error: Error) => void,
  onLinted: (count: number) => void = () => {},
  { url = workerUrl(), onSettled, here, onNoWorkers }: ThreadOptions = {},
): Promise<LintResult[]> {
  if (threads < 1 && !here && targets.length > 0) return Promise.reject(new Error('no thread to lint on'));
  const size = Math.max(1, Math.min(32, Math.floor(targets.length / (Math.max(1, threads + (here ? 1 : 0)) * 8))));
  // Batches of target numbers, for the workers and for this thread.
  const queue: number[][] = [];
  for (let i = 0; i < targets.length; i += size) queue.push(Array.from({ length: Math.min(size, targets.length - i) }, (_, k) => i + k));
  // A dead worker's files, each to go again on its own to a worker, never to
  // this thread: one of them may be the file that ran the worker out of
  // memory, and this thread has the whole run to lose.
  const retry: number[] = [];
  // Each distinct configuration crosses to a worker once, under a number, so
  // the worker compiles its rules once however many batches use it.
  const configIds = new Map<ResolvedConfig, number>();
  const results: Array<LintResult | undefined> = new Array(onSettled ? 0 : targets.length);
  const returned = new Uint8Array(targets.length);
  let left = targets.length;
  let batchIds = 0;
  return new Promise((resolve, reject) => {
    const live = new Set<Worker>();
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of live) void w.terminate();
      live.clear();
      if (error) reject(error);
      else resolve(results as LintResult[]);
    };
    const settle = (index: number, result: LintResult) => {
      // Nothing more is passed on once the run has failed.
      if (settled || returned[index]) return;
      returned[index] = 1;
      left--;
      if (onSettled) onSettled(result, index);
      else results[index] = result;
    };
    // Whether this thread is linting: the run waits for it, as for a worker.
    let hereBusy = false;
    // Why a worker could not start, once one could not: no other is tried.
    let noWorkers: Error | undefined;
    // Called when a worker stops or this thread runs out of files: with
    // files left and no one to lint them, the run cannot finish.
    const stranded = () => {
      if (settled || left === 0 || live.size > 0 || hereBusy) return;
      if ((queue.length === 0 || !here) && (retry.length === 0 || noWorkers)) {
        finish(new Error(`the lint workers stopped before all files were linted${noWorkers ? ` (${noWorkers.message})` : ''}`));
      }
    };
    // A worker that never started: this thread takes its files, if it lints,
    // but for a dead worker's files it was sent again, which stay workers'.
    const cannotStart = (error: Error, batch: { indices: number[]; retried: boolean } | undefined): void => {
      if (!here) return finish(error);
      if (!noWorkers) onNoWorkers?.(error);
      noWorkers ??= error;
      if (batch?.retried) retry.unshift(...batch.indices);
      else if (batch) queue.unshift(batch.indices);
      if (!hereBusy) runHere();
      else stranded();
    };
    const start = (): void => {
      if (noWorkers) return;
      let w: Worker;
      try {
        w = new Worker(url);
      } catch (error) {
        cannotStart(error instanceof Error ? error : new Error(String(error)), undefined);
        return;
      }
      live.add(w);
      const known = new Set<number>();
      let current: { id: number; indices: number[]; retried: boolean } | undefined;
      let gone = false;
      // Set by the worker's first message, sent once its code has loaded.
      let ready = false;
      const feed = () => {
        const fresh = queue.shift();
        const indices = fresh ?? (retry.length > 0 ? [retry.shift()!] : undefined);
        if (!indices) {
          current = undefined;
          gone = true;
          live.delete(w);
          void w.terminate();
          return;
        }
        current = { id: batchIds++, indices, retried: fresh === undefined };
        const request: BatchRequest = { batch: current.id, files: [], configIds: [], configs: {} };
        for (const i of indices) {
          const { file, config } = targets[i]!;
          let id = configIds.get(config);
          if (id === undefined) configIds.set(config, (id = configIds.size));
          if (!known.has(id)) {
            known.add(id);
            request.configs[id] = config;
          }
          request.files.push(file);
          request.configIds.push(id);
        }
        w.postMessage(request);
      };
      w.on('message', (reply: BatchReply | WorkerReady) => {
        if (settled || gone) return;
        if ('ready' in reply) {
          ready = true;
          return;
        }
        if (!current || reply.batch !== current.id) return;
        reply.outcomes.forEach((outcome, k) => {
          const index = current!.indices[k]!;
          if ('result' in outcome) return settle(index, outcome.result);
          const file = targets[index]!.file;
          const error = new Error(outcome.error.message);
          if (outcome.error.stack) error.stack = outcome.error.stack;
          onFileError(file, error);
          settle(index, internalErrorResult(file, error));
        });
        onLinted(reply.outcomes.length);
        if (left === 0) finish();
        // After the reply's own turn: a worker that died just after sending
        // it is marked gone first (Node delivers its last messages, then
        // 'exit', in one turn), so no batch goes to it to be counted lost.
        else queueMicrotask(() => gone || settled || feed());
      });
      const died = (error: Error & { code?: string }) => {
        if (gone || settled) return;
        gone = true;
        live.delete(w);
        // A worker that cannot start (a broken install) would fail on every
        // file: not one file is reported as an internal error for it.
        if (!ready) {
          const unlinted = current;
          current = undefined;
          return cannotStart(error, unlinted);
        }
        const lost = current?.indices ?? [];
        current = undefined;
        if (lost.length === 1) {
          const file = targets[lost[0]!]!.file;
          onFileError(file, error);
          settle(lost[0]!, lostWorkerResult(file, error));
          onLinted(1);
        } else {
          // Which file killed it is not known: each goes again on its own.
          retry.push(...lost);
        }
        if (left === 0) return finish();
        if (retry.length > 0 || queue.length > 0) start();
        // No worker to be had (one could not start): this thread takes the
        // queue, or the run stops if only a dead worker's files are left.
        if (live.size === 0) runHere();
      };
      // Decided on 'exit', which follows any 'error': by then the worker's
      // messages have been delivered, `ready` among them, so a worker that
      // crashed on its first batch is not taken for one that never started.
      let failure: Error | undefined;
      w.on('error', (error) => void (failure ??= error));
      w.on('exit', (code) => died(failure ?? new Error(`exit code ${code}`)));
      feed();
    };
    // This thread takes files from the front of the same queue, one at a
    // time, and lets the workers' messages through between files: a worker
    // waits for its next batch at most one of this thread's files.
    const lintHere = async (lint: LintHere) => {
      hereBusy = true;
      try {
        while (!settled && queue.length > 0) {
          const batch = queue[0]!;
          const index = batch.shift()!;
          if (batch.length === 0) queue.shift();
          const result = await lint(targets[index]!);
          if (settled) return;
          settle(index, result);
          onLinted(1);
          if (left === 0) return finish();
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      } finally {
        hereBusy = false;
      }
      stranded();
    };
    const runHere = () => {
      if (here && !hereBusy && queue.length > 0) lintHere(here).catch((error: unknown) => finish(error instanceof Error ? error : new Error(String(error))));
      else stranded();
    };
    for (let i = 0; i < threads && queue.length > 0 && !settled; i++) start();
    if (!settled) runHere();
    if (targets.length === 0) finish();
  });
}
