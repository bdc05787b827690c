// Following symbolic links finds one file under many names: a link to a
// shared folder, or a link to an enclosing folder, which the glob walker
// follows until the system says "too many links" (40 copies of every file).
// Each real file is kept once, under its shortest name, and every link that
// points back to a folder enclosing it is named so it can be reported.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { isWithin } from './search-bounds.js';

export interface RealPaths {
  /** One path per real file, in the order given. */
  files: string[];
  /** Links that point to a folder enclosing them. */
  loops: string[];
}

export async function dedupeRealPaths(files: readonly string[]): Promise<RealPaths> {
  const cache = new Map<string, Promise<string | undefined>>();
  const real = (p: string) => {
    let r = cache.get(p);
    if (!r) {
      // A path that cannot be resolved is kept; reading it reports why.
      r = realpath(p).catch(() => undefined);
      cache.set(p, r);
    }
    return r;
  };
  // A link that dangles or loops has no real path, but its folder does: so
  // its copies inside a looping folder are still recognised as one.
  const identity = async (file: string) => {
    const r = await real(file);
    if (r !== undefined) return r;
    const dir = await real(path.dirname(file));
    return dir === undefined ? file : path.join(dir, path.basename(file));
  };
  await Promise.all(files.map(real));
  const byLength = [...files].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const seen = new Set<string>();
  const keep = new Set<string>();
  const loops = new Set<string>();
  for (const file of byLength) {
    const id = await identity(file);
    if (!seen.has(id)) {
      seen.add(id);
      keep.add(file);
      continue;
    }
    // A second name for a file: find the outermost folder on its path that
    // is a link to a folder enclosing it, if there is one.
    const ancestors: string[] = [];
    for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) ancestors.unshift(dir);
    for (const dir of ancestors) {
      const target = await real(dir);
      const parent = await real(path.dirname(dir));
      if (target !== undefined && parent !== undefined && isWithin(parent, target)) {
        loops.add(dir);
        break;
      }
    }
  }
  return { files: files.filter((f) => keep.has(f)), loops: [...loops].sort() };
}
