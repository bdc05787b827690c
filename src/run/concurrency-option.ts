// `--concurrency off|auto|N` and how many threads it means for a run. Kept
// apart from the thread pool so the CLI can read the option without loading it.
import { didYouMean } from '../shared/did-you-mean.js';

/** `off`, `auto`, or a number of threads. */
export type Concurrency = 'off' | 'auto' | number;

/** Files per thread below which another thread is not worth starting. */
const MIN_FILES_PER_THREAD = 50;
/** Below this many files `auto` does not load the thread pool: room for
 * two threads at most, and whether even one worker pays is decided by the
 * run's pace (`workersToStart`). */
export const AUTO_MIN_FILES = 2 * MIN_FILES_PER_THREAD;

/** What one more worker costs before it helps, measured on the bench's
 * machine (docs/performance.md#threads): ready to take work about 150 ms
 * after it is asked for, and its first files run on cold code, about 450 ms
 * more than the same files on this thread's warm code. */
export const WORKER_START_MS = 600;
/** Under `auto`, workers start only when the work left would take this many
 * times their start-up at the pace this thread has kept: then a worker saves
 * more than it costs even when it arrives late or the machine is busy. */
const WORTH_STARTS = 3;
/** Files this thread lints, after its first (which pays for loading the
 * engine and compiling the rules), before it judges its pace. */
export const PACE_FILES = 8;

/** How the run goes so far, on this thread, for `workersToStart`. */
export interface Pace {
  /** Files this thread has linted since its first. */
  linted: number;
  /** Milliseconds those files took, from the end of the first. */
  ms: number;
  /** Files not yet handed to any thread. */
  left: number;
  /** Workers already started. */
  workers: number;
}

/** How many workers to start now, at most `most` in all: none until this
 * thread has a pace to judge by, then all of them once the work left at that
 * pace, shared with the workers already running, would take `WORTH_STARTS`
 * times a worker's start-up. Called after each file this thread lints, so a
 * run that turns out long starts its workers late rather than never, and a
 * short one never pays for them. */
export function workersToStart(pace: Pace, most: number, startMs = WORKER_START_MS): number {
  if (pace.workers >= most || pace.linted < PACE_FILES || pace.left === 0) return 0;
  const leftMs = ((pace.ms / pace.linted) * pace.left) / (pace.workers + 1);
  return leftMs >= WORTH_STARTS * startMs ? most - pace.workers : 0;
}

export function parseConcurrency(value: string): Concurrency {
  const word = value.trim().toLowerCase();
  if (word === 'off' || word === 'auto') return word;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    const hint = /^\d/.test(word) ? '' : didYouMean(word, ['auto', 'off']);
    throw new Error(`--concurrency: expected a positive whole number, "auto" or "off", got "${value}"${hint}`);
  }
  return n;
}

/** How many threads may lint `files` files on `cores` cores, this one
 * included (it lints beside its workers); 0 means this thread alone. A
 * number asked for is capped at the cores: a thread more than the cores only
 * adds its memory and start-up (1000 threads on 300 files took 43 s and
 * 2.5 GB). Under `auto` this is the most: workers start only when the run's
 * pace says they pay (`workersToStart`). */
export function threadCount(setting: Concurrency, files: number, cores: () => number): number {
  if (setting === 'off' || files < 2) return 0;
  if (setting === 'auto') {
    if (files < AUTO_MIN_FILES) return 0;
    const n = cores();
    return n < 2 ? 0 : Math.min(n, Math.floor(files / MIN_FILES_PER_THREAD));
  }
  const n = Math.min(setting, files, cores());
  return n <= 1 ? 0 : n;
}
