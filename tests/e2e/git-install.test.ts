// Installing from git, as pre-commit and `npm install git+https://…#tag` do,
// on a machine without the build tools: a release tag (scripts/release.js)
// carries the build, checked against its source, and installs offline.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshProject, npmOffline } from './npm-helpers.js';
import { git, GIT_IDENTITY, makeRelease, type Release } from './release-helpers.js';

let release: Release;

beforeAll(() => {
  release = makeRelease();
}, 300_000);

const run = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('a release tag', () => {
  it('is a commit on top of its source holding the build, with no install-time scripts and no branch moved', () => {
    const { clone, tag, source } = release;
    expect(git(clone, 'rev-parse', `${tag}^{commit}^`)).toBe(source);
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(source);
    const files = git(clone, 'ls-tree', '-r', '--name-only', tag).split('\n');
    expect(files).toEqual(expect.arrayContaining(['dist/bundle/claimlint.cjs', 'dist/lib/index.js', 'dist/lib/index.cjs', 'dist/types/src/index.d.ts', 'src/index.ts', '.pre-commit-hooks.yaml']));
    expect(files.filter((f) => f.endsWith('.v8-cache') || f.startsWith('dist/src/'))).toEqual([]);
    const manifest = JSON.parse(git(clone, 'show', `${tag}:package.json`));
    expect(manifest.scripts).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
  });

  it('is checked against its source by rebuilding it, and a tampered build is caught', () => {
    const { clone, tag, source } = release;
    expect(run(process.execPath, ['scripts/release.js', '--check', tag], clone)).toMatchObject({ code: 0, stdout: `${tag} is the build of ${source.slice(0, 12)}.\n` });
    // The same release with one byte of the bundle changed.
    const index = path.join(mkdtempSync(path.join(tmpdir(), 'claimlint-index-')), 'index');
    const env = { ...process.env, ...GIT_IDENTITY, GIT_INDEX_FILE: index };
    const gitEnv = (...args: string[]) => spawnSync('git', args, { cwd: clone, encoding: 'utf8', env, input: '' }).stdout.trim();
    gitEnv('read-tree', tag);
    const blob = spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: clone, encoding: 'utf8', maxBuffer: 1 << 28, input: `${git(clone, 'show', `${tag}:dist/lib/index.cjs`)}\n// changed\n` }).stdout.trim();
    gitEnv('update-index', '--cacheinfo', `100644,${blob},dist/lib/index.cjs`);
    const bad = git(clone, 'commit-tree', gitEnv('write-tree'), '-p', source, '-m', 'tampered');
    git(clone, 'tag', 'v0.0.0-tampered', bad);
    const caught = run(process.execPath, ['scripts/release.js', '--check', 'v0.0.0-tampered'], clone);
    expect(caught.code).toBe(1);
    expect(caught.stderr).toBe(`release: v0.0.0-tampered is not the build of its source ${source.slice(0, 12)}: dist/lib/index.cjs\n`);
    rmSync(path.dirname(index), { recursive: true, force: true });
  });

  it('installs from a git URL without dev dependencies or a registry, and runs', () => {
    const project = freshProject();
    const install = npmOffline(['install', '--omit=dev', `git+file://${release.clone}#${release.tag}`], project);
    expect(install.code, install.stderr).toBe(0);
    writeFileSync(path.join(project, 'page.mdx'), '<Note title="Erases wrinkles" />\n');
    expect(run('npx', ['--no-install', 'claimlint', 'page.mdx', '-f', 'compact'], project)).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^page\.mdx:1:14: error absolute-guarantee /),
    });
    writeFileSync(path.join(project, 'use.mjs'), "import { lintText } from 'claimlint';\nconsole.log((await lintText('Reduce scars.')).errorCount);\n");
    expect(run(process.execPath, ['use.mjs'], project).stdout).toBe('1\n');
    expect(existsSync(path.join(project, 'node_modules', 'claimlint', 'src'))).toBe(false);
  });
});

describe('a source commit without its build tools', () => {
  it('says what to install instead of failing on "tsc: not found"', () => {
    // A fresh clone has no node_modules: what npm's --omit=dev leaves.
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'claimlint-src-')), 'claimlint');
    git(release.clone, 'clone', '-q', '--no-local', release.clone, clone);
    const prepare = run(process.execPath, ['scripts/prepare.js'], clone);
    expect(prepare.code).toBe(1);
    expect(prepare.stderr).toMatch(/^claimlint: cannot build from source here: typescript and esbuild \(development dependencies\) are not installed\.\nInstall a release instead/);
    expect(readFileSync(path.join(clone, 'package.json'), 'utf8')).toContain('"prepare": "node scripts/prepare.js"');
  });
});
