#!/usr/bin/env node
'use strict';
// Runs the bundled CLI (scripts/bundle.js), compiled from V8's code cache
// when the cache matches this Node; otherwise compiled afresh, and the cache
// rewritten for next time where the install directory allows it. The
// Markdown engine and the YAML parser are bundles of their own, loaded the
// same way only when a run needs them. CommonJS (bin/package.json), so that starting does not
// set up the ESM loader.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const { cachedDataVersionTag } = require('node:v8');

const dir = "/work/main/dist/bundle"; const T0=performance.now(); process.on("exit",()=>console.error("phases", JSON.stringify(globalThis.__ph), "end", performance.now().toFixed(1)));globalThis.__ph=[["binstart",T0.toFixed(1)]];
const loaded = [];

/** Compiles and runs one bundle, from its code cache where that is valid. */
function load(name) { const t=performance.now(); try { return load0(name);} finally { globalThis.__ph.push([name, t.toFixed(1), (performance.now()-t).toFixed(1)]); } }
function load0(name) {
  const file = path.join(dir, name);
  const cacheFile = `${file}.v8-cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  // The build leaves the bundles ASCII only (scripts/bundle.js): read as
  // Latin-1, they need no UTF-8 decoding.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'latin1')}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, dir);
  loaded.push({ script, cacheFile, stale: !cachedData || script.cachedDataRejected });
  return mod.exports;
}

// import() inside a script compiled from the code cache has no module loader;
// the bundle imports parsers and JavaScript config files through this one.
globalThis[Symbol.for('claimlint.importModule')] = (specifier) => import(specifier);
// The other bundles load on first use, each once (see scripts/bundle.js).
const bundles = new Map();
globalThis[Symbol.for('claimlint.loadBundle')] = (request) => {
  const name = path.basename(request);
  if (!bundles.has(name)) bundles.set(name, load(name));
  return bundles.get(name);
};

// V8 accepts a code cache only under the flags it was made with, and a run
// over many files sets some (--heap-growing-percent, --no-turbo-inlining;
// src/run/lint-files.ts) before it loads the engine: such a run compiles afresh, but must not leave
// caches that every ordinary run would then refuse and write back.
const startTag = cachedDataVersionTag();

load('claimlint.cjs')
  .runCli()
  .then(() => {
    if (cachedDataVersionTag() !== startTag) return;
    for (const { script, cacheFile, stale } of loaded) {
      if (!process.env.CLAIMLINT_WRITE_CODE_CACHE && !stale) continue;
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        // A read-only install starts a little slower; nothing else changes.
      }
    }
  });
