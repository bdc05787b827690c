// Many files in, their results out, in order: reuses cached results where
// the cache allows, lints the rest on this thread or on worker threads, and
// records the new results in the cache.
import { readFileSync } from 'node:fs';
import type { LintCache } from './cache.js';
import { threadCount, type Concurrency } from './concurrency-options.js';
import type { ResolvedConfig } from './config-types.js';
import { lintFile } from './linter.js';
import type { LintResult } from './types.js';
import { VERSION } from './version.js';
import { rulePack } from '../rules/index.js';

/** A file and the configuration that lints it. */
export interface LintTarget {
  file: string;
  config: ResolvedConfig;
}

export interface LintFilesOptions {
  concurrency?: Concurrency;
  /** Cache file to read and update; no caching when absent. */
  cacheFile?: string;
  /** Problems that do not change the results (the cache could not be written). */
  onWarning?: (message: string) => void;
}

/** Set by scripts/bundle.js: a hash of the sources the bundle was built from. */
declare const CLAIMLINT_SOURCE_HASH: string | undefined;

/** claimlint's version, the build, and a hash of the whole rule pack
 * (patterns, word lists, and the code that words messages and rewrites). */
export async function engineId(): Promise<string> {
  const { hashBytes, stableJson } = await import('./cache.js');
  const build = typeof CLAIMLINT_SOURCE_HASH === 'string' ? CLAIMLINT_SOURCE_HASH : 'source';
  return `${VERSION}:${build}:${hashBytes(stableJson(rulePack))}`;
}

export async function lintFiles(targets: readonly LintTarget[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const results: Array<LintResult | undefined> = new Array(targets.length);
  const keys: Array<{ content: string; config: string } | undefined> = new Array(targets.length);
  let cache: LintCache | undefined;
  if (options.cacheFile) {
    // Hashing and the cache load only for runs that use them.
    const { hashBytes, hashConfig, LintCache } = await import('./cache.js');
    cache = await LintCache.open(options.cacheFile, await engineId());
    targets.forEach(({ file, config }, i) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        return; // linting it reports why it cannot be read
      }
      const key = { content: hashBytes(bytes), config: hashConfig(config) };
      keys[i] = key;
      results[i] = cache!.get(file, key.content, key.config);
    });
  }
  const todo = targets.flatMap((_, i) => (results[i] ? [] : [i]));
  const linted = await lintAll(
    todo.map((i) => targets[i]!),
    options.concurrency ?? 'off',
  );
  todo.forEach((index, k) => {
    const result = linted[k]!;
    results[index] = result;
    const key = keys[index];
    if (cache && key) cache.set(result, key.content, key.config);
  });
  if (cache && todo.length > 0) {
    await cache.save().catch((error: NodeJS.ErrnoException) => {
      options.onWarning?.(`cannot write the cache file ${cache.file}: ${error.code ?? error.message}`);
    });
  }
  return results as LintResult[];
}

async function lintAll(targets: LintTarget[], concurrency: Concurrency): Promise<LintResult[]> {
  // Only a run that may use threads loads the pool and asks for the cores.
  if (threadCount(concurrency, targets.length, () => Infinity) === 0) return lintInTurn(targets);
  const { cores, lintOnThreads } = await import('./concurrency.js');
  const threads = threadCount(concurrency, targets.length, cores);
  return threads > 0 ? lintOnThreads(targets, threads) : lintInTurn(targets);
}

async function lintInTurn(targets: readonly LintTarget[]): Promise<LintResult[]> {
  const out: LintResult[] = [];
  for (const { file, config } of targets) out.push(await lintFile(file, config));
  return out;
}
