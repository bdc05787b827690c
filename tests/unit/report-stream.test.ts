// Issue 20 (memory): a long run's report is written a file at a time, never
// held whole, and each file's result is let go once written. The streamed
// report must be the very bytes of the whole one, to standard output and to
// an -o file, and the -o file must still be whole or untouched.
import { chmod, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli-helpers.js';
import { cwd, finding, sampleResults } from '../format-fixtures.js';
import { loadFormatter, loadReportStreamer } from '../../src/report/formatters/index.js';
import { makeResult } from '../../src/report/results.js';
import { lintEach } from '../../src/run/lint-files.js';
import { openOutputStream } from '../../src/files/write-output.js';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';
import type { LintResult } from '../../src/shared/lint-result.js';
import type { ReportStream } from '../../src/report/formatters/formatter.js';

const ctx = { cwd, color: false };

/** Results whose JSON needs every kind of escape, and one with its source text (never reported). */
function awkwardResults(): LintResult[] {
  const odd = 'quote " backslash \\ tab \t newline \n nul \u0000 bell \u0007 del \u007f line sep \u2028 para sep \u2029 lone \ud800 pair \ud83d\ude00 bidi \u202e';
  return [
    ...sampleResults(),
    makeResult(path.join(cwd, `we"ird\\name\u2028.md`), [finding({ message: odd, claim: odd, advice: odd })], { source: 'the whole text\n' }),
  ];
}

function pieces(stream: ReportStream, results: readonly LintResult[]): string[] {
  return [stream.head(), ...results.map((r, i) => stream.result(r, i)), stream.tail()];
}

describe('a format written a file at a time', () => {
  it('json: the pieces are the bytes of JSON.stringify of the whole list, escapes and all', async () => {
    const stream = (await loadReportStreamer('json'))!(ctx);
    for (const results of [awkwardResults(), sampleResults().slice(0, 1), []]) {
      const expected = JSON.stringify(results.map(({ source: _s, ...r }) => r)) + '\n';
      expect(pieces(stream, results).join('')).toBe(expected);
      expect((await loadFormatter('json'))(results, ctx)).toBe(expected);
    }
    expect(pieces(stream, []).join('')).toBe('[]\n');
  });

  it('compact: the pieces are the whole report', async () => {
    const stream = (await loadReportStreamer('compact'))!(ctx);
    const whole = (await loadFormatter('compact'))(awkwardResults(), ctx);
    expect(whole.split('\n').length).toBeGreaterThan(5);
    expect(pieces(stream, awkwardResults()).join('')).toBe(whole);
    expect(pieces(stream, []).join('')).toBe('');
  });

  it('is offered only by the formats that can be written so', async () => {
    expect(await loadReportStreamer('stylish')).toBeUndefined();
    expect(await loadReportStreamer('sarif')).toBeUndefined();
    expect(await loadReportStreamer('./my-formatter.mjs')).toBeUndefined();
  });
});

/** Enough files that the JSON report is several times REPORT_CHUNK (64 KiB). */
async function manyFiles(): Promise<string> {
  const page = Array.from({ length: 24 }, (_, i) => `Our cream will erase wrinkles and reduce scars, guaranteed (${i}).\n`).join('\n');
  const files: Record<string, string> = {};
  for (let i = 0; i < 60; i++) files[`p${String(i).padStart(2, '0')}.md`] = page;
  files['clean.md'] = 'The clinic opens at nine.\n';
  return tempDir(files);
}

describe('the CLI writes a streamed report in pieces', () => {
  it('to standard output: the same bytes and exit code as the report written whole, never one write of all of it', async () => {
    const dir = await manyFiles();
    for (const format of ['json', 'compact']) {
      // A terminal gets the report in one write (a progress line may share it).
      const whole = await cli(['.', '-f', format], dir, {}, { isTTY: true });
      const writes: string[] = [];
      const code = await (await import('../../src/cli/main.js')).main(['.', '-f', format], {
        stdout: (s) => void writes.push(s),
        stderr: () => {},
        cwd: dir,
        env: {},
        isTTY: false,
      });
      expect(code).toBe(whole.code);
      expect(writes.join('')).toBe(whole.stdout);
      if (format === 'json') expect(whole.stdout.length).toBeGreaterThan(2 * 65536);
      expect(writes.length).toBeGreaterThan(2);
      // No write holds more than a piece of the report and one file's part.
      const onePart = (await cli(['p00.md', '-f', format], dir, {}, { isTTY: true })).stdout.length;
      expect(onePart * 4).toBeLessThan(whole.stdout.length);
      for (const w of writes) expect(w.length).toBeLessThan(65536 + onePart);
    }
  });

  it('with --quiet: the same bytes as the report written whole', async () => {
    const dir = await manyFiles();
    await writeFile(path.join(dir, 'hype.md'), 'A miracle cream.\n');
    const whole = await cli(['.', '-f', 'json', '--quiet'], dir, {}, { isTTY: true });
    const streamed = await cli(['.', '-f', 'json', '--quiet'], dir);
    expect(streamed.stdout).toBe(whole.stdout);
    expect(streamed.code).toBe(whole.code);
    expect(JSON.parse(whole.stdout).every((r: LintResult) => r.warningCount === 0)).toBe(true);
  });

  it('to an -o file: the same bytes, the file replaced whole, nothing left beside it', async () => {
    const dir = await manyFiles();
    await writeFile(path.join(dir, 'report.json'), 'old\n');
    await chmod(path.join(dir, 'report.json'), 0o640);
    const whole = await cli(['.', '-f', 'json'], dir, {}, { isTTY: true });
    const run = await cli(['.', '-f', 'json', '-o', 'report.json'], dir);
    expect(run.code).toBe(whole.code);
    expect(await readFile(path.join(dir, 'report.json'), 'utf8')).toBe(whole.stdout);
    expect((await stat(path.join(dir, 'report.json'))).mode & 0o777).toBe(0o640);
    expect((await readdir(dir)).filter((n) => n.startsWith('report.json'))).toEqual(['report.json']);
  });
});

describe('a streamed -o file', () => {
  it('leaves the old file as it was until finished, and as it was when aborted', async () => {
    const dir = await tempDir({ 'report.txt': 'old\n' });
    const file = path.join(dir, 'report.txt');
    const out = await openOutputStream(file);
    await out.write('first half, ');
    expect(await readFile(file, 'utf8')).toBe('old\n');
    await out.abort();
    expect(await readFile(file, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['report.txt']);

    const again = await openOutputStream(file);
    await again.write('first half, ');
    await again.write('second half \u2028 é\n');
    expect(await readFile(file, 'utf8')).toBe('old\n');
    await again.finish();
    expect(await readFile(file, 'utf8')).toBe('first half, second half \u2028 é\n');
    expect(await readdir(dir)).toEqual(['report.txt']);
  });

  it('creates no file at all when aborted before any existed', async () => {
    const dir = await tempDir({});
    const out = await openOutputStream(path.join(dir, 'new.json'));
    await out.write('[');
    await out.abort();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('lintEach', () => {
  it('passes each result on, in file order, before it lints the next file', async () => {
    const dir = await tempDir({ 'a.md': 'Erases wrinkles.\n', 'b.md': 'Reduce scars.\n', 'c.md': 'Erases wrinkles.\n' });
    const targets = ['a.md', 'b.md', 'c.md'].map((n) => ({ file: path.join(dir, n), config: DEFAULT_CONFIG }));
    const seen: Array<[string, number, number]> = [];
    await lintEach(targets, async (result, index) => {
      seen.push([path.basename(result.filePath), index, result.fatalErrorCount]);
      // Had c.md been linted before a.md's result came, it would still read.
      if (index === 0) await unlink(path.join(dir, 'c.md'));
    });
    expect(seen).toEqual([
      ['a.md', 0, 0],
      ['b.md', 1, 0],
      ['c.md', 2, 1],
    ]);
  });
});
