import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '../database.ts';
import { queryRows } from '../query-rows.ts';
import { appliedMigrationTags } from './applied-migrations.ts';
import { backupFormat, backupFormatVersion, type BackupHeader } from './backup-format.ts';
import { tablesInDependencyOrder, type BackupTable } from './table-order.ts';

const pageSize = 1000;

/** Rows of a table as JSON text, parents before children in a tree, in primary-key order. */
async function* tableRows(executor: Executor, table: BackupTable): AsyncGenerator<string> {
  const name = sql.identifier(table.name);
  const orderColumns = table.primaryKey.length > 0 ? table.primaryKey : ['ctid'];
  const orderBy = sql.join(
    orderColumns.map((column) => sql`t.${sql.identifier(column)}`),
    sql`, `,
  );
  if (table.selfReference) {
    const parent = sql.identifier(table.selfReference);
    const key = sql.identifier(table.primaryKey[0] ?? 'id');
    const rows = await queryRows<{ row: string }>(
      executor,
      sql`with recursive tree(key, depth) as (
            select ${key}, 0 from ${name} where ${parent} is null
            union all
            select child.${key}, tree.depth + 1 from ${name} child join tree on child.${parent} = tree.key where tree.depth < 64
          )
          select row_to_json(t)::text as row from ${name} t join tree on tree.key = t.${key} order by tree.depth, ${orderBy}`,
    );
    for (const row of rows) yield row.row;
    return;
  }
  for (let offset = 0; ; offset += pageSize) {
    const rows = await queryRows<{ row: string }>(
      executor,
      sql`select row_to_json(t)::text as row from ${name} t order by ${orderBy} limit ${pageSize} offset ${offset}`,
    );
    for (const row of rows) yield row.row;
    if (rows.length < pageSize) return;
  }
}

/**
 * Writes a backup of every table (but sessions) to `file`. It is written to a temporary file and
 * renamed when complete, so a failed backup never leaves a half file under the final name.
 */
export async function writeBackup(
  handle: DatabaseHandle,
  options: { file: string; now: Date },
): Promise<{ tables: Record<string, number> }> {
  const temporary = `${options.file}.partial`;
  // One read-only snapshot, so the backup is consistent while the platform keeps running.
  const counts = await handle.db.transaction(
    async (transaction) => {
      const tables = await tablesInDependencyOrder(transaction);
      const header: BackupHeader = {
        format: backupFormat,
        formatVersion: backupFormatVersion,
        createdAt: options.now.toISOString(),
        source: handle.kind,
        migrations: await appliedMigrationTags(transaction),
      };
      const tableCounts: Record<string, number> = {};
      const hash = createHash('sha256');
      const emit = (line: string): string => {
        const withNewline = `${line}\n`;
        hash.update(withNewline);
        return withNewline;
      };
      async function* lines(): AsyncGenerator<string> {
        yield emit(JSON.stringify(header));
        for (const table of tables) {
          const counted = await queryRows<{ count: number }>(
            transaction,
            sql`select count(*)::int as count from ${sql.identifier(table.name)}`,
          );
          const rowCount = Number(counted[0]?.count ?? 0);
          tableCounts[table.name] = rowCount;
          yield emit(JSON.stringify({ table: table.name, rowCount }));
          for await (const row of tableRows(transaction, table)) yield emit(row);
        }
        yield `${JSON.stringify({ end: true, tables: tableCounts, sha256: hash.digest('hex') })}\n`;
      }
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(temporary, { mode: 0o600 }));
      return tableCounts;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  await rename(temporary, options.file);
  return { tables: counts };
}
