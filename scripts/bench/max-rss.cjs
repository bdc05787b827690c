// Preloaded with --require into a measured child (CommonJS, so that it sets
// up no ESM loader the child would not otherwise start): writes the process's
// peak resident set size (KiB, all threads) to BENCH_RSS_FILE as it exits.
// Worker threads inherit the preload; only the main thread writes.
'use strict';
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const out = process.env.BENCH_RSS_FILE;
if (out && isMainThread) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
