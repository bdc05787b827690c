import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/main.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../src/shared/resolved-config.js';
import { lintFiles as lintTargets, type LintFilesOptions } from '../../src/run/lint-files.js';
import type { LintResult } from '../../src/shared/lint-result.js';

async function project(files: Record<string, string>): Promise<{ dir: string; paths: string[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-cache-'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return { dir, paths: Object.keys(files).map((f) => path.join(dir, f)) };
}

/** Marks every cached message, so a later run shows which results it reused. */
async function markCache(cacheFile: string): Promise<void> {
  const data = JSON.parse(await readFile(cacheFile, 'utf8'));
  for (const entry of Object.values(data.files) as Array<{ result: LintResult }>) {
    for (const m of entry.result.messages) m.message = `cached: ${m.message}`;
  }
  await writeFile(cacheFile, JSON.stringify(data));
}

const reused = (results: LintResult[]) =>
  results.map((r) => [path.basename(r.filePath), r.messages.length > 0 && r.messages.every((m) => m.message.startsWith('cached: '))]);

/** Lints the files, all with one configuration (the recommended rules unless given). */
const lintFiles = (paths: string[], options: LintFilesOptions & { config?: ResolvedConfig } = {}) =>
  lintTargets(
    paths.map((file) => ({ file, config: options.config ?? DEFAULT_CONFIG })),
    options,
  );

const FILES = { 'a.md': 'It erases wrinkles.\n', 'b.md': 'It removes scars.\n', 'c.md': 'Reduces fine lines.\n' };

describe('cache', () => {
  it('reuses whole results for unchanged files and relints exactly the changed one', async () => {
    const { dir, paths } = await project(FILES);
    const cacheFile = path.join(dir, '.claimlintcache');
    const first = await lintFiles(paths, { cacheFile });
    await markCache(cacheFile);
    await writeFile(paths[1]!, 'It removes acne scars.\n');
    const second = await lintFiles(paths, { cacheFile });
    expect(reused(second)).toEqual([['a.md', true], ['b.md', false], ['c.md', true]]);
    // Apart from the marker, a reused result is the result.
    expect(second[0]!.messages.map((m) => m.message.replace('cached: ', ''))).toEqual(first[0]!.messages.map((m) => m.message));
    expect(second[0]!.filePath).toBe(paths[0]);
  });

  it('relints everything whose configuration changed', async () => {
    const { dir, paths } = await project(FILES);
    const cacheFile = path.join(dir, '.claimlintcache');
    await lintFiles(paths, { cacheFile });
    await markCache(cacheFile);
    const off: ResolvedConfig = { ...DEFAULT_CONFIG, rules: { 'absolute-guarantee': { severity: 'off' } } };
    const results = await lintFiles(paths, { cacheFile, config: off });
    expect(results.every((r) => r.messages.length === 0)).toBe(true);
    // Back to the first configuration: its entries were replaced, so nothing stale returns.
    const again = await lintFiles(paths, { cacheFile });
    expect(reused(again).map(([, hit]) => hit)).toEqual([false, false, false]);
  });

  it('ignores a corrupt cache file and writes a good one in its place', async () => {
    const { dir, paths } = await project(FILES);
    const cacheFile = path.join(dir, '.claimlintcache');
    for (const junk of ['{"format":1,"engine":', 'null', '{"format":1,"engine":"x","files":[]}', '\u0000\u0001']) {
      await writeFile(cacheFile, junk);
      const results = await lintFiles(paths, { cacheFile });
      expect(results.map((r) => r.errorCount)).toEqual([1, 1, 1]);
      expect(Object.keys(JSON.parse(await readFile(cacheFile, 'utf8')).files)).toHaveLength(3);
    }
  });

  it('ignores entries written by another claimlint or rule pack', async () => {
    const { dir, paths } = await project(FILES);
    const cacheFile = path.join(dir, '.claimlintcache');
    await lintFiles(paths, { cacheFile });
    await markCache(cacheFile);
    const data = JSON.parse(await readFile(cacheFile, 'utf8'));
    data.engine = `0.0.0:${data.engine}`;
    await writeFile(cacheFile, JSON.stringify(data));
    expect(reused(await lintFiles(paths, { cacheFile })).map(([, hit]) => hit)).toEqual([false, false, false]);
  });

  it('replaces the cache file atomically and leaves no temporary files', async () => {
    const { dir, paths } = await project(FILES);
    await lintFiles(paths, { cacheFile: path.join(dir, '.claimlintcache') });
    expect((await readdir(dir)).sort()).toEqual(['.claimlintcache', 'a.md', 'b.md', 'c.md']);
  });

  it('warns, and still reports, when the cache cannot be written', async () => {
    const { dir, paths } = await project(FILES);
    const warnings: string[] = [];
    // A folder cannot be made under a file.
    const results = await lintFiles(paths, { cacheFile: path.join(dir, 'a.md', 'cache'), onWarning: (w) => warnings.push(w) });
    expect(results.map((r) => r.errorCount)).toEqual([1, 1, 1]);
    expect(warnings).toEqual([expect.stringMatching(/^cannot write the cache file .*a\.md.cache: part of the path is a file, not a folder$/)]);
  });

  it('is used by the CLI with --cache and --cache-location, a directory included', async () => {
    const { dir } = await project(FILES);
    await mkdir(path.join(dir, 'tmp'));
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir, env: {}, isTTY: false };
    expect(await main(['--cache', '--cache-location', 'tmp', '-f', 'json'], io)).toBe(1);
    expect(await readdir(path.join(dir, 'tmp'))).toEqual(['.claimlintcache']);
    await markCache(path.join(dir, 'tmp', '.claimlintcache'));
    stdout = '';
    expect(await main(['--cache', '--cache-location', 'tmp', '-f', 'json'], io)).toBe(1);
    expect(reused(JSON.parse(stdout) as LintResult[]).map(([, hit]) => hit)).toEqual([true, true, true]);
    expect(stderr).toBe('');
    // Without --cache the cache is neither read nor written.
    stdout = '';
    await main(['-f', 'json'], io);
    expect(reused(JSON.parse(stdout) as LintResult[]).map(([, hit]) => hit)).toEqual([false, false, false]);
    expect(await readdir(dir)).not.toContain('.claimlintcache');
  });
  it('prints the same terminal report from the cache as without it, "(fixable)" marks included', async () => {
    const { dir } = await project(FILES);
    const run = async (args: string[]) => {
      let stdout = '';
      const io: CliIO = { stdout: (s) => (stdout += s), stderr: () => {}, cwd: dir, env: {}, isTTY: false };
      await main(args, io);
      return stdout;
    };
    const plain = await run(['-f', 'stylish']);
    expect(plain).toContain('(fixable)');
    const writing = await run(['--cache', '-f', 'stylish']);
    const reading = await run(['--cache', '-f', 'stylish']);
    expect(writing).toBe(plain);
    expect(reading).toBe(plain);
  });
});
