#!/usr/bin/env node
// Release commits for installing from git (pre-commit's way, or
// `npm install git+https://…#v0.1.0`), which cannot build TypeScript on the
// user's machine: the tag points at a commit whose parent is the source
// commit and whose tree is that source plus the build (what `npm pack` would
// ship, less V8's code caches, which the CLI writes on first run), with a
// package.json that has no scripts and no dev dependencies, so neither npm nor
// pre-commit tries to build or install anything. No branch moves.
//
//   node scripts/release.js           build HEAD (clean) and tag v<version> at its release commit
//   node scripts/release.js --check <tag>
//                                     rebuild the tag's source commit in a temporary worktree and
//                                     check that the tag holds exactly that build (exit 1 if not)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function git(args, options = {}) {
  return execFileSync('git', args, { cwd: options.cwd ?? root, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...options.env }, input: options.input }).trim();
}

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

/** Builds `dir` (its sources, with this checkout's node_modules when it has none). */
function build(dir) {
  if (!existsSync(path.join(root, 'node_modules'))) fail('node_modules is missing; run npm ci first');
  if (!existsSync(path.join(dir, 'node_modules'))) symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const r = spawnSync('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) fail(`the build failed in ${dir}`);
}

/** The package.json a release carries: the published manifest without what only development needs. */
export function releaseManifest(text) {
  const pkg = JSON.parse(text);
  delete pkg.scripts;
  delete pkg.devDependencies;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Path -> blob id of every file the release adds to the source tree of `dir` (blobs written when `write`). */
function releaseFiles(dir, write) {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' }))[0].files.map((f) => f.path);
  const tracked = new Set(git(['ls-files'], { cwd: dir }).split('\n'));
  const blobs = new Map();
  for (const file of packed) {
    if (tracked.has(file) || file.endsWith('.v8-cache')) continue;
    blobs.set(file, git(['hash-object', ...(write ? ['-w'] : []), '--', file], { cwd: dir }));
  }
  const manifest = releaseManifest(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  blobs.set('package.json', git(['hash-object', ...(write ? ['-w'] : []), '--stdin'], { cwd: dir, input: manifest }));
  return blobs;
}

function create() {
  if (git(['status', '--porcelain', '--untracked-files=no'])) fail('the work tree has uncommitted changes; commit them first');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const tag = `v${version}`;
  if (spawnSync('git', ['rev-parse', '-q', '--verify', `refs/tags/${tag}`], { cwd: root }).status === 0) fail(`${tag} exists already`);
  const source = git(['rev-parse', 'HEAD']);
  build(root);
  const index = path.join(mkdtempSync(path.join(tmpdir(), 'claimlint-release-')), 'index');
  const env = { GIT_INDEX_FILE: index };
  git(['read-tree', source], { env });
  for (const [file, blob] of releaseFiles(root, true)) git(['update-index', '--add', '--cacheinfo', `100644,${blob},${file}`], { env });
  const tree = git(['write-tree'], { env });
  rmSync(path.dirname(index), { recursive: true, force: true });
  const commit = git(['commit-tree', tree, '-p', source, '-m', `Release ${tag}\n\nThe build of ${source}, for installing from git.`]);
  git(['tag', '-a', tag, '-m', `claimlint ${version}`, commit]);
  console.log(`Tagged ${tag} at ${commit.slice(0, 12)} (source ${source.slice(0, 12)}). Push it with: git push origin ${tag}`);
}

function check(tag) {
  const commit = git(['rev-parse', `${tag}^{commit}`]);
  const source = git(['rev-parse', `${commit}^`]);
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlint-check-'));
  try {
    git(['worktree', 'add', '--detach', '-q', dir, source]);
    build(dir);
    const expected = new Map(git(['ls-tree', '-r', source], { cwd: dir }).split('\n').map((l) => [l.split('\t')[1], l.split(/\s+/)[2]]));
    for (const [file, blob] of releaseFiles(dir, false)) expected.set(file, blob);
    const actual = new Map(git(['ls-tree', '-r', commit]).split('\n').map((l) => [l.split('\t')[1], l.split(/\s+/)[2]]));
    const wrong = [...new Set([...expected.keys(), ...actual.keys()])].filter((f) => expected.get(f) !== actual.get(f)).sort();
    if (wrong.length > 0) fail(`${tag} is not the build of its source ${source.slice(0, 12)}: ${wrong.slice(0, 10).join(', ')}${wrong.length > 10 ? ` and ${wrong.length - 10} more` : ''}`);
    console.log(`${tag} is the build of ${source.slice(0, 12)}.`);
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: root });
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--check');
  if (at !== -1) {
    if (!process.argv[at + 1]) fail('--check needs a tag');
    check(process.argv[at + 1]);
  } else {
    create();
  }
}
