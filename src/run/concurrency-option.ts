// `--concurrency off|auto|N` and how many threads it means for a run. Kept
// apart from the thread pool so the CLI can read the option without loading it.
import { didYouMean } from '../shared/did-you-mean.js';

/** `off`, `auto`, or a number of threads. */
export type Concurrency = 'off' | 'auto' | number;

/** Below this many files, starting threads costs more than it saves. */
export const AUTO_MIN_FILES = 200;
/** Files per thread below which another thread is not worth starting. */
const MIN_FILES_PER_THREAD = 50;

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

/** How many worker threads to use for `files` files on `cores` cores; 0
 * means this thread. A number asked for is capped at the cores: a thread
 * more than the cores only adds its memory and start-up (1000 threads on
 * 300 files took 43 s and 2.5 GB). */
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

/** The pace of a probe is read over its last this many milliseconds: its
 * first files run on cold code. */
const PACE_WINDOW_MS = 300;
/** How long the rest of a run must take one thread, at the probe's pace,
 * for threads to repay a worker's start and its cold code (which also takes
 * the second core from this thread's garbage collector and compiler). On
 * dense copy, two threads were slower than one for 200 and 400 files and
 * about even for 800 (some 4 s on one thread); see docs/performance.md,
 * "Threads". */
export const THREADS_WORTH_MS = 6000;

/**
 * Whether `rest` more files are work enough for threads, given when each
 * probed file was done (ms from the probe's start, ascending): the pace of
 * the probe's last PACE_WINDOW_MS, or of its last file when that took longer,
 * never counting the first file unless it is the only one (it carries the
 * engine's loading and the coldest code). `margin` times the threshold, for
 * a decision on a pace read too early to be warm.
 */
export function restWorthThreads(doneAt: readonly number[], rest: number, margin = 1): boolean {
  const n = doneAt.length;
  if (n === 0 || rest === 0) return false;
  const end = doneAt[n - 1]!;
  const worth = THREADS_WORTH_MS * margin;
  if (n === 1) return rest * end >= worth;
  let k = n - 1;
  while (k > 1 && end - doneAt[k - 1]! <= PACE_WINDOW_MS) k--;
  // Files k..n-1, timed from the end of the one before them.
  const perFile = (end - doneAt[k - 1]!) / (n - k);
  return rest * perFile >= worth;
}
