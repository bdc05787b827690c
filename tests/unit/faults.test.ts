// Faults in the middle of a run: a file deleted after discovery, and a bug
// on one file's content. Both are one line for that file; the stack trace
// is printed only with --debug or DEBUG=claimlint.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { LintResult } from '../../src/shared/lint-result.js';
import { cli, tempDir } from '../cli-helpers.js';

const FAULT = 'simulate-an-internal-fault';

vi.mock('../../src/files/discover.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/files/discover.js')>();
  return {
    ...real,
    // Deletes "vanishing.md" right after it is discovered.
    discoverFiles: async (...args: Parameters<typeof real.discoverFiles>) => {
      const found = await real.discoverFiles(...args);
      for (const f of found.files) if (path.basename(f) === 'vanishing.md') await rm(f);
      return found;
    },
  };
});

vi.mock('../../src/engine/lint-document.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/lint-document.js')>();
  return {
    ...real,
    lintDocument: (text: string, ...rest: unknown[]) => {
      if (text.includes(FAULT)) throw new TypeError('simulated fault in the engine');
      return (real.lintDocument as (t: string, ...r: unknown[]) => ReturnType<typeof real.lintDocument>)(text, ...rest);
    },
  };
});

function project(): Promise<string> {
  // z.md holds a claim, so the prefilter lets it through to the engine.
  return tempDir({ 'a.md': 'It erases wrinkles.\n', 'vanishing.md': 'It reduces scars.\n', 'z.md': `${FAULT}: it erases wrinkles.\n` });
}

describe('faults during a run', () => {
  it('reports a file deleted after discovery and a bug on another, and lints the rest', async () => {
    const dir = await project();
    const { code, stdout, stderr } = await cli(['-f', 'json'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'claimlint: vanishing.md: cannot read file: no such file or directory\nclaimlint: z.md: internal error: simulated fault in the engine\n',
    );
    const results = JSON.parse(stdout) as LintResult[];
    expect(results.map((r) => [path.basename(r.filePath), r.errorCount, r.fatalErrorCount])).toEqual([
      ['a.md', 1, 0],
      ['vanishing.md', 1, 1],
      ['z.md', 1, 1],
    ]);
  });

  it('prints the stack trace with --debug or DEBUG=claimlint, and only then', async () => {
    for (const [args, env] of [
      [['--debug'], {}],
      [[], { DEBUG: 'claimlint' }],
      [[], { DEBUG: 'other,claimlint' }],
    ] as const) {
      const { code, stderr } = await cli([...args], await project(), env);
      expect(code).toBe(2);
      expect(stderr).toContain('claimlint: z.md: internal error: simulated fault in the engine');
      expect(stderr).toMatch(/TypeError: simulated fault in the engine\n\s+at /);
    }
    const quiet = await cli([], await project(), { DEBUG: 'other' });
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
  });
});
