import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { lockEmbeddedDatabase } from './embedded-lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;

/** One type for both drivers (stack-notes.md): repositories never know which engine runs. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What a repository function runs its queries on: the database or an open transaction. */
export type Executor = Database | Transaction;

export type DatabaseKind = 'embedded' | 'server';

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /** Where the data lives, without credentials: a folder or host/database. */
  location: string;
  /** Runs raw SQL (several statements allowed), for migrations, backup and maintenance. */
  execute: (sql: string) => Promise<void>;
  close: () => Promise<void>;
};

export type OpenDatabaseOptions = {
  /** A PostgreSQL server URL; when absent the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` for an in-memory one (tests). */
  dataDirectory?: string | undefined;
  /** Connections to the server (the embedded database always has exactly one). */
  poolSize?: number;
  /** A dump (PGlite `dumpDataDir`) to start an in-memory embedded database from (tests). */
  embeddedTemplate?: Blob | undefined;
};

const statementTimeout = '60s';

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openServerDatabase(options.databaseUrl, options.poolSize ?? 10);
  return openEmbeddedDatabase(options.dataDirectory ?? defaultDataDirectory(), options.embeddedTemplate);
}

export function defaultDataDirectory(): string {
  return path.resolve(process.env.GONGKAI_DATA_DIR ?? 'data');
}

async function openEmbeddedDatabase(
  dataDirectory: string,
  template: Blob | undefined,
): Promise<DatabaseHandle> {
  const isMemory = dataDirectory.startsWith('memory://');
  let location = dataDirectory;
  let releaseLock = (): void => undefined;
  if (!isMemory) {
    location = path.join(dataDirectory, 'pglite');
    mkdirSync(location, { recursive: true });
    releaseLock = lockEmbeddedDatabase(dataDirectory);
  }
  let client: PGlite;
  try {
    client = isMemory
      ? await PGlite.create(template ? { loadDataDir: template } : {})
      : await PGlite.create(location);
  } catch (error) {
    releaseLock();
    throw error;
  }
  await client.exec(`SET statement_timeout = '${statementTimeout}'; SET TIME ZONE 'Asia/Shanghai';`);
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'embedded',
    location: isMemory ? 'memory' : location,
    execute: async (sql) => {
      await client.exec(sql);
    },
    close: async () => {
      if (!client.closed) await client.close();
      releaseLock();
    },
  };
}

async function openServerDatabase(databaseUrl: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    options: `-c statement_timeout=${statementTimeout} -c TimeZone=Asia/Shanghai`,
  });
  // Fail fast with a clear message when the server is not there.
  const probe = await pool.connect();
  probe.release();
  const db = drizzleNodePostgres(pool, { schema }) as unknown as Database;
  const url = new URL(databaseUrl);
  return {
    db,
    kind: 'server',
    location: `${url.hostname}:${url.port || '5432'}${url.pathname}`,
    execute: async (sql) => {
      await pool.query(sql);
    },
    close: async () => {
      await pool.end();
    },
  };
}
