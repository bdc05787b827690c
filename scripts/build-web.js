#!/usr/bin/env node
// Builds the page (web/) into static files, dist/web/: index.html, page.css,
// page.js (the page, no engine) and engine.js (claimlint's own engine,
// src/browser.ts, with everything it needs; the page runs it in a worker, or
// as a plain script where a browser refuses workers, as for a page opened
// from disk). Classic scripts, not modules, so the page works from any static
// host, from `claimlint serve`, or opened from disk, with no network.
// Node built-ins are replaced at their seams only: node:path by the
// path-browserify package, node:module by web/shims/node-module.ts. A module
// that starts to need another built-in fails this build by name.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { engineDefines } from './engine-defines.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'web');

/** The browsers the page is for: any from the last few years. */
export const WEB_TARGETS = ['chrome100', 'firefox100', 'safari16', 'edge100'];

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { page: 'web/main.ts', engine: 'web/engine-main.ts' },
  outdir,
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: WEB_TARGETS,
  minify: true,
  legalComments: 'linked',
  alias: { 'node:path': 'path-browserify', path: 'path-browserify', 'node:module': './web/shims/node-module.ts' },
  loader: { '.md': 'text' },
  // Packages with a DOM build and a worker build (decode-named-character-reference): the worker's,
  // as the engine runs in a worker.
  conditions: ['worker'],
  define: {
    ...(await engineDefines(root)),
    // Only lazy-module.ts reads it, for the require() the shim stands in for.
    'import.meta.url': '"about:blank"',
  },
  metafile: true,
  logLevel: 'warning',
});
for (const file of ['index.html', 'page.css']) copyFileSync(path.join(root, 'web', file), path.join(outdir, file));
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`build-web: dist/web (${(bytes / 1024).toFixed(0)} KiB of script)`);
