// Where the shared data (corpus/, eval/) lives: `../shared` beside the
// repository, or beside the directory that holds it when this checkout is a
// worktree one level further down (/work/wt/NAME next to /work/main).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `shared/<sub>` from the nearest ancestor that has it; the first candidate when none does. */
export function sharedPath(sub) {
  const candidates = [path.join(root, '..', 'shared', sub), path.join(root, '..', '..', 'shared', sub)];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}
