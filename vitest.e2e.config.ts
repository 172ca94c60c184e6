import { defineConfig } from 'vitest/config';

// Browser tests: a real server on 127.0.0.1 and Debian's Chromium driven by playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
