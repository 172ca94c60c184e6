import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import type { AnnualReport } from '../../domain/annual-report/annual-report.ts';
import {
  aggregateAnnualReports,
  type AggregateInput,
  type AnnualReportAggregate,
  type ReportSource,
} from '../../domain/supervision/aggregate-annual-reports.ts';
import {
  listLatestImportedReports,
  listLatestPublishedTables,
  listSupervisedAgencies,
} from '../../db/repositories/supervision.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { reportYearSchema, supervisionScopeOf } from './supervision-scope.ts';

export const reportAggregateFilterSchema = z.object({ year: reportYearSchema });

/** What one agency contributes to the aggregate: its publication, an imported copy, or nothing. */
export type CoverageEntry = {
  agencyName: string;
  /** Null for an agency that is not on the platform. */
  agencySlug: string | null;
  isOnPlatform: boolean;
  source: ReportSource | 'missing';
  /** The platform publication's latest revision. */
  revision: number | null;
  importedReportId: string | null;
  /** Why the report was left out of the sums, when it was. */
  exclusionReason: string | null;
};

export type SupervisedReportAggregate = {
  year: number;
  aggregate: AnnualReportAggregate;
  coverage: CoverageEntry[];
  /** The agencies of the scope without any report of the year. */
  missingAgencyNames: string[];
};

/**
 * 年报汇总: adds up the year's reports of the actor's scope — each platform agency's latest
 * published revision, else its latest imported copy; and the imported reports of agencies not on
 * the platform — cell by cell (domain `aggregateAnnualReports`). Three queries in all.
 */
export async function aggregateSupervisedReports(
  context: UseCaseContext,
  actor: Actor,
  filter: z.input<typeof reportAggregateFilterSchema>,
): Promise<SupervisedReportAggregate> {
  const { year } = parseInput(reportAggregateFilterSchema, filter);
  const scope = supervisionScopeOf(actor);
  const [agencies, publications, imports] = await Promise.all([
    listSupervisedAgencies(context.db, scope),
    listLatestPublishedTables(context.db, { scope, year }),
    listLatestImportedReports(context.db, { scope, year, isTablesIncluded: true }),
  ]);
  const publicationByAgency = new Map(publications.map((row) => [row.agencyId, row]));
  const importByAgency = new Map(
    imports.flatMap((row) => (row.linkedAgencyId === null ? [] : [[row.linkedAgencyId, row] as const])),
  );
  const inputs: AggregateInput[] = [];
  const coverage: CoverageEntry[] = [];
  const coverageByKey = new Map<string, CoverageEntry>();
  for (const agency of agencies) {
    const publication = publicationByAgency.get(agency.id);
    const imported = publication ? undefined : importByAgency.get(agency.id);
    const source: CoverageEntry['source'] = publication ? 'platform' : imported ? 'imported' : 'missing';
    const report = publication?.report ?? imported?.report;
    if (report !== undefined && report !== null && source !== 'missing') {
      inputs.push({ agencyKey: agency.id, agencyName: agency.name, source, report: report as AnnualReport });
    }
    const entry: CoverageEntry = {
      agencyName: agency.name,
      agencySlug: agency.slug,
      isOnPlatform: true,
      source,
      revision: publication?.revision ?? null,
      importedReportId: imported?.id ?? null,
      exclusionReason: null,
    };
    coverage.push(entry);
    coverageByKey.set(agency.id, entry);
  }
  if (scope.kind !== 'agency') {
    for (const imported of imports.filter((row) => row.linkedAgencyId === null)) {
      const agencyName = imported.reportedAgencyName ?? '（报告未写明机关名称）';
      const agencyKey = `imported:${imported.id}`;
      inputs.push({
        agencyKey,
        agencyName,
        source: 'imported',
        report: imported.report as AnnualReport,
      });
      const entry: CoverageEntry = {
        agencyName,
        agencySlug: null,
        isOnPlatform: false,
        source: 'imported',
        revision: null,
        importedReportId: imported.id,
        exclusionReason: null,
      };
      coverage.push(entry);
      coverageByKey.set(agencyKey, entry);
    }
  }
  const aggregate = aggregateAnnualReports({ year, reports: inputs });
  for (const excluded of aggregate.excluded) {
    const entry = coverageByKey.get(excluded.agencyKey);
    if (entry) entry.exclusionReason = excluded.reason;
  }
  return {
    year,
    aggregate,
    coverage,
    missingAgencyNames: coverage
      .filter((entry) => entry.source === 'missing')
      .map((entry) => entry.agencyName),
  };
}
