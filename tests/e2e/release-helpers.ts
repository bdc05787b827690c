// A clone of this repository with a release tag made by scripts/release.js,
// as a maintainer would make it, for the git-install and pre-commit tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from '../cli-helpers.js';

export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.com',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...GIT_IDENTITY } }).trim();
}

export interface Release {
  clone: string;
  tag: string;
  source: string;
}

/** Clones the committed HEAD and tags a release of it there. */
export function makeRelease(): Release {
  const clone = path.join(mkdtempSync(path.join(tmpdir(), 'claimlint-release-test-')), 'claimlint');
  git(root, 'clone', '-q', '--no-local', root, clone);
  const source = git(clone, 'rev-parse', 'HEAD');
  // A maintainer's checkout has its dev dependencies (npm ci): these ones.
  symlinkSync(path.join(root, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  const r = spawnSync(process.execPath, ['scripts/release.js'], { cwd: clone, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });
  if (r.status !== 0) throw new Error(`release.js failed:\n${r.stderr}`);
  const { version } = JSON.parse(git(clone, 'show', 'HEAD:package.json'));
  return { clone, tag: `v${version}`, source };
}
