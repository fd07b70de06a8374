import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (Playwright) against the built site in dist/.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts', 'tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
