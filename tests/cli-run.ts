// Runs the CLI in-process against a directory, and makes throwaway
// repositories (a .git directory stops config discovery there).
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, type CliIO } from '../src/cli/main.js';
import type { LintResult } from '../src/shared/lint-result.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd: string, extra: Partial<CliIO> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {}, isTTY: false, ...extra };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export async function tempRepo(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-config-'));
  await mkdir(path.join(dir, '.git'));
  await writeFiles(dir, files);
  return dir;
}

export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

/** Runs with --format json and returns the results, keyed by path relative to `cwd`. */
export async function lintJson(args: string[], cwd: string): Promise<{ code: number; stderr: string; byFile: Record<string, LintResult> }> {
  const run = await runCli([...args, '--format', 'json'], cwd);
  const byFile: Record<string, LintResult> = {};
  if (run.stdout.trim()) {
    for (const r of JSON.parse(run.stdout) as LintResult[]) byFile[path.relative(cwd, r.filePath).split(path.sep).join('/')] = r;
  }
  return { code: run.code, stderr: run.stderr, byFile };
}

/** "line:ruleId:severity" for each reported message, for compact assertions. */
export function summary(result: LintResult | undefined): string[] {
  return (result?.messages ?? []).map((m) => `${m.line}:${m.ruleId}:${m.severity}`);
}
