import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests need Chromium: `npm run test:browser` runs them (tests/browser/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    testTimeout: 120_000,
  },
});
