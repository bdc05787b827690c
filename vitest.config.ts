import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Tools npm test does not assume: npm run test:pre-commit (pre-commit) and
    // npm run test:browser (Chromium, tests/browser/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'tests/pre-commit/**', 'tests/browser/**'],
    testTimeout: 120_000,
  },
});
