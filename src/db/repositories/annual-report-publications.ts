import { and, desc, eq, sql } from 'drizzle-orm';
import type { AgencyScope } from '../../domain/access/policy.ts';
import type { Executor } from '../database.ts';
import { queryRows } from '../query-rows.ts';
import { annualReportPublications } from '../schema/index.ts';
import { agencyScopeCondition } from './imported-reports.ts';

/**
 * Published annual reports (append-only: a correction is a new row with the next revision). Shared
 * by the agency's own report pages, the portal and the supervisor's overview across agencies.
 */
export type AnnualReportPublicationRow = typeof annualReportPublications.$inferSelect;
export type NewAnnualReportPublicationRow = typeof annualReportPublications.$inferInsert;

export async function insertAnnualReportPublication(
  executor: Executor,
  row: NewAnnualReportPublicationRow,
): Promise<AnnualReportPublicationRow> {
  const [inserted] = await executor.insert(annualReportPublications).values(row).returning();
  if (!inserted) throw new Error('annual report publication insert returned nothing');
  return inserted;
}

/** The latest revision of the agency's report for the year, if published. */
export async function findLatestAnnualReportPublication(
  executor: Executor,
  options: { agencyId: string; year: number },
): Promise<AnnualReportPublicationRow | undefined> {
  const [row] = await executor
    .select()
    .from(annualReportPublications)
    .where(
      and(
        eq(annualReportPublications.agencyId, options.agencyId),
        eq(annualReportPublications.year, options.year),
      ),
    )
    .orderBy(desc(annualReportPublications.revision))
    .limit(1);
  return row;
}

/** Every revision of the agency's report for the year, latest first. */
export async function listAnnualReportPublicationRevisions(
  executor: Executor,
  options: { agencyId: string; year: number },
): Promise<AnnualReportPublicationRow[]> {
  return executor
    .select()
    .from(annualReportPublications)
    .where(
      and(
        eq(annualReportPublications.agencyId, options.agencyId),
        eq(annualReportPublications.year, options.year),
      ),
    )
    .orderBy(desc(annualReportPublications.revision));
}

/** One agency's published year without the report: enough for lists and overviews. */
export type AnnualReportPublicationSummary = {
  agencyId: string;
  year: number;
  latestRevision: number;
  firstPublishedAt: Date;
  latestPublishedAt: Date;
  /** Soft findings (rules 6–10) stored with the latest revision; hard ones cannot be published. */
  latestFindingCount: number;
};

/**
 * The published years of the agencies in `scope` (optionally one agency or one year): latest
 * revision, first and latest publication time. Ordered by agency, then year (newest first).
 */
export async function listAnnualReportPublicationSummaries(
  executor: Executor,
  options: { scope: AgencyScope; agencyId?: string; year?: number },
): Promise<AnnualReportPublicationSummary[]> {
  const table = annualReportPublications;
  const conditions = [agencyScopeCondition({ scope: options.scope, column: sql`p.agency_id` })];
  if (options.agencyId !== undefined) conditions.push(sql`p.agency_id = ${options.agencyId}`);
  if (options.year !== undefined) conditions.push(sql`p.year = ${options.year}`);
  const rows = await queryRows<{
    agency_id: string;
    year: number;
    latest_revision: number;
    first_published_at: Date | string;
    latest_published_at: Date | string;
    latest_finding_count: number;
  }>(
    executor,
    sql`select p.agency_id, p.year,
          max(p.revision)::int as latest_revision,
          min(p.published_at) as first_published_at,
          max(p.published_at) as latest_published_at,
          (select jsonb_array_length(latest.check_findings)::int from ${table} latest
            where latest.agency_id = p.agency_id and latest.year = p.year
            order by latest.revision desc limit 1) as latest_finding_count
        from ${table} p
        where ${sql.join(conditions, sql` and `)}
        group by p.agency_id, p.year
        order by p.agency_id, p.year desc`,
  );
  return rows.map((row) => ({
    agencyId: row.agency_id,
    year: Number(row.year),
    latestRevision: Number(row.latest_revision),
    firstPublishedAt: new Date(row.first_published_at),
    latestPublishedAt: new Date(row.latest_published_at),
    latestFindingCount: Number(row.latest_finding_count ?? 0),
  }));
}
