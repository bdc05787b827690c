// The files a pull request touches, for `--changed-since REF`: what differs
// between the working tree and the point where this branch left REF (its
// merge base, so commits that landed on REF since are not counted), plus
// untracked files that are not ignored. Deleted files are left out.
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';

export class ChangedFilesError extends Error {}

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new ChangedFilesError('--changed-since: git is not installed or not on PATH'));
        return;
      }
      resolve({ ok: !error, stdout, stderr });
    });
  });
}

function nulSeparated(out: string): string[] {
  return out.split('\0').filter(Boolean);
}

/** Absolute paths (under `cwd`'s spelling, not the resolved real path) of
 * every file changed since `ref`. */
export async function changedFiles(ref: string, cwd: string): Promise<Set<string>> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) throw new ChangedFilesError(`--changed-since: ${cwd} is not inside a git repository`);
  const root = top.stdout.trim();
  // A ref is a name, never an option: refuse "-..." before git sees it.
  const verified = ref.startsWith('-') ? undefined : await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  if (!verified?.ok) throw new ChangedFilesError(`--changed-since: unknown git ref "${ref}"`);
  const commit = verified.stdout.trim();
  const mergeBase = await git(['merge-base', commit, 'HEAD'], root);
  const base = mergeBase.ok ? mergeBase.stdout.trim() : commit;
  const diff = await git(['diff', '--name-only', '-z', '--diff-filter=d', base, '--'], root);
  if (!diff.ok) throw new ChangedFilesError(`--changed-since: git diff failed: ${diff.stderr.trim().split('\n')[0]}`);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  if (!untracked.ok) throw new ChangedFilesError(`--changed-since: git ls-files failed: ${untracked.stderr.trim().split('\n')[0]}`);
  // git names files from the real path of the repository root; map them back
  // to the caller's spelling of cwd so they compare equal to discovered files.
  const realCwd = await realpath(cwd);
  const files = new Set<string>();
  for (const rel of [...nulSeparated(diff.stdout), ...nulSeparated(untracked.stdout)]) {
    files.add(path.resolve(cwd, path.relative(realCwd, path.join(root, rel))));
  }
  return files;
}
