import { defineConfig } from 'vitest/config';

// `npm test` needs only Node: SQLite and in-process fakes. `npm run test:full` (CI) sets FORBEDRINGSBOT_FULL=1,
// which adds the PostgreSQL variant of every store-backed suite (test/support/stores.ts) and the Chromium tests.
const full = process.env.FORBEDRINGSBOT_FULL === '1';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: full ? ['**/node_modules/**'] : ['**/node_modules/**', 'test/e2e/**', 'test/**/*.pg.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
