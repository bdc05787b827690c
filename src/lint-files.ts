// Many files in, their results out, in order: reuses cached results where
// the cache allows, lints the rest on this thread or on worker threads, and
// records the new results in the cache.
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config-types.js';
import type { LintCache } from './cache.js';
import { threadCount, type Concurrency } from './concurrency-options.js';
import { lintFile } from './linter.js';
import type { LintResult } from './types.js';
import { VERSION } from './version.js';
import { rulePack } from '../rules/index.js';

export interface LintFilesOptions {
  config?: ResolvedConfig;
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

export async function lintFiles(files: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const config = options.config ?? DEFAULT_CONFIG;
  const results: Array<LintResult | undefined> = new Array(files.length);
  const contentHashes: Array<string | undefined> = new Array(files.length);
  let cache: LintCache | undefined;
  let configHash = '';
  if (options.cacheFile) {
    // Hashing and the cache load only for runs that use them.
    const { hashBytes, hashConfig, LintCache } = await import('./cache.js');
    cache = await LintCache.open(options.cacheFile, await engineId());
    configHash = hashConfig(config);
    files.forEach((file, i) => {
      try {
        contentHashes[i] = hashBytes(readFileSync(file));
      } catch {
        return; // linting it reports why it cannot be read
      }
      results[i] = cache!.get(file, contentHashes[i]!, configHash);
    });
  }
  const todo = files.flatMap((_, i) => (results[i] ? [] : [i]));
  const todoFiles = todo.map((i) => files[i]!);
  const linted = await lintAll(todoFiles, config, options.concurrency ?? 'off');
  todo.forEach((fileIndex, k) => {
    const result = linted[k]!;
    results[fileIndex] = result;
    const content = contentHashes[fileIndex];
    if (cache && content) cache.set(result, content, configHash);
  });
  if (cache && todo.length > 0) {
    await cache.save().catch((error: NodeJS.ErrnoException) => {
      options.onWarning?.(`cannot write the cache file ${cache.file}: ${error.code ?? error.message}`);
    });
  }
  return results as LintResult[];
}

async function lintAll(files: string[], config: ResolvedConfig, concurrency: Concurrency): Promise<LintResult[]> {
  // Only a run that may use threads loads the pool and asks for the cores.
  if (threadCount(concurrency, files.length, () => Infinity) === 0) return lintInTurn(files, config);
  const { cores, lintOnThreads } = await import('./concurrency.js');
  const threads = threadCount(concurrency, files.length, cores);
  return threads > 0 ? lintOnThreads(files, config, threads) : lintInTurn(files, config);
}

async function lintInTurn(files: readonly string[], config: ResolvedConfig): Promise<LintResult[]> {
  const out: LintResult[] = [];
  for (const file of files) out.push(await lintFile(file, config));
  return out;
}
