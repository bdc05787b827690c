import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Needs the pre-commit tool: npm run test:pre-commit.
    exclude: ['tests/pre-commit/**', '**/node_modules/**'],
    testTimeout: 120_000,
  },
});
