// Many files in, their results out, in order: reuses cached results where
// the cache allows, lints the rest on this thread or on worker threads, and
// records the new results in the cache.
import type { LintCache } from './cache.js';
import { sourceHash } from '../shared/build-constants.js';
import { restWorthThreads, threadCount, type Concurrency } from './concurrency-option.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { lintFile } from './lint-file.js';
import { internalErrorResult, type LintTarget } from './target.js';
import { readFileBytes } from '../files/read.js';
import { describeFsError } from '../files/discover.js';
import type { LintResult } from '../shared/lint-result.js';
import { VERSION } from '../shared/version.js';
import { rulePack } from '../../rules/index.js';

export interface LintFilesOptions {
  concurrency?: Concurrency;
  /** Cache file to read and update; no caching when absent. */
  cacheFile?: string;
  /** Problems that do not change the results (the cache could not be written). */
  onWarning?: (message: string) => void;
  /** An unexpected error on one file; its result says "internal error" and the others are linted. */
  onFileError?: (file: string, error: Error) => void;
  /** Files done so far (from the cache or linted) out of all of them. */
  onProgress?: (done: number, total: number) => void;
}

/** claimlint's version, the build, and a hash of the whole rule pack
 * (patterns, word lists, and the code that words messages and rewrites). */
export async function engineId(): Promise<string> {
  const { hashBytes, stableJson } = await import('./cache.js');
  const build = sourceHash() ?? 'source';
  return `${VERSION}:${build}:${hashBytes(stableJson(rulePack))}`;
}

