// The config layer's front door, for the CLI and the library API.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { RulePack } from '../judge/compile.js';
import { knownIn } from './known.js';
import { ConfigResolver, type ConfigOptions, type FileConfig } from './resolve.js';

export { ConfigError } from './errors.js';
export type { ConfigOptions, FileConfig } from './resolve.js';
export { ConfigResolver };

export { knownIn };

/** A resolver over a rule pack; reuse one per run so configs are cached. */
export function createConfigResolver(pack: RulePack, options: ConfigOptions = {}): ConfigResolver {
  return new ConfigResolver(knownIn(pack), options);
}

/**
 * The resolved config for a file (its directory's config plus the overrides
 * matching it) or for a directory (without overrides). Throws ConfigError,
 * whose message is one line naming the file and the key.
 */
export async function loadConfig(pack: RulePack, fileOrDir: string, options: ConfigOptions = {}): Promise<FileConfig> {
  const resolver = createConfigResolver(pack, options);
  const target = path.resolve(resolver.cwd, fileOrDir);
  const isDir = await stat(target).then((s) => s.isDirectory(), () => false);
  return isDir ? resolver.forDirectory(target) : resolver.forFile(target);
}
