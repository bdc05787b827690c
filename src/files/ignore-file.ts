// Ignore files read up the tree from a file: .claimlintignore for files named
// on the command line (as pre-commit hooks name them), and with .gitignore for
// the files a walk finds (discover.ts). Each folder's files are read with
// gitignore rules, from the file's folder up to the repository root (or,
// without one, the project's top), as git reads them: for a path, the deepest
// folder with a rule for it decides (a negation below overrides a rule above),
// and a file in a folder left out stays out whatever a folder below says.
import { readSettingsFile } from './read.js';
import { describeFsError } from './fs-errors.js';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { entriesIn } from './names-in-dir.js';
import { SearchBounds } from './search-bounds.js';

export const IGNORE_FILE = '.claimlintignore';

interface DirRules {
  rules?: Ignore;
  /** True at the repository root, or where a search must stop without one (search-bounds.ts). */
  top: boolean;
  /** An ignore file here that could not be read: what it leaves out is unknown. */
  unreadable?: boolean;
}

/** An ignore file that could not be read, and why. */
export interface IgnoreFileProblem {
  file: string;
  message: string;
}

export class IgnoreFiles {
  private readonly dirs = new Map<string, Promise<DirRules>>();
  private readonly bounds: SearchBounds;
  /** Ignore files that could not be read, each once: the files under them are
   * left unlinted (and unfixed), since whether they are ignored is unknown. */
  readonly problems: IgnoreFileProblem[] = [];

  /**
   * `skipUnreadable`: a file under an ignore file that cannot be read is
   * left out, and the ignore file listed in `problems` (a run over the disk,
   * which may rewrite what it lints). Without it, such an ignore file reads
   * as no rules: text named one by one (an editor's buffer, standard input,
   * the library) is linted, never written.
   */
  constructor(
    cwd: string,
    private readonly names: readonly string[] = [IGNORE_FILE],
    private readonly skipUnreadable = false,
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
        let unreadable = false;
        for (const name of names) {
          // A FIFO, a device, a huge or unreadable file: what it leaves out
          // is unknown (see the constructor).
          const file = path.join(dir, name);
          try {
            rules.add(readSettingsFile(file));
          } catch (error) {
            unreadable = true;
            if (this.skipUnreadable) this.problems.push({ file, message: `cannot read this ignore file (${describeFsError(error)}): the files under its folder were not linted` });
          }
        }
        return { rules, top, unreadable };
      })();
      this.dirs.set(dir, hit);
    }
    return hit;
  }

  /** True when an ignore file in the file's folder or a folder above it,
   * within the search bounds, leaves `file` out. */
  async ignores(file: string): Promise<boolean> {
    // The folders from the file's own up to the top of the search.
    const chain: Array<{ dir: string; rules: Ignore | undefined }> = [];
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const { rules, top, unreadable } = await this.rulesIn(dir);
      if (unreadable && this.skipUnreadable) return true;
      chain.push({ dir, rules });
      if (top) break;
    }
    // Whether `target` is left out by the ignore files in chain[from] and above.
    const decide = (target: string, folder: boolean, from: number): boolean => {
      for (let k = from; k < chain.length; k++) {
        const { dir, rules } = chain[k]!;
        if (!rules) continue;
        const rel = path.relative(dir, target).split(path.sep).join('/');
        const { ignored, unignored } = rules.test(folder ? `${rel}/` : rel);
        if (ignored) return true;
        if (unignored) return false;
      }
      return false;
    };
    // From the top down, each folder on the way by the ignore files above it.
    for (let k = chain.length - 1; k >= 1; k--) if (decide(chain[k - 1]!.dir, true, k)) return true;
    return decide(file, false, 0);
  }
}

