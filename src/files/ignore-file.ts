// Ignore files read up the tree from a file: .claimlintignore for files named
// on the command line (as pre-commit hooks name them), and with .gitignore for
// the files a walk finds (discover.ts). Each folder's files are read with
// gitignore rules, from the file's folder up to the repository root (or,
// without one, the project's top); the deepest folder with a rule for the file
// decides, so a negation in a folder below overrides a rule above it, as in git.
import { readSettingsFile } from './read.js';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { entriesIn } from './names-in-dir.js';
import { SearchBounds } from './search-bounds.js';

export const IGNORE_FILE = '.claimlintignore';

interface DirRules {
  rules?: Ignore;
  /** True at the repository root, or where a search must stop without one (search-bounds.ts). */
  top: boolean;
}

export class IgnoreFiles {
  private readonly dirs = new Map<string, Promise<DirRules>>();
  private readonly bounds: SearchBounds;

  constructor(
    cwd: string,
    private readonly names: readonly string[] = [IGNORE_FILE],
  ) {
    this.bounds = new SearchBounds(cwd);
  }

  private rulesIn(dir: string): Promise<DirRules> {
    let hit = this.dirs.get(dir);
    if (!hit) {
      hit = (async () => {
        const present = entriesIn(dir, [...this.names, '.git']);
        const top = this.bounds.stopsAt(dir, present.has('.git'));
        const names = this.names.filter((name) => present.has(name));
        if (names.length === 0) return { top };
        const rules = ignore();
        for (const name of names) {
          // A FIFO, device or huge file reads as no rules: the file it names is linted.
          try {
            rules.add(readSettingsFile(path.join(dir, name)));
          } catch {
            // unreadable
          }
        }
        return { rules, top };
      })();
      this.dirs.set(dir, hit);
    }
    return hit;
  }

  /** True when an ignore file in the file's folder or a folder above it,
   * within the search bounds, leaves `file` out. */
  async ignores(file: string): Promise<boolean> {
    let dir = path.dirname(file);
    for (;;) {
      const { rules, top } = await this.rulesIn(dir);
      if (rules) {
        const { ignored, unignored } = rules.test(path.relative(dir, file).split(path.sep).join('/'));
        if (ignored) return true;
        if (unignored) return false;
      }
      if (top) return false;
      dir = path.dirname(dir);
    }
  }

}
