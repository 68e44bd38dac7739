import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // tfjs keeps global backend state per process: isolate test files in their own forks.
    pool: 'forks',
    reporters: ['default'],
  },
});
