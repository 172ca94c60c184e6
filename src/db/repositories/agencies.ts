import { asc, eq, sql } from 'drizzle-orm';
import { queryRows } from '../query-rows.ts';
import type { Executor } from '../database.ts';
import { agencies } from '../schema/index.ts';
import type { AgencyScope, AgencyTarget } from '../../domain/access/policy.ts';

export type AgencyRow = typeof agencies.$inferSelect;
export type NewAgencyRow = typeof agencies.$inferInsert;

export async function insertAgency(executor: Executor, row: NewAgencyRow): Promise<AgencyRow> {
  const [inserted] = await executor.insert(agencies).values(row).returning();
  if (!inserted) throw new Error('agency insert returned nothing');
  return inserted;
}

export async function updateAgency(
  executor: Executor,
  id: string,
  changes: Partial<NewAgencyRow>,
): Promise<AgencyRow> {
  const [updated] = await executor.update(agencies).set(changes).where(eq(agencies.id, id)).returning();
  if (!updated) throw new Error(`agency ${id} not found`);
  return updated;
}

export async function findAgencyBySlug(executor: Executor, slug: string): Promise<AgencyRow | undefined> {
  const [row] = await executor.select().from(agencies).where(eq(agencies.slug, slug));
  return row;
}

export async function findAgencyById(executor: Executor, id: string): Promise<AgencyRow | undefined> {
  const [row] = await executor.select().from(agencies).where(eq(agencies.id, id));
  return row;
}

/**
 * Locks the agency row for the rest of the caller's transaction (FOR NO KEY UPDATE: rows that
 * reference the agency can still be inserted). Work that must be serialised per agency — the next
 * 文号 of its letters, storing an imported report found by its hash — queues here.
 */
export async function lockAgencyRow(executor: Executor, agencyId: string): Promise<void> {
  await executor
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.id, agencyId))
    .for('no key update');
}

export async function countAgencies(executor: Executor): Promise<number> {
  const result = await queryRows<{ count: number }>(
    executor,
    sql`select count(*)::int as count from agencies`,
  );
  return Number(result[0]?.count ?? 0);
}

/** The agency's lineage, root first and the agency itself last, for the access policy. */
export async function agencyTarget(executor: Executor, agencyId: string): Promise<AgencyTarget> {
  const result = await queryRows<{ id: string; depth: number }>(
    executor,
    sql`
    with recursive lineage(id, parent_id, depth) as (
      select id, parent_id, 0 from agencies where id = ${agencyId}
      union all
      select a.id, a.parent_id, l.depth + 1 from agencies a join lineage l on a.id = l.parent_id where l.depth < 32
    )
    select id, depth from lineage order by depth desc`,
  );
  return { agencyId, lineage: result.map((row) => row.id) };
}

/** The agencies an access scope covers, ordered by name. */
export async function listAgenciesInScope(executor: Executor, scope: AgencyScope): Promise<AgencyRow[]> {
  switch (scope.kind) {
    case 'none':
      return [];
    case 'all':
      return executor.select().from(agencies).orderBy(asc(agencies.name));
    case 'agency':
      return executor.select().from(agencies).where(eq(agencies.id, scope.agencyId));
    case 'subtree': {
      const result = await queryRows<{ id: string }>(
        executor,
        sql`
        with recursive tree(id, depth) as (
          select id, 0 from agencies where id = ${scope.rootAgencyId}
          union all
          select a.id, t.depth + 1 from agencies a join tree t on a.parent_id = t.id where t.depth < 32
        )
        select id from tree`,
      );
      const ids = result.map((row) => row.id);
      if (ids.length === 0) return [];
      return executor
        .select()
        .from(agencies)
        .where(
          sql`${agencies.id} in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`,
        )
        .orderBy(asc(agencies.name));
    }
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}
