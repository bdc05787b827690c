// .claimlintignore for files named on the command line. Globs are filtered by
// globby already; a file passed by name (as pre-commit hooks do) must be left
// out by the same ignore files, read with gitignore rules from each directory
// between the file and the repository root (or, without one, the project's top).
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

  constructor(cwd: string) {
    this.bounds = new SearchBounds(cwd);
  }

  private rulesIn(dir: string): Promise<DirRules> {
    let hit = this.dirs.get(dir);
    if (!hit) {
      hit = (async () => {
        const names = entriesIn(dir, [IGNORE_FILE, '.git']);
        const top = this.bounds.stopsAt(dir, names.has('.git'));
        if (!names.has(IGNORE_FILE)) return { top };
        // A FIFO, device or huge file reads as no rules: the file it names is linted.
        let text = '';
        try {
          text = readSettingsFile(path.join(dir, IGNORE_FILE));
        } catch {
          // unreadable
        }
        return { rules: ignore().add(text), top };
      })();
      this.dirs.set(dir, hit);
    }
    return hit;
  }

  async ignores(file: string): Promise<boolean> {
    let dir = path.dirname(file);
    for (;;) {
      const { rules, top } = await this.rulesIn(dir);
      if (rules && rules.ignores(path.relative(dir, file).split(path.sep).join('/'))) return true;
      if (top) return false;
      dir = path.dirname(dir);
    }
  }
}
