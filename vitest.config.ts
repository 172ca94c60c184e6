import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit, use-case and repository tests. Database tests run on embedded PGlite, or on the
// PostgreSQL server named by DATABASE_URL (npm run test:pg). Browser tests: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // No test reaches a real data folder or server by accident: DATABASE_URL is cleared (test:pg
    // passes its server as GONGKAI_TEST_DATABASE_URL) and the data folder is one that is never made.
    env: {
      TZ: 'Asia/Shanghai',
      DATABASE_URL: '',
      GONGKAI_DATA_DIR: path.join(tmpdir(), `gongkai-test-no-data-${process.pid}`),
    },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
  },
});
