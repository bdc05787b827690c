// How far up the tree a run looks for config and ignore files, and which
// files --fix may write through a link. A run in an unpacked archive in /tmp
// must not read, let alone run, a claimlint.config.mjs someone left in /tmp;
// a link committed to a repository must not lead --fix outside it.
//
// The project is the repository holding the working directory (the nearest
// folder with a `.git` at or above it); without one, the home directory when
// the working directory is inside it, else the working directory itself. A
// search from a folder stops at the first of: a folder holding `.git`, the
// project's top, the home directory. A folder outside both the project and
// the home directory searches only itself, unless a `.git` above it says
// where its repository begins.
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { entriesIn } from './names-in-dir.js';

export function isWithin(child: string, parent: string): boolean {
  if (child === parent) return true;
  return child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
}

function home(): string | undefined {
  try {
    const h = homedir();
    return h ? path.resolve(h) : undefined;
  } catch {
    return undefined;
  }
}

function repositoryAt(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (entriesIn(dir, ['.git']).size > 0) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export class SearchBounds {
  /** The top of the project the working directory is in. */
  readonly top: string;
  private readonly home: string | undefined;
  private readonly repositories = new Map<string, string | undefined>();

  constructor(cwd: string) {
    const dir = path.resolve(cwd);
    this.home = home();
    this.top = repositoryAt(dir) ?? (this.home !== undefined && isWithin(dir, this.home) ? this.home : dir);
  }

  /** True when a search up from `dir` (which holds `names`) must stop after `dir`. */
  stopsAt(dir: string, hasGit: boolean): boolean {
    if (hasGit || dir === this.top || dir === this.home || path.dirname(dir) === dir) return true;
    if (isWithin(dir, this.top) || (this.home !== undefined && isWithin(dir, this.home))) return false;
    // Outside the project and home: only a repository above says how far to look.
    return this.repositoryAbove(dir) === undefined;
  }

  private repositoryAbove(dir: string): string | undefined {
    if (!this.repositories.has(dir)) this.repositories.set(dir, repositoryAt(dir));
    return this.repositories.get(dir);
  }

  /** The project's top with links resolved, for comparing real paths (--fix). */
  realTop(): string {
    try {
      return realpathSync(this.top);
    } catch {
      return this.top;
    }
  }
}
