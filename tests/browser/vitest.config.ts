// `npm run test:browser`: tests that drive a real browser (Debian's chromium
// at /usr/bin/chromium, or CLAIMLINT_CHROMIUM), after `npm run build`.
// `.ci/run` installs Chromium and runs them; `npm test` leaves them out.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'),
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine's two cores are shared.
    fileParallelism: false,
  },
});
