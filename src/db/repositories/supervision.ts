import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { queryRows } from '../query-rows.ts';
import type { AgencyScope } from '../../domain/access/policy.ts';
import type { CaseStatus } from '../../domain/applications/lifecycle/case-status.ts';
import { disclosureRequestSubjectType } from './disclosure-requests.ts';
import { agencyScopeCondition } from './imported-reports.ts';

/**
 * Set-based queries of the supervision pages (督查): each answers for every agency of a scope at once,
 * so a supervisor over 300 agencies costs the same few queries as one over 3 (no query per agency).
 */

/** An agency of the scope, as the supervision pages need it. */
export type SupervisedAgencyRow = { id: string; slug: string; name: string; level: string };

export async function listSupervisedAgencies(
  executor: Executor,
  scope: AgencyScope,
): Promise<SupervisedAgencyRow[]> {
  return queryRows<SupervisedAgencyRow>(
    executor,
    sql`select id, slug, name, level from agencies
        where ${agencyScopeCondition({ scope, column: sql`id` })}
        order by name, id`,
  );
}

/** Latest revision per agency and year (a window over the append-only publications). */
function latestPublications(options: { scope: AgencyScope; year: number }): SQL {
  return sql`(select p.*,
        row_number() over (partition by p.agency_id order by p.revision desc) as position
      from annual_report_publications p
      where p.year = ${options.year} and ${agencyScopeCondition({ scope: options.scope, column: sql`p.agency_id` })})`;
}

/** A stored AnnualReport without its section texts: the aggregate reads only the tables. */
function tablesOnly(report: SQL): SQL {
  return sql`jsonb_build_object('format', ${report}->'format', 'year', ${report}->'year',
    'agencyName', ${report}->'agencyName', 'title', ${report}->'title', 'sections', '{}'::jsonb,
    'cells', ${report}->'cells')`;
}

/** The tables of each agency's latest revision of a year (for the aggregate; no section texts). */
export async function listLatestPublishedTables(
  executor: Executor,
  options: { scope: AgencyScope; year: number },
): Promise<Array<{ agencyId: string; revision: number; report: unknown }>> {
  const rows = await queryRows<{ agency_id: string; revision: number; report: unknown }>(
    executor,
    sql`select latest.agency_id, latest.revision, ${tablesOnly(sql`latest.report`)} as report
        from ${latestPublications(options)} latest
        where latest.position = 1`,
  );
  return rows.map((row) => ({
    agencyId: row.agency_id,
    revision: Number(row.revision),
    report: typeof row.report === 'string' ? (JSON.parse(row.report) as unknown) : row.report,
  }));
}

/**
 * The latest imported report of a year per reported agency — per linked platform agency, or per
 * reported name when the agency is not on the platform — among those the scope may read.
 */
export type ImportedReportSummaryRow = {
  id: string;
  linkedAgencyId: string | null;
  reportedAgencyName: string | null;
  source: string;
  importedAt: Date;
  hardFailureCount: number;
  warningCount: number;
};

function latestImports(options: { scope: AgencyScope; year: number }): SQL {
  return sql`(select distinct on (coalesce(i.linked_agency_id::text, 'name:' || coalesce(i.reported_agency_name, '')))
        i.*
      from imported_reports i
      where i.year = ${options.year}
        and ${agencyScopeCondition({ scope: options.scope, column: sql`i.agency_id` })}
      order by coalesce(i.linked_agency_id::text, 'name:' || coalesce(i.reported_agency_name, '')),
        i.imported_at desc, i.id)`;
}

export async function listLatestImportedReports(
  executor: Executor,
  options: { scope: AgencyScope; year: number; isTablesIncluded: boolean },
): Promise<Array<ImportedReportSummaryRow & { report: unknown }>> {
  const rows = await queryRows<{
    id: string;
    linked_agency_id: string | null;
    reported_agency_name: string | null;
    source: string;
    imported_at: Date | string;
    hard_failure_count: number;
    warning_count: number;
    report: unknown;
  }>(
    executor,
    sql`select latest.id, latest.linked_agency_id, latest.reported_agency_name, latest.source,
          latest.imported_at, latest.hard_failure_count, latest.warning_count,
          ${options.isTablesIncluded ? tablesOnly(sql`latest.report`) : sql`null`} as report
        from ${latestImports(options)} latest`,
  );
  return rows.map((row) => ({
    id: row.id,
    linkedAgencyId: row.linked_agency_id,
    reportedAgencyName: row.reported_agency_name,
    source: row.source,
    importedAt: new Date(row.imported_at),
    hardFailureCount: Number(row.hard_failure_count),
    warningCount: Number(row.warning_count),
    report: typeof row.report === 'string' ? (JSON.parse(row.report) as unknown) : row.report,
  }));
}

/**
 * The open requests of the scope with their event payloads, in one query: only the agency and the
 * events the deadline engine replays — no applicant column is read.
 */
export async function listOpenRequestEvents(
  executor: Executor,
  options: { scope: AgencyScope; finishedStatuses: readonly CaseStatus[] },
): Promise<Array<{ agencyId: string; eventPayloads: unknown[] }>> {
  const finished =
    options.finishedStatuses.length === 0
      ? sql`true`
      : sql`r.status not in (${sql.join(
          options.finishedStatuses.map((status) => sql`${status}`),
          sql`, `,
        )})`;
  const rows = await queryRows<{ agency_id: string; event_payloads: unknown[] | string | null }>(
    executor,
    sql`select r.agency_id,
          (select json_agg(e.payload order by e.id) from events e
            where e.subject_type = ${disclosureRequestSubjectType} and e.subject_id = r.id::text) as event_payloads
        from disclosure_requests r
        where ${agencyScopeCondition({ scope: options.scope, column: sql`r.agency_id` })} and ${finished}`,
  );
  return rows.map((row) => ({
    agencyId: row.agency_id,
    eventPayloads:
      typeof row.event_payloads === 'string'
        ? (JSON.parse(row.event_payloads) as unknown[])
        : (row.event_payloads ?? []),
  }));
}
