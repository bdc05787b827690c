// `npm run test:pre-commit`: the hook with the real pre-commit tool, which
// `npm test` does not assume is installed (.ci/run installs it).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/pre-commit/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
