import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/shared/lint-result.js';
import { cli, git, tempDir, writeFiles } from '../cli-helpers.js';

/** A repository whose main branch has two pages, and a feature branch that
 * edits one, adds one, deletes one and leaves one new file untracked. */
async function featureRepo(): Promise<string> {
  const dir = await tempDir({
    'docs/kept.md': 'It erases wrinkles.\n',
    'docs/edited.md': 'Book a visit.\n',
    'docs/deleted.md': 'Reduce scars.\n',
    '.gitignore': 'ignored/\n',
  });
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '.');
  await git(dir, 'commit', '-q', '-m', 'base');
  await git(dir, 'checkout', '-q', '-b', 'feature');
  await writeFile(path.join(dir, 'docs/edited.md'), 'Book a visit. It erases wrinkles.\n');
  await writeFile(path.join(dir, 'docs/added.md'), 'Reduce scars.\n');
  await rm(path.join(dir, 'docs/deleted.md'));
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'feature');
  await writeFile(path.join(dir, 'docs/untracked.md'), 'Reduce scars.\n');
  await writeFiles(dir, { 'ignored/x.md': 'Reduce scars.\n', 'docs/notes.txt': 'Reduce scars.\n' });
  // main moves on after the branch point: its changes are not the PR's.
  await git(dir, 'checkout', '-q', 'main');
  await writeFile(path.join(dir, 'docs/kept.md'), 'It erases wrinkles. Still.\n');
  await git(dir, 'commit', '-q', '-am', 'main moves');
  await git(dir, 'checkout', '-q', 'feature');
  return dir;
}

const linted = (stdout: string, dir: string) => (JSON.parse(stdout) as LintResult[]).map((r) => path.relative(dir, r.filePath));

describe('--changed-since', () => {
  it('lints Markdown changed since the branch left REF, plus untracked files', async () => {
    const dir = await featureRepo();
    const { code, stdout } = await cli(['--changed-since', 'main', '-f', 'json'], dir);
    expect(linted(stdout, dir)).toEqual(['docs/added.md', 'docs/edited.md', 'docs/untracked.md']);
    expect(code).toBe(1);
  });

  it('includes uncommitted edits and keeps to the paths given', async () => {
    const dir = await featureRepo();
    await writeFile(path.join(dir, 'docs/kept.md'), 'It erases wrinkles. Edited.\n');
    const all = await cli(['--changed-since', 'HEAD', '-f', 'json'], dir);
    expect(linted(all.stdout, dir)).toEqual(['docs/kept.md', 'docs/untracked.md']);
    const some = await cli(['docs/kept.md', '--changed-since', 'HEAD', '-f', 'json'], dir);
    expect(linted(some.stdout, dir)).toEqual(['docs/kept.md']);
  });

  it('works from a subdirectory of the repository', async () => {
    const dir = await featureRepo();
    const { stdout } = await cli(['--changed-since', 'main', '-f', 'json'], path.join(dir, 'docs'));
    expect(linted(stdout, dir)).toEqual(['docs/added.md', 'docs/edited.md', 'docs/untracked.md']);
  });

  it('says so when nothing changed, exit 0', async () => {
    const dir = await featureRepo();
    await rm(path.join(dir, 'docs/untracked.md'));
    const { code, stderr } = await cli(['--changed-since', 'HEAD'], dir);
    expect(code).toBe(0);
    expect(stderr).toBe('claimlint: no Markdown files changed since HEAD\n');
  });

  it('gives one clear line for an unknown ref, exit 2', async () => {
    const dir = await featureRepo();
    const { code, stderr } = await cli(['--changed-since', 'no-such-branch'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: --changed-since: unknown git ref "no-such-branch"\n');
    expect((await cli(['--changed-since', '--output=x'], dir)).code).toBe(2);
  });

  it('gives one clear line outside a repository, exit 2', async () => {
    const dir = await tempDir({ 'a.md': 'Reduce scars.\n' });
    const { code, stderr } = await cli(['--changed-since', 'main'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe(`claimlint: --changed-since: ${dir} is not inside a git repository\n`);
  });
});
