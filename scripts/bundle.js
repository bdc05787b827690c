#!/usr/bin/env node
// Bundles the CLI and the lint worker into one CommonJS file each (npm run
// build runs this after tsc), then records V8's code cache for the CLI by
// linting the example article once. bin/claimlint.js compiles the bundle
// from that cache, so starting claimlint neither resolves hundreds of ESM
// modules nor compiles half a megabyte of JavaScript. Modules that only some
// runs need (formatters, globbing, the cache, threads) stay uninitialised
// until asked for. The source hash lets a --cache tell this build from another.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');

function sourceHash() {
  const hash = createHash('sha1');
  for (const dir of ['src', 'rules']) {
    const files = readdirSync(path.join(root, dir), { recursive: true }).map(String).sort();
    for (const f of files) {
      if (!f.endsWith('.ts')) continue;
      hash.update(`${dir}/${f}\0`);
      hash.update(readFileSync(path.join(root, dir, f)));
    }
  }
  return hash.digest('base64url').slice(0, 16);
}

// child_process costs several milliseconds to load, and only some runs use it
// (commander for git-style subcommands claimlint does not have, --changed-since
// for git): it loads when first touched.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.namespace === 'lazy' ? { path: 'node:child_process', external: true } : { path: 'lazy-child-process', namespace: 'lazy' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: [
        "let m; const load = () => (m ??= require('node:child_process'));",
        ...['exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync'].map(
          (name) => `export function ${name}(...args) { return load().${name}(...args); }`,
        ),
      ].join('\n'),
      loader: 'js',
    }));
  },
};

// What each rule's patterns need, worked out from the compiled sources (tsc
// has run), so the bundled prefilter needs no rule compiled (src/rule-needs.ts).
const { computeRuleNeeds, encodeRuleNeeds } = await import(pathToFileURL(path.join(root, 'dist', 'src', 'rule-needs.js')).href);
const { rulePack } = await import(pathToFileURL(path.join(root, 'dist', 'rules', 'index.js')).href);
const ruleNeeds = encodeRuleNeeds(computeRuleNeeds(rulePack));

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { claimlint: 'src/cli.ts', 'lint-worker': 'src/workers/lint-worker.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // import() of a bundled or built-in module becomes require(): inside a
  // script compiled from the code cache import() has no loader (see
  // src/import-module.ts for the imports that must stay real).
  supported: { 'dynamic-import': false },
  // Whitespace and syntax only: stack traces (--debug) keep their names.
  minifyWhitespace: true,
  minifySyntax: true,
  define: {
    CLAIMLINT_SOURCE_HASH: JSON.stringify(sourceHash()),
    CLAIMLINT_RULE_NEEDS: JSON.stringify(ruleNeeds),
    CLAIMLINT_BUNDLED_WORKER: JSON.stringify('./lint-worker.cjs'),
    'import.meta.url': '__claimlintModuleUrl',
  },
  banner: { js: "const __claimlintModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyChildProcess],
  // Its UMD build requires its own files through a wrapper esbuild cannot
  // follow: it is loaded from node_modules instead (it is CommonJS).
  external: ['jsonc-parser'],
  logLevel: 'warning',
});

// The article has claims, so this exits 1; anything else is a broken build.
const warm = spawnSync(process.execPath, [path.join(root, 'bin', 'claimlint.js'), path.join(root, 'fixtures', 'seed-article.md')], {
  env: { ...process.env, CLAIMLINT_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (warm.status !== 1) {
  console.error(`bundle: the bundled CLI failed on the example article (exit ${warm.status ?? warm.signal})`);
  process.exit(1);
}
