import { sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { queryRows } from '../query-rows.ts';

/** Tables a backup leaves out: sessions are credentials, not records, and must not come back. */
export const tablesNotBackedUp = new Set(['sessions']);

export type BackupTable = {
  name: string;
  primaryKey: string[];
  /** A column referencing the same table (a tree, e.g. agencies.parent_id): parents go first. */
  selfReference: string | undefined;
};

/** The tables of the public schema, parents before children, so restoring never breaks a foreign key. */
export async function tablesInDependencyOrder(executor: Executor): Promise<BackupTable[]> {
  const tables = await queryRows<{ name: string }>(
    executor,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
  );
  const foreignKeys = await queryRows<{ child: string; parent: string; column_name: string }>(
    executor,
    sql`select child.relname as child, parent.relname as parent, a.attname as column_name
        from pg_constraint k
        join pg_class child on child.oid = k.conrelid
        join pg_class parent on parent.oid = k.confrelid
        join pg_namespace n on n.oid = child.relnamespace
        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
        where k.contype = 'f' and n.nspname = 'public'`,
  );
  const primaryKeys = await queryRows<{ table_name: string; column_name: string; position: number }>(
    executor,
    sql`select c.relname as table_name, a.attname as column_name, array_position(i.indkey::int2[], a.attnum)::int as position
        from pg_index i
        join pg_class c on c.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
        where i.indisprimary and n.nspname = 'public'
        order by c.relname, position`,
  );
  const names = tables.map((table) => table.name).filter((name) => !tablesNotBackedUp.has(name));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string): void => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const key of foreignKeys) if (key.child === name && key.parent !== name) visit(key.parent);
    visiting.delete(name);
    if (names.includes(name)) ordered.push(name);
  };
  for (const name of names) visit(name);
  return ordered.map((name) => ({
    name,
    primaryKey: primaryKeys.filter((key) => key.table_name === name).map((key) => key.column_name),
    selfReference: foreignKeys.find((key) => key.child === name && key.parent === name)?.column_name,
  }));
}
