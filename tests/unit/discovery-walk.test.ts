// A folder or glob is walked from the folder it names, not from the working
// directory: globby reads ignore files in every folder under the one it walks,
// so `claimlint ~/site/content` run from a home folder used to list the whole
// home folder first. The ignore files that matter (in and above the walked
// folder, up to the repository root) must still count.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { discoverFiles, globWalk } from '../../src/files/discover.js';
import { writeFiles } from '../cli-run.js';

const listed = vi.hoisted(() => [] as string[]);

// Records every folder the walk lists (fast-glob lists folders through the
// file system handed to globby, which discover.ts builds from this module).
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readdir = ((dir: string, ...rest: unknown[]) => {
    listed.push(path.resolve(String(dir)));
    return (real.readdir as (...args: unknown[]) => void)(dir, ...rest);
  }) as typeof real.readdir;
  return { ...real, default: { ...real, readdir }, readdir };
});

async function scratch(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-walk-'));
  await writeFiles(dir, files);
  return dir;
}

async function found(args: string[], cwd: string, ignore?: string[]): Promise<string[]> {
  const { files } = await discoverFiles(args, ignore ? { cwd, ignore } : { cwd });
  return files.map((f) => path.relative(cwd, f).split(path.sep).join('/'));
}

const CLAIM = 'It erases wrinkles.\n';

describe('globWalk', () => {
  it('walks from the leading folders that hold no glob syntax', () => {
    expect(globWalk('content/blog/**/*.md')).toEqual({ dir: 'content/blog', pattern: '**/*.md' });
    expect(globWalk('*.md')).toEqual({ dir: '', pattern: '*.md' });
    expect(globWalk('../site/{a,b}/*.md')).toEqual({ dir: '../site', pattern: '{a,b}/*.md' });
    expect(globWalk('/srv/site/*.mdx')).toEqual({ dir: '/srv/site', pattern: '*.mdx' });
    expect(globWalk('/*.md')).toEqual({ dir: '/', pattern: '*.md' });
  });

  it('keeps an escaped folder name, a negated pattern and alternatives across folders in the pattern', () => {
    expect(globWalk('a/we\\[ird]/*.md')).toEqual({ dir: 'a', pattern: 'we\\[ird]/*.md' });
    expect(globWalk('!a/*.md')).toEqual({ dir: '', pattern: '!a/*.md' });
    expect(globWalk('{docs,blog/posts}/*.md')).toEqual({ dir: '', pattern: '{docs,blog/posts}/*.md' });
    expect(globWalk('site/@(docs|blog/posts)/*.md')).toEqual({ dir: 'site', pattern: '@(docs|blog/posts)/*.md' });
  });
});

describe('the walk of a folder', () => {
  it('lists no folder outside the one it was given, for a folder or a glob', async () => {
    const cwd = await scratch({ 'content/post.md': CLAIM, 'content/sub/more.md': CLAIM, 'unrelated/a/b/c.txt': 'x', 'unrelated/d/.gitignore': '*\n' });
    for (const args of [['content'], ['content/**/*.md']]) {
      listed.length = 0;
      expect(await found(args, cwd)).toEqual(['content/post.md', 'content/sub/more.md']);
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.filter((dir) => !dir.startsWith(path.join(cwd, 'content')))).toEqual([]);
    }
  });

  it("keeps to the repository root's .gitignore, from inside the repository or outside it", async () => {
    const repo = await scratch({ '.git/HEAD': '', '.gitignore': 'drafts/\n', 'content/post.md': CLAIM, 'content/drafts/x.md': CLAIM });
    expect(await found(['content'], repo)).toEqual(['content/post.md']);
    const elsewhere = await scratch({});
    const { files } = await discoverFiles([path.join(repo, 'content')], { cwd: elsewhere });
    expect(files).toEqual([path.join(repo, 'content', 'post.md')]);
  });

  it('keeps to a .claimlintignore above the walked folder, without a repository', async () => {
    const cwd = await scratch({ '.claimlintignore': 'content/old.md\n', 'content/old.md': CLAIM, 'content/new.md': CLAIM });
    expect(await found(['content'], cwd)).toEqual(['content/new.md']);
    expect(await found(['content/*.md'], cwd)).toEqual(['content/new.md']);
  });

  it('lets a negation in a folder below override a rule above the walked folder', async () => {
    const repo = await scratch({ '.git/HEAD': '', '.gitignore': '*.draft.md\n', 'content/.gitignore': '!keep.draft.md\n', 'content/keep.draft.md': CLAIM, 'content/other.draft.md': CLAIM });
    expect(await found(['content'], repo)).toEqual(['content/keep.draft.md']);
  });

  it('applies ignore patterns relative to the working directory, folder names and negations as before', async () => {
    const cwd = await scratch({ 'content/old/a.md': CLAIM, 'content/b.md': CLAIM, 'docs/drafts/d.md': CLAIM, 'docs/a.md': CLAIM, 'blog/p.md': CLAIM });
    expect(await found(['content'], cwd, ['content/old/**'])).toEqual(['content/b.md']);
    expect(await found(['docs'], cwd, ['docs/drafts'])).toEqual(['docs/a.md']);
    expect(await found(['.'], cwd, ['docs/drafts/'])).toEqual(['blog/p.md', 'content/b.md', 'content/old/a.md', 'docs/a.md']);
    expect(await found(['.'], cwd, ['docs/**', '!docs/a.md'])).toEqual(['blog/p.md', 'content/b.md', 'content/old/a.md']);
  });

  it('walks a folder whose name holds glob characters, with ignore patterns too', async () => {
    const cwd = await scratch({ 'notes (old)/a.md': CLAIM, 'notes (old)/drafts/b.md': CLAIM });
    expect(await found(['notes (old)'], cwd)).toEqual(['notes (old)/a.md', 'notes (old)/drafts/b.md']);
    expect(await found(['notes (old)'], cwd, ['**/drafts/**'])).toEqual(['notes (old)/a.md']);
  });

  it('finds alternatives that name folders', async () => {
    const cwd = await scratch({ 'docs/a.md': CLAIM, 'blog/posts/p.md': CLAIM, 'blog/q.md': CLAIM });
    expect(await found(['{docs,blog/posts}/*.md'], cwd)).toEqual(['blog/posts/p.md', 'docs/a.md']);
  });

  it('never enters node_modules, named below the working directory or above it', async () => {
    const top = await scratch({ 'node_modules/pkg/docs/c.md': CLAIM, 'repo/docs/a.md': CLAIM });
    const cwd = path.join(top, 'repo');
    for (const input of ['../node_modules/pkg/docs', '../node_modules/pkg/**/*.md', path.join(top, 'node_modules', 'pkg')]) {
      const { files } = await discoverFiles([input], { cwd });
      expect(files, input).toEqual([]);
    }
    const { files, problems } = await discoverFiles(['node_modules/pkg/docs'], { cwd: top });
    expect(files).toEqual([]);
    expect(problems).toEqual([{ filePath: 'node_modules/pkg/docs', message: 'no Markdown files found' }]);
  });

  it('keeps a file out when a folder above it is left out, whatever a folder below says (as git does)', async () => {
    const repo = await scratch({ '.git/HEAD': '', '.claimlintignore': 'docs/\n', 'docs/sub/.claimlintignore': '!s.md\n', 'docs/sub/s.md': CLAIM, 'other/o.md': CLAIM });
    expect(await found(['.'], repo)).toEqual(['other/o.md']);
    expect(await found(['docs/sub'], repo)).toEqual([]);
    expect(await found(['docs/sub/s.md'], repo)).toEqual([]);
  });
});
