import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { DatabaseHandle, Executor, Schema } from '../database.ts';
import { migrateDatabase, migrationsFolder } from '../migrate.ts';
import { queryRows } from '../query-rows.ts';
import { readJournal } from './applied-migrations.ts';
import { BackupFileError } from './backup-format.ts';
import { readBackupItems, validateBackup, type BackupSummary } from './read-backup.ts';
import { writeBackup } from './write-backup.ts';

/** Restoring would overwrite records and `--replace` was not given. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export type RestoreResult = { summary: BackupSummary; safetyBackupFile: string | undefined };

const batchSize = 500;

/**
 * Restores a backup into the database (either engine, whichever made the backup):
 * 1. the whole file is validated first (checksum, counts); a corrupt file changes nothing;
 * 2. a backup of a newer schema than this code knows is refused;
 * 3. a database that holds records is only replaced with `isReplacing`, after a safety backup;
 * 4. the schema is rebuilt at the backup's migration level, the rows are loaded in one
 *    transaction, sequences are moved past the restored ids, and later migrations run.
 */
export async function restoreBackup(
  handle: DatabaseHandle,
  options: { file: string; isReplacing: boolean; safetyBackupFile: string; now: Date },
): Promise<RestoreResult> {
  const summary = await validateBackup(options.file);
  const known = readJournal().entries.map((entry) => entry.tag);
  const backupMigrations = summary.header.migrations;
  const isKnownPrefix =
    backupMigrations.length <= known.length && backupMigrations.every((tag, index) => known[index] === tag);
  if (!isKnownPrefix) {
    throw new BackupFileError(
      `备份来自较新版本的 Gongkai（数据库结构含 ${backupMigrations.length} 个迁移，本程序只认识 ${known.length} 个），请先升级程序再恢复`,
    );
  }
  let safetyBackupFile: string | undefined;
  if (await holdsRecords(handle.db)) {
    if (!options.isReplacing) {
      throw new RestoreRefusedError(
        '目标数据库已有数据。恢复将替换全部数据；确认请加 --replace（会先自动备份现有数据）',
      );
    }
    mkdirSync(path.dirname(options.safetyBackupFile), { recursive: true });
    await writeBackup(handle, { file: options.safetyBackupFile, now: options.now });
    safetyBackupFile = options.safetyBackupFile;
  }
  await dropAllTables(handle);
  await migrateTo(handle, backupMigrations.length);
  await handle.db.transaction(async (transaction) => {
    let table = '';
    let batch: string[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const json = `[${batch.join(',')}]`;
      const name = sql.identifier(table);
      await transaction.execute(
        sql`insert into ${name} select * from json_populate_recordset(null::${name}, ${json}::json)`,
      );
      batch = [];
    };
    for await (const item of readBackupItems(options.file)) {
      if (item.kind === 'table') {
        await flush();
        table = item.table;
      } else if (item.kind === 'row') {
        batch.push(item.json);
        if (batch.length >= batchSize) await flush();
      }
    }
    await flush();
    await resetSequences(transaction);
  });
  await migrateDatabase(handle);
  return { summary, safetyBackupFile };
}

async function holdsRecords(executor: Executor): Promise<boolean> {
  const tables = await queryRows<{ name: string }>(
    executor,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'`,
  );
  for (const table of tables) {
    const rows = await queryRows<{ present: boolean }>(
      executor,
      sql`select exists (select 1 from ${sql.identifier(table.name)}) as present`,
    );
    if (rows[0]?.present) return true;
  }
  return false;
}

/** Drops our tables and the migration record, without needing to own the schema itself. */
async function dropAllTables(handle: DatabaseHandle): Promise<void> {
  const tables = await queryRows<{ name: string }>(
    handle.db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')`,
  );
  const statements = tables.map(
    (table) => `drop table if exists "${table.name.replaceAll('"', '""')}" cascade;`,
  );
  statements.push(
    'drop function if exists gongkai_events_append_only() cascade;',
    'drop function if exists gongkai_append_only() cascade;',
    'drop schema if exists drizzle cascade;',
  );
  await handle.execute(statements.join('\n'));
}

/** Applies the first `count` migrations only (the backup's schema level). */
async function migrateTo(handle: DatabaseHandle, count: number): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'gongkai-migrations-'));
  try {
    const journal = readJournal();
    const entries = journal.entries.slice(0, count);
    mkdirSync(path.join(folder, 'meta'));
    writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
    for (const entry of entries)
      copyFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
    if (handle.kind === 'embedded') {
      await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, { migrationsFolder: folder });
    } else {
      await migrateNodePostgres(handle.db as unknown as NodePgDatabase<Schema>, { migrationsFolder: folder });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Moves every serial/identity sequence past the largest restored value. */
async function resetSequences(executor: Executor): Promise<void> {
  const columns = await queryRows<{ table_name: string; column_name: string; sequence: string }>(
    executor,
    sql`select c.relname as table_name, a.attname as column_name, pg_get_serial_sequence(quote_ident(c.relname), a.attname) as sequence
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where n.nspname = 'public' and c.relkind = 'r'
          and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null`,
  );
  for (const column of columns) {
    const table = sql.identifier(column.table_name);
    const name = sql.identifier(column.column_name);
    await executor.execute(
      sql`select setval(${column.sequence}, coalesce((select max(${name}) from ${table}), 0) + 1, false)`,
    );
  }
}
