// Finds the config file that governs a directory: the nearest one at or
// above it, stopping at the repository root (a directory holding .git), or
// without one at the home directory or the working directory
// (src/files/search-bounds.ts): a config above the project is never read.
import { readSettingsFile } from '../files/read.js';
import { stripBom } from '../shared/bom.js';
import path from 'node:path';
import { entriesIn } from '../files/names-in-dir.js';
import { SearchBounds } from '../files/search-bounds.js';
import { ConfigError, displayPath } from './errors.js';

export const CONFIG_FILE_NAMES = [
  'claimlint.config.json',
  'claimlint.config.yaml',
  'claimlint.config.yml',
  'claimlint.config.js',
  'claimlint.config.mjs',
] as const;

const LOOKED_FOR = [...CONFIG_FILE_NAMES, 'package.json', '.git'];

export class ConfigFinder {
  private readonly cache = new Map<string, Promise<string | undefined>>();
  private readonly bounds: SearchBounds;

  constructor(private readonly cwd: string) {
    this.bounds = new SearchBounds(cwd);
  }

  /** The config file for files in `dir`, absolute, or undefined when none. */
  find(dir: string): Promise<string | undefined> {
    const key = path.resolve(dir);
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.lookUp(key);
      this.cache.set(key, hit);
    }
    return hit;
  }

  private async lookUp(dir: string): Promise<string | undefined> {
    // An unreadable directory holds no config we could use; keep looking up.
    const names = entriesIn(dir, LOOKED_FOR);
    const found = CONFIG_FILE_NAMES.filter((n) => names.has(n));
    if (found.length > 1) {
      throw new ConfigError(displayPath(dir, this.cwd), `found ${found.join(' and ')}; keep one`);
    }
    if (found.length === 1) return path.join(dir, found[0]!);
    if (names.has('package.json') && (await hasClaimlintKey(path.join(dir, 'package.json')))) {
      return path.join(dir, 'package.json');
    }
    if (this.bounds.stopsAt(dir, names.has('.git'))) return undefined;
    return this.find(path.dirname(dir));
  }
}

/** Cheap test before parsing: most package.json files say nothing of claimlint. */
async function hasClaimlintKey(file: string): Promise<boolean> {
  let text: string;
  try {
    text = readSettingsFile(file);
  } catch {
    return false;
  }
  const mentionsKey = /"claimlint"\s*:/.test(text);
  if (!mentionsKey) return false;
  try {
    const pkg: unknown = JSON.parse(stripBom(text));
    return typeof pkg === 'object' && pkg !== null && !Array.isArray(pkg) && 'claimlint' in pkg;
  } catch {
    // Broken, but it seems to hold our key: let the loader report where.
    return true;
  }
}
