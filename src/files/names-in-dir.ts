// Which of a few names a directory holds. Config discovery and ignore files
// ask this of every directory from a file up to the repository root; reading
// whole listings instead costs a pre-commit run milliseconds per large
// directory (a home or temp folder with thousands of entries).
import { lstatSync } from 'node:fs';
import path from 'node:path';

/** The names among `names` present in `dir` (an unreadable one holds none). */
export function entriesIn(dir: string, names: readonly string[]): Set<string> {
  const present = new Set<string>();
  for (const name of names) {
    try {
      // Most names are absent: an absent one answers undefined rather than
      // throwing, since making the error and its stack was most of the time.
      if (lstatSync(path.join(dir, name), { throwIfNoEntry: false })) present.add(name);
    } catch {
      // not ours to read
    }
  }
  return present;
}
