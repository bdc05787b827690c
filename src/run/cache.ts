// Results of earlier runs, ESLint's design: a file's whole result (messages
// included) is reused when its content, the configuration it was linted
// with, claimlint's version and the rule pack are all unchanged. The cache is
// an optimisation only: a missing, corrupt or foreign cache file is ignored
// and rebuilt, and it is replaced atomically (temp file + rename), so an
// interrupted run never leaves a half-written one.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import type { LintResult } from '../shared/lint-result.js';
import { readFileBytes } from '../files/read.js';
import { writeOutputFile } from '../files/write-output.js';

export const DEFAULT_CACHE_LOCATION = '.claimlintcache';
const FORMAT = 1;
/** A cache bigger than this is not read (and is rebuilt). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

interface Entry {
  /** Hash of the file's bytes. */
  content: string;
  /** Hash of the resolved configuration the file was linted with. */
  config: string;
  result: Omit<LintResult, 'filePath'>;
}

interface CacheFile {
  format: number;
  /** claimlint version and rule pack: when they change, nothing is reused. */
  engine: string;
  files: Record<string, Entry>;
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

/** JSON with object keys sorted, so equal configurations hash equally. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return typeof v === 'function' ? `fn:${String(v)}` : v;
  });
}

const configHashes = new WeakMap<ResolvedConfig, string>();

export function hashConfig(config: ResolvedConfig): string {
  let h = configHashes.get(config);
  if (!h) configHashes.set(config, (h = hashBytes(stableJson(config))));
  return h;
}

/** Where the cache lives: a directory given as --cache-location gets the default file name in it. */
export async function resolveCacheFile(location: string = DEFAULT_CACHE_LOCATION, cwd: string = process.cwd()): Promise<string> {
  const resolved = path.resolve(cwd, location);
  const isDirectory = /[/\\]$/.test(location) || (await stat(resolved).then((s) => s.isDirectory(), () => false));
  return isDirectory ? path.join(resolved, DEFAULT_CACHE_LOCATION) : resolved;
}

export class LintCache {
  private constructor(
    readonly file: string,
    private readonly engine: string,
    private readonly files: Record<string, Entry>,
  ) {}

  /** Reads the cache; anything unreadable or from another engine starts empty. */
  static async open(file: string, engine: string): Promise<LintCache> {
    let files: Record<string, Entry> = {};
    try {
      // A regular file of bounded size only: a cache path that is a FIFO or
      // a link to a device is not waited on or read without end.
      const data = JSON.parse((await readFileBytes(file, MAX_CACHE_BYTES)).toString('utf8')) as Partial<CacheFile>;
      if (data.format === FORMAT && data.engine === engine && data.files && typeof data.files === 'object') files = data.files;
    } catch {
      // Missing or corrupt: start afresh; the next save replaces it.
    }
    return new LintCache(file, engine, files);
  }

  get(filePath: string, content: string, config: string): LintResult | undefined {
    const e = this.files[filePath];
    if (!e || e.content !== content || e.config !== config || !isResult(e.result)) return undefined;
    return { filePath, ...e.result };
  }

  set(result: LintResult, content: string, config: string): void {
    // Files that could not be read or fixed in memory are not reused.
    if (result.fatalErrorCount > 0 || result.output !== undefined) {
      delete this.files[result.filePath];
      return;
    }
    const { filePath, ...rest } = result;
    this.files[filePath] = { content, config, result: rest };
  }

  /** Writes the cache whole or not at all; a path that is not a regular
   * file (a device, a FIFO, a link to one) is refused, never replaced. */
  async save(): Promise<void> {
    const data: CacheFile = { format: FORMAT, engine: this.engine, files: this.files };
    await writeOutputFile(this.file, JSON.stringify(data), { streams: false });
  }
}

function isResult(r: unknown): r is Omit<LintResult, 'filePath'> {
  return typeof r === 'object' && r !== null && Array.isArray((r as LintResult).messages) && typeof (r as LintResult).errorCount === 'number';
}
