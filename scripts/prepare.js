#!/usr/bin/env node
// npm runs `prepare` after `npm install` in a checkout, and in the clone it
// makes when claimlint is installed from a git URL. Building needs the dev
// dependencies (TypeScript, esbuild); where they are missing (a git install
// with --omit=dev, or pre-commit's `npm install --prod`) the build cannot
// run, and this says what to install instead rather than failing on
// "tsc: not found". Release tags (npm run release) carry the build and no
// prepare step, so they install anywhere without it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const missing = ['typescript', 'esbuild'].filter((name) => {
  try {
    require.resolve(`${name}/package.json`);
    return false;
  } catch {
    return true;
  }
});
if (missing.length > 0) {
  console.error(
    `claimlint: cannot build from source here: ${missing.join(' and ')} (development dependencies) are not installed.\n` +
      'Install a release instead, which includes the build: `npm install claimlint`, or from git at a release tag\n' +
      '(git+https://<host>/<owner>/claimlint.git#v<version>; pre-commit: `rev: v<version>`). See docs/install.md.',
  );
  process.exit(1);
}
const npm = process.env['npm_execpath'];
const build = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(build.status ?? 1);
