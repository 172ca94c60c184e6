import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';

/**
 * A fresh, migrated database for one test file: embedded PGlite in memory by default, or a new
 * database on the PostgreSQL server of GONGKAI_TEST_DATABASE_URL, which `npm run test:pg` sets from
 * DATABASE_URL (dropped again on close). The same tests run
 * on both (architecture rule 10).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.GONGKAI_TEST_DATABASE_URL;
  if (!serverUrl) return createEmbeddedTestDatabase();
  return createServerTestDatabase(serverUrl);
}

/** An in-memory embedded database, migrated (from the template dump made in global setup). */
export async function createEmbeddedTestDatabase(): Promise<DatabaseHandle> {
  const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
  const handle = await openDatabase({ dataDirectory: 'memory://', embeddedTemplate: template });
  await migrateDatabase(handle);
  return handle;
}

/** An empty new database on the server of `serverUrl`: its URL, and how to drop it again. */
export async function createEmptyServerDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `gongkai_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** A new database on the server of `serverUrl`, migrated, dropped again on close. */
export async function createServerTestDatabase(serverUrl: string): Promise<DatabaseHandle> {
  const database = await createEmptyServerDatabase(serverUrl);
  const handle = await openDatabase({ databaseUrl: database.url, poolSize: 8 });
  await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await database.drop();
    },
  };
}

/**
 * Points the CLI, run in-process, at a fresh database for one test file: the embedded database in
 * `dataDirectory`, or (under `npm run test:pg`) a new database on the test server. Returns the
 * clean-up, which drops that database and restores the environment.
 */
export async function pointCliAtFreshDatabase(dataDirectory: string): Promise<() => Promise<void>> {
  process.env.GONGKAI_DATA_DIR = dataDirectory;
  const serverUrl = process.env.GONGKAI_TEST_DATABASE_URL;
  const database = serverUrl ? await createEmptyServerDatabase(serverUrl) : undefined;
  if (database) process.env.DATABASE_URL = database.url;
  return async () => {
    delete process.env.GONGKAI_DATA_DIR;
    delete process.env.DATABASE_URL;
    await database?.drop();
  };
}

export const isServerDatabase = Boolean(process.env.GONGKAI_TEST_DATABASE_URL);

/** The server for tests that need both engines at once: DATABASE_URL, or the local default. */
export const serverUrlForCrossEngineTests =
  process.env.GONGKAI_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function isServerReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
