import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { queryRows } from '../query-rows.ts';
import { agencies, importedReports } from '../schema/index.ts';
import type { AgencyScope } from '../../domain/access/policy.ts';

export type ImportedReportRow = typeof importedReports.$inferSelect;
export type NewImportedReportRow = typeof importedReports.$inferInsert;

export async function insertImportedReport(
  executor: Executor,
  row: NewImportedReportRow,
): Promise<ImportedReportRow> {
  const [inserted] = await executor.insert(importedReports).values(row).returning();
  if (!inserted) throw new Error('imported report insert returned nothing');
  return inserted;
}

export async function updateImportedReport(
  executor: Executor,
  options: { id: string; changes: Partial<NewImportedReportRow> },
): Promise<ImportedReportRow> {
  const [updated] = await executor
    .update(importedReports)
    .set(options.changes)
    .where(eq(importedReports.id, options.id))
    .returning();
  if (!updated) throw new Error(`imported report ${options.id} not found`);
  return updated;
}

export async function deleteImportedReportRow(executor: Executor, id: string): Promise<void> {
  await executor.delete(importedReports).where(eq(importedReports.id, id));
}

export async function findImportedReportById(
  executor: Executor,
  id: string,
): Promise<ImportedReportRow | undefined> {
  const [row] = await executor.select().from(importedReports).where(eq(importedReports.id, id));
  return row;
}

/** The report an owner already stored from exactly these bytes (a re-import updates it). */
export async function findImportedReportByHash(
  executor: Executor,
  options: { agencyId: string; sha256: string },
): Promise<ImportedReportRow | undefined> {
  const [row] = await executor
    .select()
    .from(importedReports)
    .where(and(eq(importedReports.agencyId, options.agencyId), eq(importedReports.sha256, options.sha256)))
    .for('update');
  return row;
}

/** Last year's report of the same reported agency, stored by the same owner (the latest import wins). */
export async function findPreviousYearReport(
  executor: Executor,
  options: { agencyId: string; reportedAgencyName: string; year: number },
): Promise<ImportedReportRow | undefined> {
  const [row] = await executor
    .select()
    .from(importedReports)
    .where(
      and(
        eq(importedReports.agencyId, options.agencyId),
        eq(importedReports.reportedAgencyName, options.reportedAgencyName),
        eq(importedReports.year, options.year - 1),
      ),
    )
    .orderBy(desc(importedReports.importedAt))
    .limit(1);
  return row;
}

/**
 * An agency's own report of a year among the imported ones: linked to it, or imported by it under
 * its exact name (the latest import wins). The annual report checks compare with it (rules 6, 7, 9).
 */
export async function findImportedReportOfAgency(
  executor: Executor,
  options: { agencyId: string; agencyName: string; year: number },
): Promise<ImportedReportRow | undefined> {
  const [row] = await executor
    .select()
    .from(importedReports)
    .where(
      and(
        eq(importedReports.year, options.year),
        sql`(${importedReports.linkedAgencyId} = ${options.agencyId} or (${importedReports.agencyId} = ${options.agencyId} and ${importedReports.reportedAgencyName} = ${options.agencyName}))`,
      ),
    )
    .orderBy(desc(importedReports.importedAt))
    .limit(1);
  return row;
}

/** The ids of the agencies at and below `rootAgencyId` as a SQL subquery. */
function subtreeIds(rootAgencyId: string): SQL {
  return sql`(with recursive tree(id, depth) as (
      select id, 0 from agencies where id = ${rootAgencyId}
      union all
      select a.id, t.depth + 1 from agencies a join tree t on a.parent_id = t.id where t.depth < 32
    ) select id from tree)`;
}

