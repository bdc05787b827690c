import { execFile } from 'node:child_process';
import { chmod, mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { main, type CliIO } from '../src/cli/main.js';

export const root = path.resolve(import.meta.dirname, '..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(
  args: string[],
  cwd = root,
  env: Record<string, string> = {},
  extra: { isTTY?: boolean; stdin?: string | Buffer } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env, isTTY: extra.isTTY ?? false };
  if (extra.stdin !== undefined) {
    const bytes = Buffer.from(extra.stdin);
    io.readStdin = async () => bytes;
  }
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export async function writeFiles(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

export async function tempDir(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-'));
  await writeFiles(dir, files);
  return dir;
}

/** One file, with the given mode, alone in a new temporary folder. */
export async function fileIn(name: string, content: string | Buffer, mode = 0o644): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-fix-'));
  const file = path.join(dir, name);
  await writeFile(file, content);
  await chmod(file, mode);
  return { dir, file };
}

export const exec = promisify(execFile);

/** git with a fixed identity, so commits work on any machine. */
export async function git(dir: string, ...args: string[]): Promise<string> {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  return (await exec('git', args, { cwd: dir, env })).stdout;
}
