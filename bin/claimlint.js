#!/usr/bin/env node
'use strict';
// Runs the bundled CLI (scripts/bundle.js), compiled from V8's code cache
// when the cache matches this Node; otherwise compiled afresh, and the cache
// rewritten for next time where the install directory allows it. CommonJS
// (bin/package.json), so that starting does not set up the ESM loader.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const file = path.join(__dirname, '..', 'dist', 'bundle', 'claimlint.cjs');
// import() inside a script compiled from the code cache has no module loader;
// the bundle imports parsers and JavaScript config files through this one.
globalThis[Symbol.for('claimlint.importModule')] = (specifier) => import(specifier);
const cacheFile = `${file}.v8-cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache yet
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
  filename: file,
  ...(cachedData ? { cachedData } : {}),
});
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(file), cli, file, path.dirname(file));

cli.exports.runCli().then(() => {
  if (process.env.CLAIMLINT_WRITE_CODE_CACHE || !cachedData || script.cachedDataRejected) {
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only install starts a little slower; nothing else changes.
    }
  }
});
