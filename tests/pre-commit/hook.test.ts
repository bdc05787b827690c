// The hook with the real pre-commit tool (`npm run test:pre-commit`; .ci/run
// installs Debian's pre-commit first): a project's .pre-commit-config.yaml
// names this repository at a release tag, pre-commit installs it on a
// machine without build tools or a registry, and the hook blocks a commit
// with a claim in an .mdx file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, GIT_IDENTITY, makeRelease, type Release } from '../e2e/release-helpers.js';

let release: Release;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) throw new Error('pre-commit is not installed (Debian: apt-get install pre-commit)');
  release = makeRelease();
  const scratch = mkdtempSync(path.join(tmpdir(), 'claimlint-pre-commit-'));
  env = {
    ...process.env,
    ...GIT_IDENTITY,
    NO_COLOR: '1',
    PRE_COMMIT_COLOR: 'never',
    // Its own cache, and npm with no registry to reach: the hook must need none.
    PRE_COMMIT_HOME: path.join(scratch, 'pre-commit-home'),
    npm_config_cache: path.join(scratch, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
}, 300_000);

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlint-hooked-'));
  git(dir, 'init', '-q', '-b', 'main');
  const config = ['repos:', `  - repo: file://${release.clone}`, `    rev: ${release.tag}`, '    hooks:', '      - id: claimlint', ''].join('\n');
  writeFileSync(path.join(dir, '.pre-commit-config.yaml'), config);
  git(dir, 'add', '.pre-commit-config.yaml');
  return dir;
}

const run = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};

describe('the pre-commit hook at a release tag', () => {
  it('blocks a commit with a claim in an .mdx file, naming it, and lets a clean one through', () => {
    const dir = project();
    expect(run('pre-commit', ['install'], dir).code).toBe(0);
    writeFileSync(path.join(dir, 'offer.mdx'), '# Spring offer\n\n<Callout title="Erases wrinkles in one session" />\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'Erases wrinkles.\n');
    git(dir, 'add', 'offer.mdx', 'notes.txt');
    const blocked = run('git', ['commit', '-m', 'offer'], dir);
    expect(blocked.code, blocked.out).not.toBe(0);
    expect(blocked.out).toMatch(/claimlint\.+Failed/);
    expect(blocked.out).toContain('offer.mdx');
    expect(blocked.out).toMatch(/3:\d+\s+error\s+.*absolute-guarantee/);
    expect(blocked.out).not.toContain('notes.txt');
    expect(spawnSync('git', ['rev-parse', '-q', '--verify', 'HEAD'], { cwd: dir }).status).not.toBe(0);

    writeFileSync(path.join(dir, 'offer.mdx'), '# Spring offer\n\n<Callout title="May help reduce the appearance of wrinkles" />\n');
    git(dir, 'add', 'offer.mdx');
    const passed = run('git', ['commit', '-m', 'offer'], dir);
    expect(passed.code, passed.out).toBe(0);
    expect(passed.out).toMatch(/claimlint\.+Passed/);
  });

  it('checks .md and .markdown files, and skips a commit with no Markdown', () => {
    const dir = project();
    writeFileSync(path.join(dir, 'a.md'), 'Reduce scars.\n');
    writeFileSync(path.join(dir, 'b.markdown'), 'It is clinically proven.\n');
    git(dir, 'add', 'a.md', 'b.markdown');
    const both = run('pre-commit', ['run'], dir);
    expect(both.code, both.out).toBe(1);
    expect(both.out).toContain('a.md');
    expect(both.out).toContain('b.markdown');
    git(dir, 'rm', '-q', '--cached', 'a.md', 'b.markdown');
    writeFileSync(path.join(dir, 'c.txt'), 'Reduce scars.\n');
    git(dir, 'add', 'c.txt');
    const none = run('pre-commit', ['run'], dir);
    expect(none.code, none.out).toBe(0);
    expect(none.out).toMatch(/claimlint\.+\(no files to check\)Skipped/);
  });
});
