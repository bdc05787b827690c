// Many files in, their results out, in order: reuses cached results where
// the cache allows, lints the rest on this thread or on worker threads, and
// records the new results in the cache.
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config-types.js';
import { hashBytes, hashConfig, LintCache, stableJson } from './cache.js';
import { lintOnThreads, threadCount, type Concurrency } from './concurrency.js';
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

let engine: string | undefined;

/** claimlint's version and a hash of the whole rule pack (patterns, word
 * lists, messages and the code that words them). */
export function engineId(): string {
  engine ??= `${VERSION}:${hashBytes(stableJson(rulePack))}`;
  return engine;
}

export async function lintFiles(files: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const config = options.config ?? DEFAULT_CONFIG;
  const results: Array<LintResult | undefined> = new Array(files.length);
  const contentHashes: Array<string | undefined> = new Array(files.length);
  const cache = options.cacheFile ? await LintCache.open(options.cacheFile, engineId()) : undefined;
  const configHash = cache ? hashConfig(config) : '';
  if (cache) {
    files.forEach((file, i) => {
      try {
        contentHashes[i] = hashBytes(readFileSync(file));
      } catch {
        return; // linting it reports why it cannot be read
      }
      results[i] = cache.get(file, contentHashes[i]!, configHash);
    });
  }
  const todo = files.flatMap((_, i) => (results[i] ? [] : [i]));
  const threads = threadCount(options.concurrency ?? 'off', todo.length);
  const linted =
    threads > 0
      ? await lintOnThreads(todo.map((i) => files[i]!), config, threads)
      : await lintInTurn(todo.map((i) => files[i]!), config);
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

async function lintInTurn(files: readonly string[], config: ResolvedConfig): Promise<LintResult[]> {
  const out: LintResult[] = [];
  for (const file of files) out.push(await lintFile(file, config));
  return out;
}
