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
import { workersToStart } from './concurrency-option.js';

const workerUrl = (): URL =>
  bundledWorker() !== undefined
    ? new URL(bundledWorker()!, import.meta.url)
    : new URL('./worker.js', import.meta.url);

/** The machine's cores, for `--concurrency auto`. */
export const cores = (): number => availableParallelism();

/** The result for a file whose worker thread died while linting it alone. */
function lostWorkerResult(file: string, error: Error & { code?: string }): LintResult {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return makeResult(file, [fatalMessage('too large to lint: linting it ran out of memory; split the file into smaller ones to lint it')]);
  }
  return internalErrorResult(file, new Error(`the worker thread linting it stopped: ${error.message}`));
}

/** How this thread takes part in a threaded run. */
export interface HereOptions {
  /** Lints one file on this thread, which then lints beside its workers
   * instead of waiting for them (a worker fewer to start and warm up). */
  lint: (target: LintTarget) => Promise<LintResult>;
  /** Start the workers only when this thread's pace says they pay
   * (`workersToStart`, for `--concurrency auto`), not all at once. */
  byPace: boolean;
}

/**
 * Lints `targets` on up to `workers` worker threads, and on this thread too
 * when `here` is given; rejects only when no worker can be started. A worker
 * that dies (out of memory, a crash) costs no other file its result: the
 * files of its batch are sent again one at a time to a new worker, and a file
 * whose worker dies while linting it alone is reported as the one that could
 * not be linted.
 */
export function lintOnThreads(
  targets: readonly LintTarget[],
  workers: number,
  onFileError: (file: string, error: Error) => void,
  onLinted: (count: number) => void = () => {},
  url: URL = workerUrl(),
  here?: HereOptions,
): Promise<LintResult[]> {
  const threads = workers + (here ? 1 : 0);
  // Files go out from the front, in batches that shrink as the work left
  // does (each about an eighth of a thread's share, at most 32), so that the
  // threads finish together; a dead worker's files come back one at a time.
  let next = 0;
  const retry: number[] = [];
  const take = (most: number, retried = true): number[] => {
    if (retried && retry.length > 0) return [retry.shift()!];
    const size = Math.max(1, Math.min(most, Math.floor((targets.length - next) / (threads * 8))));
    const out: number[] = [];
    while (out.length < size && next < targets.length) out.push(next++);
    return out;
  };
  const waiting = () => retry.length + targets.length - next;
  // Each distinct configuration crosses to a worker once, under a number, so
  // the worker compiles its rules once however many batches use it.
  const configIds = new Map<ResolvedConfig, number>();
  const results: Array<LintResult | undefined> = new Array(targets.length);
  let left = targets.length;
  let batchIds = 0;
  return new Promise((resolve, reject) => {
    const live = new Set<Worker>();
    let started = 0;
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
      if (results[index] !== undefined) return;
      results[index] = result;
      left--;
    };
    const start = (): void => {
      started++;
      let w: Worker;
      try {
        w = new Worker(url);
      } catch (error) {
        finish(error as Error);
        return;
      }
      live.add(w);
      const known = new Set<number>();
      let current: { id: number; indices: number[] } | undefined;
      let gone = false;
      // Set by the worker's first message, sent once its code has loaded.
      let ready = false;
      const feed = () => {
        const indices = take(32);
        if (indices.length === 0) {
          current = undefined;
          gone = true;
          live.delete(w);
          void w.terminate();
          return;
        }
        current = { id: batchIds++, indices };
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
        else feed();
      });
      const died = (error: Error & { code?: string }) => {
        if (gone || settled) return;
        gone = true;
        // A worker that cannot start (a broken install) would fail on every
        // file: the run stops as the one-thread run would.
        if (!ready) return finish(error);
        live.delete(w);
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
        if (left === 0) finish();
        else if (waiting() > 0) start();
        else if (live.size === 0 && !here) finish(new Error('the lint workers stopped before all files were linted'));
      };
      w.on('error', died);
      w.on('exit', (code) => died(new Error(`exit code ${code}`)));
      feed();
    };
    /** This thread's share: one file at a time from the front (so that a
     * worker's reply waits at most one file), judging after each whether the
     * workers not yet started would now pay. */
    const lintHere = async ({ lint, byPace }: HereOptions): Promise<void> => {
      let since: number | undefined;
      let linted = 0;
      for (;;) {
        if (settled) return;
        // Not a file a dead worker left: it may be the one that killed it.
        const [index] = take(1, false);
        if (index === undefined) break;
        try {
          settle(index, await lint(targets[index]!));
        } catch (error) {
          return finish(error as Error);
        }
        onLinted(1);
        if (since === undefined) since = performance.now();
        else linted++;
        if (byPace && started < workers) {
          const pace = { linted, ms: performance.now() - since, left: waiting(), workers: started };
          for (let n = workersToStart(pace, workers); n > 0; n--) start();
        }
      }
      if (left === 0) finish();
    };
    if (!here || !here.byPace) for (let i = 0; i < workers && waiting() > 0; i++) start();
    if (targets.length === 0) finish();
    if (here) void lintHere(here);
  });
}
