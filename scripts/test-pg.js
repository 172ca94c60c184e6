#!/usr/bin/env node
// `npm run test:pg`: the whole suite against a PostgreSQL server. Each test file that needs a
// database creates its own fresh database there and drops it afterwards.
// DATABASE_URL defaults to the local server of the development machines and CI.
import { spawnSync } from 'node:child_process';

// The URL reaches the tests as GONGKAI_TEST_DATABASE_URL, never as DATABASE_URL: test support
// creates a fresh database per test file from it, and no code under test can write to the shared
// database by accident.
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const environment = { ...process.env, GONGKAI_TEST_DATABASE_URL: databaseUrl };
delete environment.DATABASE_URL;
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: environment,
});
process.exit(result.status ?? 1);
