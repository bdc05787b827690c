import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintText } from '../src/linter.js';
import type { ResolvedConfig } from '../src/config-types.js';
import type { LintMessage } from '../src/types.js';

export function lint(text: string, config?: ResolvedConfig): LintMessage[] {
  return lintText(text, config ? { config } : {}).messages;
}

/** The source characters each message reports. */
export function claims(text: string, config?: ResolvedConfig): string[] {
  return lint(text, config).map((m) => text.slice(m.range[0], m.range[1]));
}

export function applyEdit(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** A fresh temporary directory holding the given files (paths relative to it). */
export async function tempDir(files: Record<string, string | Buffer>, prefix = 'claimlint-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}
