import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PostgreSQL-backed suites create their own schema per file, so files can run in parallel.
    pool: 'forks',
  },
});