/** The condition on an agency id column that an access scope allows. */
export function agencyScopeCondition(options: {
  scope: AgencyScope;
  column: SQL | typeof importedReports.agencyId;
}): SQL {
  const { scope, column } = options;
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'none':
      return sql`false`;
    case 'agency':
      return sql`${column} = ${scope.agencyId}`;
    case 'subtree':
      return sql`${column} in ${subtreeIds(scope.rootAgencyId)}`;
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/** The agency in the owner's subtree whose name is exactly the reported agency's name, if exactly one. */
export async function findAgencyByNameInSubtree(
  executor: Executor,
  options: { rootAgencyId: string; name: string },
): Promise<string | undefined> {
  const rows = await queryRows<{ id: string }>(
    executor,
    sql`select id from agencies where name = ${options.name} and id in ${subtreeIds(options.rootAgencyId)} limit 2`,
  );
  return rows.length === 1 ? rows[0]?.id : undefined;
}

export type ImportedReportSort = 'hardFailures' | 'year' | 'agencyName' | 'importedAt';

export type ImportedReportFilter = {
  scope: AgencyScope;
  year?: number | undefined;
  /** Part of the reported agency's name. */
  agencyName?: string | undefined;
  hasHardFailures?: boolean | undefined;
  /** Only these reports (a batch's summary). */
  ids?: readonly string[] | undefined;
};

export type ImportedReportListRow = {
  id: string;
  ownerAgencyName: string;
  reportedAgencyName: string | null;
  linkedAgencySlug: string | null;
  year: number | null;
  format: string;
  source: string;
  sectionsFound: number;
  cellsRead: number;
  hardFailureCount: number;
  warningCount: number;
  importedAt: Date;
};

function filterCondition(filter: ImportedReportFilter): SQL {
  const conditions: SQL[] = [agencyScopeCondition({ scope: filter.scope, column: importedReports.agencyId })];
  if (filter.year !== undefined) conditions.push(sql`${importedReports.year} = ${filter.year}`);
  if (filter.agencyName) {
    conditions.push(
      sql`position(${filter.agencyName} in coalesce(${importedReports.reportedAgencyName}, '')) > 0`,
    );
  }
  if (filter.hasHardFailures === true) conditions.push(sql`${importedReports.hardFailureCount} > 0`);
  if (filter.hasHardFailures === false) conditions.push(sql`${importedReports.hardFailureCount} = 0`);
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) conditions.push(sql`false`);
    else
      conditions.push(
        sql`${importedReports.id} in (${sql.join(
          filter.ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      );
  }
  return sql.join(conditions, sql` and `);
}

const orderings: Record<ImportedReportSort, SQL> = {
  hardFailures: sql`${importedReports.hardFailureCount} desc, ${importedReports.reportedAgencyName} asc nulls last, ${importedReports.year} desc nulls last`,
  year: sql`${importedReports.year} desc nulls last, ${importedReports.reportedAgencyName} asc nulls last`,
  agencyName: sql`${importedReports.reportedAgencyName} asc nulls last, ${importedReports.year} desc nulls last`,
  importedAt: sql`${importedReports.importedAt} desc`,
};

/** One page of the reports in scope, without the models, and how many match in all. */
export async function listImportedReportPage(
  executor: Executor,
  options: { filter: ImportedReportFilter; sort: ImportedReportSort; limit: number; offset: number },
): Promise<{ rows: ImportedReportListRow[]; total: number }> {
  const where = filterCondition(options.filter);
  const linked = sql`(select slug from agencies linked where linked.id = ${importedReports.linkedAgencyId})`;
  const rows = await executor
    .select({
      id: importedReports.id,
      ownerAgencyName: agencies.name,
      reportedAgencyName: importedReports.reportedAgencyName,
      linkedAgencySlug: sql<string | null>`${linked}`,
      year: importedReports.year,
      format: importedReports.format,
      source: importedReports.source,
      sectionsFound: importedReports.sectionsFound,
      cellsRead: importedReports.cellsRead,
      hardFailureCount: importedReports.hardFailureCount,
      warningCount: importedReports.warningCount,
      importedAt: importedReports.importedAt,
    })
    .from(importedReports)
    .innerJoin(agencies, eq(agencies.id, importedReports.agencyId))
    .where(where)
    .orderBy(sql`${orderings[options.sort]}, ${importedReports.id} asc`)
    .limit(options.limit)
    .offset(options.offset);
  const counted = await queryRows<{ count: number }>(
    executor,
    sql`select count(*)::int as count from ${importedReports} where ${where}`,
  );
  return { rows, total: Number(counted[0]?.count ?? 0) };
}

/** The years stored in scope, newest first (for the filter's choices). */
export async function listImportedReportYears(executor: Executor, scope: AgencyScope): Promise<number[]> {
  const rows = await queryRows<{ year: number }>(
    executor,
    sql`select distinct year from ${importedReports}
        where year is not null and ${agencyScopeCondition({ scope, column: importedReports.agencyId })}
        order by year desc`,
  );
  return rows.map((row) => Number(row.year));
}
