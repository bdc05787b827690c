// The config layer's front door, for the CLI and the library API.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { rulePack } from '../../rules/index.js';
import type { Known } from './normalize.js';
import { ConfigResolver, type ConfigOptions, type FileConfig } from './resolve.js';

export { ConfigError } from './errors.js';
export type { ConfigOptions, FileConfig } from './resolve.js';
export { ConfigResolver };

export function builtInKnown(): Known {
  return { ruleIds: rulePack.rules.map((r) => r.meta.id), lists: rulePack.lists };
}

/** A resolver over the built-in rules; reuse one per run so configs are cached. */
export function createConfigResolver(options: ConfigOptions = {}): ConfigResolver {
  return new ConfigResolver(builtInKnown(), options);
}

/**
 * The resolved config for a file (its directory's config plus the overrides
 * matching it) or for a directory (without overrides). Throws ConfigError,
 * whose message is one line naming the file and the key.
 */
export async function loadConfig(fileOrDir: string, options: ConfigOptions = {}): Promise<FileConfig> {
  const resolver = createConfigResolver(options);
  const target = path.resolve(resolver.cwd, fileOrDir);
  const isDir = await stat(target).then((s) => s.isDirectory(), () => false);
  return isDir ? resolver.forDirectory(target) : resolver.forFile(target);
}
