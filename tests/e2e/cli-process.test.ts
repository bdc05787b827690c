// The built CLI as a process: what only a real process shows (a pipe closed
// early) and what the bundle must load at run time (a user's formatter).
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../cli-helpers.js';

const bin = path.join(root, 'bin', 'claimlint.js');
const CLAIMS = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}: it erases wrinkles.\n`).join('\n');

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a reader that stops early', () => {
  it('ends quietly with the run\'s own exit code (`claimlint | head`)', async () => {
    const dir = await tempDir({ 'a.md': CLAIMS });
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" a.md -f compact | head -n 1; echo "status:\${PIPESTATUS[0]}" >&2`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('status:1\n');
  });
});

describe('a formatter module given by path', () => {
  const files = {
    'a.md': 'It erases wrinkles.\n',
    'fmt/esm.mjs': 'export default (results, context) => results.map((r) => `${r.filePath.slice(context.cwd.length + 1)} ${r.errorCount} ${Object.keys(context.rulesMeta).length > 0} ${context.rulesMeta["absolute-guarantee"].docs.url.startsWith("https://")}`).join("\\n") + "\\n";\n',
    'fmt/cjs.cjs': 'module.exports = async function (results) { return `files: ${results.length}\\n`; };\n',
    'fmt/none.mjs': 'export const x = 1;\n',
    'fmt/bad.mjs': 'export default () => 42;\n',
  };

  it('loads ESM and CommonJS, sync or async, with ESLint\'s context', async () => {
    const dir = await tempDir(files);
    expect(run(['a.md', '-f', './fmt/esm.mjs'], dir)).toEqual({ code: 1, stdout: 'a.md 1 true true\n', stderr: '' });
    expect(run(['a.md', '-f', 'fmt/cjs.cjs'], dir)).toEqual({ code: 1, stdout: 'files: 1\n', stderr: '' });
  });

  it('says in one line what is wrong with one that cannot be used, exit 2', async () => {
    const dir = await tempDir(files);
    const missing = run(['a.md', '-f', './fmt/missing.mjs'], dir);
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: 'claimlint: cannot load the formatter ./fmt/missing.mjs: no such file\n' });
    expect(run(['a.md', '-f', './fmt/none.mjs'], dir).stderr).toMatch(/^claimlint: \.\/fmt\/none\.mjs exports no formatter function/);
    expect(run(['a.md', '-f', './fmt/bad.mjs'], dir).stderr).toBe('claimlint: the formatter ./fmt/bad.mjs returned number, not a string\n');
  });
});

// Moved from the unit tests of the same behaviour run in-process
// (tests/unit/cli.test.ts, cli-conventions.test.ts, output-file.test.ts).
describe('the built CLI as a process', () => {
  it('runs as a real process with the right exit code', async () => {
    const run = promisify(execFile);
    const bin = path.join(root, 'bin', 'claimlint.js');
    const ok = await run(process.execPath, [bin, '--version']);
    expect(ok.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    await expect(run(process.execPath, [bin, 'fixtures/seed-article.md'], { cwd: root })).rejects.toMatchObject({ code: 1 });
  });

  it('reads the real standard input when run as a process', async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin', 'claimlint.js'), '--stdin', '--stdin-filename', 'a.md', '-f', 'compact'], { cwd: await tempDir({}) });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stdin.end('Reduce scars.\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^a\.md:1:1: error absolute-guarantee /);
  });

  it('writes to /dev/stdout when it is a pipe (the bundled CLI)', async () => {
    const dir = await tempDir({ 'a.md': 'Our cream will reduce scars.\n' });
    const r = await promisify(execFile)(process.execPath, [path.join(root, 'bin', 'claimlint.js'), 'a.md', '-o', '/dev/stdout', '-f', 'compact'], { cwd: dir }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^.*a\.md:1:16: .*absolute-guarantee/m);
    expect(r.stdout).toContain('report written to /dev/stdout');
  });
});

describe('a folder that cannot be read', () => {
  // As root every folder opens: the run is made as another user where it can be.
  const asRoot = process.getuid?.() === 0;
  const setpriv = asRoot ? (() => { try { execFileSync('setpriv', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; } })() : true;
  const runs = process.platform !== 'win32' && setpriv;
  (runs ? it : it.skip)('is named, with exit 2, and the rest is linted', async () => {
    const dir = await tempDir({ 'locked/a.md': 'This balm erases wrinkles.\n', 'open/b.md': 'This balm erases wrinkles.\n' });
    const { chmod } = await import('node:fs/promises');
    await chmod(dir, 0o755);
    await chmod(path.join(dir, 'open'), 0o755);
    await chmod(path.join(dir, 'locked'), 0o000);
    const node = [process.execPath, bin];
    const command = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...node] : node;
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(command[0]!, [...command.slice(1), ...args], { cwd: dir }, (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr }));
      });
    try {
      const all = await run(['.', '-f', 'compact']);
      expect(all.code).toBe(2);
      expect(all.stderr).toBe('claimlint: locked: permission denied: the files in this folder were not linted\n');
      expect(all.stdout).toContain('open/b.md:1:');
      const named = await run(['locked', '-f', 'compact']);
      expect(named.stderr).toBe('claimlint: locked: permission denied: the files in this folder were not linted\n');
    } finally {
      await chmod(path.join(dir, 'locked'), 0o755);
    }
  });
});
