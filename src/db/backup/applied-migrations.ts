import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { migrationsFolder } from '../migrate.ts';
import { queryRows } from '../query-rows.ts';

export type JournalEntry = { idx: number; tag: string; when: number };

export function readJournal(): { entries: JournalEntry[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: JournalEntry[];
  };
}

/**
 * The tags of the migrations a database has applied. Drizzle records each migration's journal
 * timestamp; one this code does not know is reported as `unknown-<timestamp>` (a newer schema).
 */
export async function appliedMigrationTags(executor: Executor): Promise<string[]> {
  const present = await queryRows<{ present: boolean }>(
    executor,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!present[0]?.present) return [];
  const rows = await queryRows<{ created_at: string }>(
    executor,
    sql`select created_at::text as created_at from drizzle.__drizzle_migrations order by created_at`,
  );
  const entries = readJournal().entries;
  return rows.map(
    (row) =>
      entries.find((entry) => String(entry.when) === row.created_at)?.tag ?? `unknown-${row.created_at}`,
  );
}