export async function lintFiles(targets: readonly LintTarget[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const out: LintResult[] = [];
  await lintEach(targets, (result) => void out.push(result), options);
  return out;
}

/** Each file's result, to `onResult` in the order of `targets` as soon as
 * it and every earlier one are known, and kept no longer: a long run's
 * report is written as it goes instead of holding every result to the end. */
export async function lintEach(
  targets: readonly LintTarget[],
  onResult: (result: LintResult, index: number) => void | Promise<void>,
  options: LintFilesOptions = {},
): Promise<void> {
  const results: Array<LintResult | undefined> = new Array(targets.length);
  const keys: Array<{ content: string; config: string } | undefined> = new Array(targets.length);
  let cache: LintCache | undefined;
  if (options.cacheFile) {
    // Hashing and the cache load only for runs that use them.
    const { hashBytes, hashConfig, LintCache } = await import('./cache.js');
    cache = await LintCache.open(options.cacheFile, await engineId());
    for (const [i, { file, config }] of targets.entries()) {
      let bytes: Buffer;
      try {
        bytes = await readFileBytes(file);
      } catch {
        continue; // linting it reports why it cannot be read
      }
      const key = { content: hashBytes(bytes), config: hashConfig(config) };
      keys[i] = key;
      results[i] = cache.get(file, key.content, key.config);
    }
  }
  const todo = targets.flatMap((_, i) => (results[i] ? [] : [i]));
  const onError = options.onFileError ?? (() => {});
  let done = targets.length - todo.length;
  const onLinted = (count: number) => options.onProgress?.((done += count), targets.length);
  onLinted(0);
  let next = 0;
  const passOn = async () => {
    for (let r = results[next]; r !== undefined; r = results[next]) {
      results[next] = undefined;
      await onResult(r, next++);
    }
  };
  await passOn();
  await lintAll(
    todo.map((i) => targets[i]!),
    options.concurrency ?? 'off',
    onError,
    onLinted,
    async (result, k) => {
      const index = todo[k]!;
      results[index] = result;
      const key = keys[index];
      if (cache && key) cache.set(result, key.content, key.config);
      await passOn();
    },
    options.onWarning ?? (() => {}),
  );
  if (cache && todo.length > 0) {
    await cache.save().catch((error: Error) => {
      options.onWarning?.(`cannot write the cache file ${cache.file}: ${describeFsError(error)}`);
    });
  }
}

type OnFileError = (file: string, error: Error) => void;
type OnLinted = (count: number) => void;
/** The result of the `k`th target given to lintAll. */
type OnLintResult = (result: LintResult, k: number) => Promise<void>;

// Linting many files on this thread leaves garbage at a steady rate but keeps
// little alive (one file's tree at a time; a streamed report lets each
// result go once written, src/cli/main.ts), and V8's default may let the
// heap grow fourfold between full collections. Growth of half the live heap
// at most keeps peak memory near the parse floor: on the dense corpus 1.1 to
// 1.3 times its peak against 1.45 at twofold, for about 2% more time collecting
// (docs/performance.md, "Memory"). Not for a few files (the setting would
// slow start-up), nor for threads (it is the whole process's, and their
// collections would compete).
const MANY_FILES = 100;
const HEAP_GROWING_PERCENT = 50;

// Optimizing compilers' inlining, for any run over many files, on this thread
// or on workers (the flag is the process's): inlined, the engine's big
// functions made big optimized code, compiled again at each deoptimization;
// on the dense corpus that was 875 compilations and 6.7 s of compiler time,
// on its own threads beside a 14 s run, and each worker compiled its own.
// Without it the run's own thread did as much work (the code ran about as
// fast) and the process about 1.5 s of processor time less in 800 dense
// pages (docs/performance.md, "Compiling").
const MANY_FILES_V8_FLAGS = '--no-turbo-inlining';

// Under `--concurrency auto`, this thread lints the first files for this
// long while it reads how busy the machine is (idle-cores.ts) and how fast
// the files go (restWorthThreads); the rest are shared with worker threads
// only if there are cores for them and enough work left to repay a worker's
// start. Long enough for the pace to be read on warm code: on dense copy the
// first file alone takes over 100 ms (the engine loads, the rules compile),
// and the next files several times as long as they will once V8 has
// optimised the code (docs/performance.md, "Threads").
const PROBE_MS = 1000;
const PROBE_MAX_MS = 3000;
// On 2,415 dense pages the pace at 500 ms put the rest at about 39 s, on 800
// pages at about 18 s (one thread takes 11 s and 4.4 s): threads start half a
// second sooner for the first, and the second goes on to the full probe.
const EARLY_MS = 500;
const EARLY_MARGIN = 5;

async function lintAll(
  targets: LintTarget[],
  concurrency: Concurrency,
  onError: OnFileError,
  onLinted: OnLinted,
  onResult: OnLintResult,
  onWarning: (message: string) => void,
): Promise<void> {
  if (targets.length >= MANY_FILES) (await import('node:v8')).setFlagsFromString(MANY_FILES_V8_FLAGS);
  // `from`: the place in `targets` of the first of `files`.
  const inTurn = async (files: readonly LintTarget[], from = 0) => {
    if (files.length >= MANY_FILES) (await import('node:v8')).setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    return lintInTurn(files, onError, onLinted, (result, k) => onResult(result, from + k));
  };
  // Only a run that may use threads loads the pool and asks for the cores.
  if (threadCount(concurrency, targets.length, () => Infinity) === 0) return inTurn(targets);
  const { cores, lintOnThreads, workerUrl } = await import('./threads.js');
  const onThreads = async (files: readonly LintTarget[], threads: number, from = 0) => {
    // Each result is passed on as it comes back, one at a time (a streamed
    // report's writes wait for one another), so none waits for the last file.
    let passing = Promise.resolve();
    let failure: { error: unknown } | undefined;
    await lintOnThreads(files, threads - 1, onError, onLinted, {
      url: workerUrl(),
      onSettled: (result, k) => {
        passing = passing.then(() => (failure ? undefined : onResult(result, from + k))).catch((error: unknown) => void (failure ??= { error }));
      },
      // This thread is one of the `threads`: it lints beside the workers.
      here: (t) => lintOne(t, onError),
      onNoWorkers: (error) => onWarning(`a worker thread could not start (${error.message}): its files are linted on this thread`),
    });
    await passing;
    if (failure) throw failure.error;
  };
  let threads = threadCount(concurrency, targets.length, cores);
  if (threads === 0) return inTurn(targets);
  if (concurrency !== 'auto') return onThreads(targets, threads);
  const { cpuTimes, freeCores, usableThreads } = await import('./idle-cores.js');
  const before = cpuTimes();
  const started = performance.now();
  // When each probed file was done, in ms from the probe's start. The
  // first file's pace (the engine loading, cold code) says little: the probe
  // goes on past PROBE_MS for a second file, within PROBE_MAX_MS.
  const doneAt: number[] = [];
  for (let now = 0; doneAt.length < targets.length && (now < PROBE_MS || (doneAt.length < 2 && now < PROBE_MAX_MS)); now = performance.now() - started) {
    await inTurn([targets[doneAt.length]!], doneAt.length);
    doneAt.push(performance.now() - started);
    // A long run shows itself sooner: past EARLY_MS, a rest that would take
    // EARLY_MARGIN times the threshold even at the cold pace of the first
    // files (two to four times the warm one) ends the probe.
    if (doneAt.at(-1)! >= EARLY_MS && restWorthThreads(doneAt, targets.length - doneAt.length, EARLY_MARGIN)) break;
  }
  const probed = doneAt.length;
  const rest = targets.slice(probed);
  if (rest.length === 0) return;
  threads = usableThreads(freeCores(before, cpuTimes(), cores()), threads);
  if (threads < 2 || !restWorthThreads(doneAt, rest.length)) return inTurn(rest, probed);
  return onThreads(rest, threads, probed);
}

/** One file's result on this thread; an error becomes its "internal error" result. */
function lintOne({ file, config }: LintTarget, onError: OnFileError): Promise<LintResult> {
  return lintFile(file, rulePack, config).catch((error: unknown) => {
    onError(file, error instanceof Error ? error : new Error(String(error)));
    return internalErrorResult(file, error);
  });
}

async function lintInTurn(targets: readonly LintTarget[], onError: OnFileError, onLinted: OnLinted, onResult: OnLintResult): Promise<void> {
  for (const [k, target] of targets.entries()) {
    const result = await lintOne(target, onError);
    onLinted(1);
    await onResult(result, k);
  }
}

