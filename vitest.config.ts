import { defineConfig } from 'vitest/config';

// Unit, use-case and repository tests. Database tests run on embedded PGlite, or on the
// PostgreSQL server named by DATABASE_URL (npm run test:pg). Browser tests: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
  },
});
