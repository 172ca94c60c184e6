import type { SQL } from 'drizzle-orm';
import type { Executor } from './database.ts';

/**
 * Runs a raw SQL query and returns its rows. Both drivers (PGlite and node-postgres) answer
 * `execute` with an object holding `rows`; the shared database type cannot say so, hence the cast.
 * Cast counts to int in SQL (`count(*)::int`): node-postgres returns bigint as a string.
 */
export async function queryRows<Row>(executor: Executor, query: SQL): Promise<Row[]> {
  const result = (await executor.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
