#!/usr/bin/env node
// `npm run test:pg`: the whole suite against a PostgreSQL server. Each test file that needs a
// database creates its own fresh database there and drops it afterwards.
// DATABASE_URL defaults to the local server of the development machines and CI.
import { spawnSync } from 'node:child_process';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: databaseUrl },
});
process.exit(result.status ?? 1);
