import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests/unit/ imports the source (no build needed); tests/e2e/ runs the
    // built CLI and package (npm run build first). npm test runs both.
    include: ['tests/unit/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    // Tools npm test does not assume: npm run test:pre-commit (pre-commit) and
    // npm run test:browser (Chromium, tests/browser/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'tests/pre-commit/**', 'tests/browser/**'],
    testTimeout: 120_000,
  },
});
