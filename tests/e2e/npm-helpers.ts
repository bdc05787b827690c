// npm as a user runs it on a machine that cannot reach a registry.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** npm with no registry to fall back on: anything it would download fails. */
export function npmOffline(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const cache = mkdtempSync(path.join(tmpdir(), 'claimlint-npm-cache-'));
  const r = spawnSync('npm', [...args, '--offline', '--cache', cache, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function freshProject(pkg: object = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlint-consumer-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, ...pkg }));
  return dir;
}

