// Issue 21, item 5: discovery stays in the project. A directory walk does
// not follow links to directories (ESLint 9 does not either); --fix never
// writes through a link to a file outside the project; config discovery
// stops at the repository root (.git), else at the home directory, else at
// the working directory, so a config planted above an unpacked project (in
// /tmp, say) is never read or run.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintJson, runCli, writeFiles } from '../cli-run.js';

const CLAIM = 'It erases wrinkles.\n';
const CODE = `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./RAN', import.meta.url), 'x');\nexport default { rules: { 'absolute-guarantee': 'off' } };\n`;

async function scratch(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-bounds-'));
  await writeFiles(dir, files);
  return dir;
}

let home: string | undefined;
beforeEach(() => {
  home = process.env['HOME'];
});
afterEach(() => {
  if (home === undefined) delete process.env['HOME'];
  else process.env['HOME'] = home;
});

describe('the directory walk', () => {
  it('does not follow a link to a directory outside the repository', async () => {
    const outside = await scratch({ 'secret.md': CLAIM });
    const repo = await scratch({ '.git/HEAD': '', 'docs/a.md': CLAIM });
    await symlink(outside, path.join(repo, 'docs', 'shared'));
    await symlink(outside, path.join(repo, 'docs', 'looks-like.md'));
    const { byFile, stderr } = await lintJson(['.'], repo);
    expect(Object.keys(byFile)).toEqual(['docs/a.md']);
    expect(stderr).toBe('');
  });

  it('still walks a directory named on the command line, and lints linked files', async () => {
    const outside = await scratch({ 'x.md': CLAIM, 'more/y.md': CLAIM });
    const repo = await scratch({ '.git/HEAD': '', 'docs/a.md': CLAIM });
    await symlink(path.join(outside, 'x.md'), path.join(repo, 'docs', 'x.md'));
    await symlink(path.join(outside, 'more'), path.join(repo, 'shared'));
    const { byFile } = await lintJson(['docs', 'shared'], repo);
    expect(Object.keys(byFile).sort()).toEqual(['docs/a.md', 'docs/x.md', 'shared/y.md']);
  });
});

describe('--fix', () => {
  it('never writes through a link to a file outside the project', async () => {
    const outside = await scratch({ 'x.md': CLAIM });
    const repo = await scratch({ '.git/HEAD': '', 'docs/a.md': CLAIM });
    await symlink(path.join(outside, 'x.md'), path.join(repo, 'docs', 'x.md'));
    const run = await runCli(['docs', '--fix'], repo);
    expect(await readFile(path.join(outside, 'x.md'), 'utf8')).toBe(CLAIM);
    expect(await readFile(path.join(repo, 'docs', 'a.md'), 'utf8')).not.toBe(CLAIM);
    expect(run.stderr).toContain('docs/x.md: not fixed: it links to a file outside the project');
  });

  it('still writes through a link to a file inside the project', async () => {
    const repo = await scratch({ '.git/HEAD': '', 'docs/a.md': CLAIM });
    await symlink('a.md', path.join(repo, 'docs', 'b.md'));
    await runCli(['docs/b.md', '--fix'], repo);
    expect(await readFile(path.join(repo, 'docs', 'a.md'), 'utf8')).not.toBe(CLAIM);
  });
});

describe('config discovery', () => {
  it('does not look above the working directory when there is no repository and it is not under home', async () => {
    const above = await scratch({ 'claimlint.config.mjs': CODE, 'project/docs/a.md': CLAIM });
    process.env['HOME'] = await scratch({});
    const { byFile } = await lintJson(['docs'], path.join(above, 'project'));
    expect(byFile['docs/a.md']!.errorCount).toBe(1);
    expect(existsSync(path.join(above, 'RAN'))).toBe(false);
  });

  it('looks up to the home directory, and no further, without a repository', async () => {
    const top = await scratch({ 'claimlint.config.mjs': CODE, 'home/claimlint.config.json': '{ "rules": { "absolute-guarantee": "warn" } }', 'home/work/project/a.md': CLAIM });
    process.env['HOME'] = path.join(top, 'home');
    const { byFile } = await lintJson(['a.md'], path.join(top, 'home', 'work', 'project'));
    expect(byFile['a.md']!.warningCount).toBe(1);
    expect(existsSync(path.join(top, 'RAN'))).toBe(false);
  });

  it('stops at the repository root', async () => {
    const top = await scratch({ 'claimlint.config.mjs': CODE, 'repo/.git/HEAD': '', 'repo/docs/a.md': CLAIM });
    const { byFile } = await lintJson(['a.md'], path.join(top, 'repo', 'docs'));
    expect(byFile['a.md']!.errorCount).toBe(1);
    expect(existsSync(path.join(top, 'RAN'))).toBe(false);
  });

  it('reads no .claimlintignore above the project either', async () => {
    const above = await scratch({ '.claimlintignore': '*.md\n', 'project/a.md': CLAIM });
    process.env['HOME'] = await scratch({});
    const { byFile } = await lintJson(['a.md'], path.join(above, 'project'));
    expect(byFile['a.md']!.errorCount).toBe(1);
  });
});
