#!/usr/bin/env node
// Bundles the CLI, its lazily loaded parts (the Markdown engine, the YAML
// parser) and the lint worker into CommonJS files (npm run build runs this
// after tsc), then records V8's code cache for each by linting the example
// article once. bin/claimlint.js compiles the bundles from those caches, so
// starting claimlint neither resolves hundreds of ESM modules nor compiles
// half a megabyte of JavaScript. Modules that only some runs need
// (formatters, globbing, the cache, threads) stay uninitialised until asked
// for; the engine takes the modules it has in common with the CLI from the
// CLI bundle. The rule pack's needs, phrase keys, spellings and family lists
// are worked out here and written in (scripts/engine-defines.js), so a run
// works out no more of the rules than its files call for. The source hash
// lets a --cache tell this build from another.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { engineDefines } from './engine-defines.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');
const libdir = path.join(root, 'dist', 'lib');
const typesdir = path.join(root, 'dist', 'types');

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

// What each rule's patterns need and the phrase keys, worked out from the
// compiled sources (tsc has run), so the bundled prefilter needs no rule
// compiled (src/screen/rule-needs.ts).
const defines = await engineDefines(root);

// The parts of claimlint only a file with a possible claim needs (the
// Markdown engine), or only some runs (--fix, MDX, YAML
// front matter or config), form bundles of their own, each loaded on first
// use with its own code cache: a run over clean files reads and compiles
// none of them. Other bundles reach them through the loader
// bin/claimlint.js lends under this symbol.
const ENGINE = {
  'src/engine/lint-source.ts': 'linter',
  'src/markdown/parse-mdx.ts': 'parseMdx',
  'src/fix/fix-session.ts': 'fixSession',
  // The language server's fixes (it imports this statically, see lazyBundles).
  'src/fix/fix-text.ts': 'fixText',
};
// The language server is a bundle of its own too: only `--lsp` loads it.
const SERVER = { 'src/lsp/server.ts': 'languageServer' };
const PACKAGES = { yaml: 'yaml.cjs' };
const engineEntry = Object.entries(ENGINE)
  .map(([file, name]) => `export * as ${name} from ${JSON.stringify(`./${file}`)};`)
  .join('\n');
