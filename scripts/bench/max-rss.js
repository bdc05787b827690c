// Preloaded with --import into a measured child: writes the process's peak
// resident set size (KiB, all threads) to BENCH_RSS_FILE as it exits.
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
