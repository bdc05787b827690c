// The built CLI as a process: what only a real process shows (a pipe closed
// early) and what the bundle must load at run time (a user's formatter).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
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
