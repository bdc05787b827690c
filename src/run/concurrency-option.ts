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