const loadBundle = (file) => `(globalThis[Symbol.for('claimlint.loadBundle')] ?? require)('./${file}')`;
// `engine`: dynamic imports of the engine's entries become loads of its
// bundle; with `staticToo` (the language server, which lints as soon as an
// editor opens a file) static imports do as well, so the engine is never
// bundled twice.
const lazyBundles = (engine, staticToo = false) => ({
  name: 'lazy-bundles',
  setup(b) {
    b.onResolve({ filter: /^[^.]/ }, (args) => (PACKAGES[args.path] && args.kind === 'dynamic-import' ? { path: args.path, namespace: 'lazy-bundle' } : undefined));
    b.onResolve({ filter: /^\./ }, (args) => {
      if (!engine || args.namespace !== 'file' || (args.kind !== 'dynamic-import' && !(staticToo && args.kind === 'import-statement'))) return undefined;
      const file = path.relative(root, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/').replace(/\.js$/, '.ts');
      if (SERVER[file]) return { path: SERVER[file], namespace: 'server' };
      return ENGINE[file] ? { path: ENGINE[file], namespace: 'engine' } : undefined;
    });
    // Read as CommonJS: only named exports come through, so no engine module
    // may be imported for its default export.
    b.onLoad({ filter: /.*/, namespace: 'engine' }, (args) => ({ contents: `module.exports = ${loadBundle('engine.cjs')}.${args.path};`, loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'server' }, () => ({ contents: `module.exports = ${loadBundle('language-server.cjs')};`, loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-bundle' }, (args) => ({ contents: `module.exports = ${loadBundle(PACKAGES[args.path])};`, loader: 'js' }));
  },
});

const SHARED = "globalThis[Symbol.for('claimlint.sharedModules')]";

/** The CLI bundle's entry: the CLI, and each module the engine shares, by
 * path, initialised when the engine first asks for it. */
function cliEntry(shared) {
  const lend = shared.map((file) => `  ${JSON.stringify(file)}: () => require(${JSON.stringify(`./${file}`)}),`);
  return [`export * from './src/cli/main.ts';`, `${SHARED} = {`, ...lend, '};'].join('\n');
}

/** Resolves an import of a shared module to the CLI bundle's instance of it. */
function sharedModules(shared) {
  return {
    name: 'shared-modules',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        if (args.namespace !== 'file') return undefined;
        const file = path.relative(root, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/').replace(/\.js$/, '.ts');
        return shared.has(file) ? { path: file, namespace: 'shared' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'shared' }, (args) => ({ contents: `module.exports = ${SHARED}[${JSON.stringify(args.path)}]();`, loader: 'js' }));
    },
  };
}

const common = {
  absWorkingDir: root,
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
    ...defines,
    CLAIMLINT_BUNDLED_WORKER: JSON.stringify('./lint-worker.cjs'),
    'import.meta.url': '__claimlintModuleUrl',
  },
  banner: { js: "const __claimlintModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Its UMD build (package.json "main") requires its own files through a
  // wrapper esbuild cannot follow; its ES module build bundles cleanly.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  // Module names written into the bundle are paths from the checkout, also
  // when node_modules is a link (a release check builds in a worktree that
  // links the checkout's): the same sources always make the same bytes.
  preserveSymlinks: true,
  logLevel: 'warning',
};

// The CLI bundle and the engine bundle each as one file (claimlint.cjs,
// engine.cjs), the engine reaching the modules both use through `shared`.
const cliBuild = (shared = []) => ({
  ...common,
  stdin: { contents: cliEntry(shared), resolveDir: root, sourcefile: 'claimlint.ts', loader: 'ts' },
  outfile: path.join(outdir, 'claimlint.cjs'),
  outdir: undefined,
  outExtension: undefined,
  plugins: [lazyChildProcess, lazyBundles(true)],
});
const serverBuild = (shared = []) => ({
  ...common,
  entryPoints: { 'language-server': 'src/lsp/server.ts' },
  plugins: [sharedModules(new Set(shared)), lazyChildProcess, lazyBundles(true, true)],
});
const engineBuild = (shared = []) => ({
  ...common,
  stdin: { contents: engineEntry, resolveDir: root, sourcefile: 'engine.ts', loader: 'ts' },
  outfile: path.join(outdir, 'engine.cjs'),
  outdir: undefined,
  outExtension: undefined,
  plugins: [sharedModules(new Set(shared)), lazyChildProcess, lazyBundles(false)],
});

// The modules of ours the engine imports that the CLI bundle holds already
// (the matcher, word keys, the rule compiler, the prefilter...): the engine
// bundle takes the CLI bundle's instances instead of a copy of its own, so
// a run compiles, initialises and warms up each once, and both sides share
// one memo of phrase keys, one compiled rule set. Found by a first build of
// both that writes nothing.
// The language server's bundle takes them the same way (only the CLI bundle
// loads it, for --lsp): one word-key table, one compiled rule set in the
// process. With copies of its own, the server's matcher numbered words in a
// table of its own, agreeing with the engine's tokens only as long as both
// tables happened to be filled in the same order.
const inputsOf = (result) => new Set(Object.values(result.metafile.outputs).flatMap((o) => Object.keys(o.inputs)));
const [cliInputs, engineInputs, serverInputs] = (
  await Promise.all([cliBuild(), engineBuild(), serverBuild()].map((o) => build({ ...o, write: false, metafile: true })))
).map(inputsOf);
const ours = (inputs) => [...inputs].filter((f) => (f.startsWith('src/') || f.startsWith('rules/')) && cliInputs.has(f)).sort();
const engineShared = ours(engineInputs);
const serverShared = ours(serverInputs);
const shared = [...new Set([...engineShared, ...serverShared])].sort();

rmSync(outdir, { recursive: true, force: true });
rmSync(libdir, { recursive: true, force: true });
rmSync(typesdir, { recursive: true, force: true });
await Promise.all([
  build(cliBuild(shared)),
  build(engineBuild(engineShared)),
  build(serverBuild(serverShared)),
  build({ ...common, entryPoints: { yaml: 'node_modules/yaml/dist/index.js' } }),
  // A worker thread loads everything it may need at once: one file.
  build({ ...common, entryPoints: { 'lint-worker': 'src/run/worker.ts' }, plugins: [lazyChildProcess] }),
  ...libraryBuilds(),
]);
writeTypes();
asciiOnly();

/**
 * Escapes the non-ASCII characters esbuild leaves in the bundles (it escapes
 * them in strings and names, not in regular expression literals: "–", "’",
 * "™"), as \uXXXX, which means the same code unit there and in a string.
 * bin/claimlint.js then reads each bundle as Latin-1, several times faster
 * than decoding UTF-8, and V8 keeps the source one byte a character.
 */
function asciiOnly() {
  for (const name of readdirSync(outdir)) {
    if (!name.endsWith('.cjs')) continue;
    const file = path.join(outdir, name);
    const text = readFileSync(file, 'utf8');
    const escaped = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (escaped !== text) writeFileSync(file, escaped);
  }
}

/**
 * The library entries (`claimlint`, `claimlint/remark`) as ES modules, split
 * so that formats and parsers still load on first use, and as CommonJS for
 * `require`: both self-contained, so the package has no dependencies to
 * install. Plain bundles, loaded by Node's own loaders.
 */
function libraryBuilds() {
  const lib = {
    absWorkingDir: root,
    entryPoints: { index: 'src/index.ts', remark: 'src/remark.ts' },
    outdir: libdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    alias: common.alias,
    preserveSymlinks: true,
    define: { ...common.define },
    logLevel: 'warning',
  };
  delete lib.define.CLAIMLINT_BUNDLED_WORKER;
  delete lib.define['import.meta.url'];
  return [
    build({
      ...lib,
      format: 'esm',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      // Bundled CommonJS packages call require() for Node's modules.
      banner: { js: "import { createRequire as __claimlintCreateRequire } from 'node:module'; const require = __claimlintCreateRequire(import.meta.url);" },
    }),
    build({
      ...lib,
      format: 'cjs',
      outExtension: { '.js': '.cjs' },
      define: { ...lib.define, 'import.meta.url': '__claimlintModuleUrl' },
      banner: common.banner,
    }),
  ];
}

/**
 * The declarations the entries need (tsc's, from dist/src and dist/rules) in
 * dist/types, and a CommonJS twin of each entry's for `require`. They may
 * name no package: the package has none.
 */
function writeTypes() {
  const seen = new Set();
  const outside = [];
  const copy = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const target = path.join(typesdir, path.relative(path.join(root, 'dist'), file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      if (m[1].startsWith('.')) copy(path.resolve(path.dirname(file), m[1].replace(/\.js$/, '.d.ts')));
      else outside.push(`${m[1]} (${path.relative(root, file)})`);
    }
  };
  for (const entry of ['index', 'remark']) {
    copy(path.join(root, 'dist', 'src', `${entry}.d.ts`));
    writeFileSync(path.join(typesdir, 'src', `${entry}.d.cts`), `export * from './${entry}.js';\n${entry === 'remark' ? "export { default } from './remark.js';\n" : ''}`);
  }
  if (outside.length > 0) {
    console.error(`bundle: the declarations name packages the package does not ship: ${outside.join(', ')}`);
    process.exit(1);
  }
}

// The article has claims, so this exits 1; anything else is a broken build.
const warm = spawnSync(process.execPath, [path.join(root, 'bin', 'claimlint.js'), path.join(root, 'fixtures', 'seed-article.md')], {
  env: { ...process.env, CLAIMLINT_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (warm.status !== 1) {
  console.error(`bundle: the bundled CLI failed on the example article (exit ${warm.status ?? warm.signal})`);
  process.exit(1);
}
