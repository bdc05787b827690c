// Issue 21, item 1: `-o` and `--cache-location` never replace what is not a
// plain file (a FIFO or device), and refuse dangling links, links to files
// and read-only files instead of renaming over them.
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { chmod, lstat, readFile, readlink, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli-helpers.js';
import { lintFiles } from '../../src/run/lint-files.js';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';

const CLAIM = 'Our cream will reduce scars.\n';

function readFifo(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    createReadStream(file, 'utf8')
      .on('data', (chunk) => (text += chunk))
      .on('end', () => resolve(text))
      .on('error', reject);
  });
}

describe('the report file (-o)', () => {
  it('writes into a FIFO and leaves it a FIFO', async () => {
    const dir = await tempDir({ 'a.md': CLAIM });
    const fifo = path.join(dir, 'report.pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = readFifo(fifo);
    const run = await cli(['a.md', '-o', 'report.pipe', '-f', 'compact'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(await reader).toMatch(/a\.md:1:16: .*absolute-guarantee/);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('writes through a link to a FIFO without replacing the link or the FIFO', async () => {
    const dir = await tempDir({ 'a.md': CLAIM });
    const fifo = path.join(dir, 'real.pipe');
    execFileSync('mkfifo', [fifo]);
    await symlink(fifo, path.join(dir, 'report.txt'));
    const reader = readFifo(fifo);
    const run = await cli(['a.md', '-o', 'report.txt', '-f', 'compact'], dir);
    expect(run.code).toBe(1);
    expect(await reader).toContain('absolute-guarantee');
    expect((await lstat(path.join(dir, 'report.txt'))).isSymbolicLink()).toBe(true);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('refuses a dangling symbolic link and leaves it as it was', async () => {
    const dir = await tempDir({ 'a.md': CLAIM });
    await symlink(path.join(dir, 'elsewhere', 'x.sarif'), path.join(dir, 'report.sarif'));
    const run = await cli(['a.md', '-o', 'report.sarif'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('claimlint: cannot write report.sarif: it is a symbolic link to a file that does not exist; name the file itself\n');
    expect(await readlink(path.join(dir, 'report.sarif'))).toBe(path.join(dir, 'elsewhere', 'x.sarif'));
  });

  it('refuses a link to a regular file (a committed link could aim the report anywhere)', async () => {
    const dir = await tempDir({ 'a.md': CLAIM, 'precious.txt': 'keep me\n' });
    await symlink(path.join(dir, 'precious.txt'), path.join(dir, 'report.sarif'));
    const run = await cli(['a.md', '-o', 'report.sarif'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('claimlint: cannot write report.sarif: it is a symbolic link; name the file it points to\n');
    expect(await readFile(path.join(dir, 'precious.txt'), 'utf8')).toBe('keep me\n');
  });

  it('refuses a read-only file, even as root', async () => {
    const dir = await tempDir({ 'a.md': CLAIM, 'report.txt': 'old\n' });
    await chmod(path.join(dir, 'report.txt'), 0o444);
    const run = await cli(['a.md', '-o', 'report.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('claimlint: cannot write report.txt: the file is read-only\n');
    expect(await readFile(path.join(dir, 'report.txt'), 'utf8')).toBe('old\n');
  });

  it('still replaces a writable regular file whole, and creates missing folders', async () => {
    const dir = await tempDir({ 'a.md': CLAIM, 'report.txt': 'old\n' });
    expect((await cli(['a.md', '-o', 'report.txt', '-f', 'compact'], dir)).code).toBe(1);
    expect(await readFile(path.join(dir, 'report.txt'), 'utf8')).toContain('absolute-guarantee');
    expect((await cli(['a.md', '-o', 'out/new/report.txt', '-f', 'compact'], dir)).code).toBe(1);
    expect(await readFile(path.join(dir, 'out/new/report.txt'), 'utf8')).toContain('absolute-guarantee');
  });

});

describe('the cache file (--cache-location)', () => {
  it('never replaces a FIFO or waits on one: the run warns and reports', async () => {
    const dir = await tempDir({ 'a.md': CLAIM });
    const fifo = path.join(dir, 'cache.pipe');
    execFileSync('mkfifo', [fifo]);
    const warnings: string[] = [];
    const results = await lintFiles([{ file: path.join(dir, 'a.md'), config: DEFAULT_CONFIG }], { cacheFile: fifo, onWarning: (w) => warnings.push(w) });
    expect(results[0]!.errorCount).toBe(1);
    expect(warnings).toEqual([`cannot write the cache file ${fifo}: not a regular file`]);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('refuses a dangling link rather than create a file where it points', async () => {
    const dir = await tempDir({ 'a.md': CLAIM });
    const link = path.join(dir, '.claimlintcache');
    await symlink(path.join(dir, 'nowhere', 'cache'), link);
    const warnings: string[] = [];
    await lintFiles([{ file: path.join(dir, 'a.md'), config: DEFAULT_CONFIG }], { cacheFile: link, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([expect.stringContaining('symbolic link to a file that does not exist')]);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('is written whole over a regular file', async () => {
    const dir = await tempDir({ 'a.md': CLAIM, '.claimlintcache': 'not json' });
    await lintFiles([{ file: path.join(dir, 'a.md'), config: DEFAULT_CONFIG }], { cacheFile: path.join(dir, '.claimlintcache') });
    expect(JSON.parse(await readFile(path.join(dir, '.claimlintcache'), 'utf8'))).toHaveProperty('files');
  });
});
