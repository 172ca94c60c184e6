import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import {
  annualReportDeadline,
  isOverdue,
  isPublishedLate,
  reportingBodyKindOf,
  type ReportingBodyKind,
} from '../../domain/annual-report/draft/annual-report-deadline.ts';
import { isAgencyLevel } from '../../domain/agencies/agency-level.ts';
import { listAnnualReportPublicationSummaries } from '../../db/repositories/annual-report-publications.ts';
import { listLatestImportedReports, listSupervisedAgencies } from '../../db/repositories/supervision.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { pageOf, pageSchema, reportYearSchema, supervisionScopeOf } from './supervision-scope.ts';

/** Where an agency's report of the year stands for the supervising office. */
export const reportStatuses = ['published', 'importedOnly', 'missing'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportStatusLabels: Record<ReportStatus, string> = {
  published: '已在平台发布',
  importedOnly: '仅有导入的报告',
  missing: '缺报告',
};

/**
 * Against the Art. 49 deadline: published on time or late (the first publication counts), not
 * published and past the deadline (`overdue`), not yet due, or unknown (only an imported copy,
 * whose publication date the platform does not know).
 */
export type ReportTimeliness = 'onTime' | 'late' | 'overdue' | 'notYetDue' | 'unknown';

export const reportTimelinessLabels: Record<ReportTimeliness, string> = {
  onTime: '按时',
  late: '逾期发布',
  overdue: '逾期未发布',
  notYetDue: '未到期限',
  unknown: '发布日期未知',
};

export const annualReportStatusFilterSchema = z.object({
  year: reportYearSchema,
  status: z.enum(reportStatuses, { error: '状态无效' }).optional(),
  /** Only the late ones: published late, or not published past the deadline. */
  isLateOnly: z.boolean().default(false),
  /** Part of the agency's name. */
  name: z.string().trim().max(50, '机关名称检索词不能超过50个字').optional(),
  page: pageSchema,
  pageSize: z.number().int().min(1).max(10_000).default(50),
});

export type AnnualReportStatusFilter = z.input<typeof annualReportStatusFilterSchema>;

export type AnnualReportStatusEntry = {
  /** Null for an agency that is not on the platform (known only from an imported report). */
  agencyId: string | null;
  agencySlug: string | null;
  agencyName: string;
  isOnPlatform: boolean;
  /** Art. 49: which deadline applies (null for an agency not on the platform). */
  reportingBodyKind: ReportingBodyKind | null;
  deadline: IsoDate | null;
  status: ReportStatus;
  timeliness: ReportTimeliness;
  publication: { revision: number; firstPublishedOn: IsoDate; latestPublishedOn: IsoDate } | null;
  importedReport: { id: string; source: string; importedOn: IsoDate } | null;
  /**
   * From the checks of the report counted: the imported copy's stored counts, or the publication's
   * findings (a platform report cannot be published with a hard failure, so its count is 0).
   */
  hardFailureCount: number | null;
  warningCount: number | null;
};

export type AnnualReportStatusListing = {
  year: number;
  today: IsoDate;
  entries: AnnualReportStatusEntry[];
  total: number;
  page: number;
  pageCount: number;
  /** Over the whole scope, before the filters: for the summary line. */
  statusCounts: Record<ReportStatus, number>;
  lateCount: number;
};

function timelinessOf(options: {
  status: ReportStatus;
  deadline: IsoDate | null;
  firstPublishedOn: IsoDate | null;
  today: IsoDate;
}): ReportTimeliness {
  const { status, deadline, firstPublishedOn, today } = options;
  if (status === 'published' && firstPublishedOn !== null && deadline !== null) {
    return isPublishedLate({ deadline, firstPublishedOn }) ? 'late' : 'onTime';
  }
  if (status === 'importedOnly' || deadline === null) return 'unknown';
  return isOverdue({ deadline, today }) ? 'overdue' : 'notYetDue';
}

export function isLate(timeliness: ReportTimeliness): boolean {
  return timeliness === 'late' || timeliness === 'overdue';
}

/**
 * 年报督查: for every agency of the actor's scope, whether its report of `year` is published on
 * the platform (on time or late against Art. 49), only known from an imported copy, or missing;
 * plus the agencies not on the platform whose reports were imported. Three queries whatever the
 * number of agencies; filtered and paged in memory.
 */
export async function listAnnualReportStatus(
  context: UseCaseContext,
  actor: Actor,
  filter: AnnualReportStatusFilter,
): Promise<AnnualReportStatusListing> {
  const valid = parseInput(annualReportStatusFilterSchema, filter);
  const scope = supervisionScopeOf(actor);
  const [agencies, publications, imports] = await Promise.all([
    listSupervisedAgencies(context.db, scope),
    listAnnualReportPublicationSummaries(context.db, { scope, year: valid.year }),
    listLatestImportedReports(context.db, { scope, year: valid.year, isTablesIncluded: false }),
  ]);
  const today = isoDateInShanghai(context.now());
  const publicationByAgency = new Map(publications.map((row) => [row.agencyId, row]));
  const importByAgency = new Map(
    imports.flatMap((row) => (row.linkedAgencyId === null ? [] : [[row.linkedAgencyId, row] as const])),
  );
  const all: AnnualReportStatusEntry[] = agencies.map((agency) => {
    // As the agency's own report pages: a department unless it reports as a government.
    const kind = isAgencyLevel(agency.level)
      ? reportingBodyKindOf({ level: agency.level, name: agency.name })
      : 'department';
    const deadline = annualReportDeadline({ year: valid.year, kind });
    const publication = publicationByAgency.get(agency.id);
    const imported = importByAgency.get(agency.id);
    const status: ReportStatus = publication ? 'published' : imported ? 'importedOnly' : 'missing';
    const firstPublishedOn = publication ? isoDateInShanghai(publication.firstPublishedAt) : null;
    return {
      agencyId: agency.id,
      agencySlug: agency.slug,
      agencyName: agency.name,
      isOnPlatform: true,
      reportingBodyKind: kind,
      deadline,
      status,
      timeliness: timelinessOf({ status, deadline, firstPublishedOn, today }),
      publication:
        publication && firstPublishedOn
          ? {
              revision: publication.latestRevision,
              firstPublishedOn,
              latestPublishedOn: isoDateInShanghai(publication.latestPublishedAt),
            }
          : null,
      importedReport: imported
        ? { id: imported.id, source: imported.source, importedOn: isoDateInShanghai(imported.importedAt) }
        : null,
      hardFailureCount: publication ? 0 : (imported?.hardFailureCount ?? null),
      warningCount: publication ? publication.latestFindingCount : (imported?.warningCount ?? null),
    };
  });
  // Agencies not on the platform, known from imported reports: for a supervising scope only (an
  // agency administrator sees just its own agency).
  if (scope.kind !== 'agency') {
    const offPlatform = imports
      .filter((row) => row.linkedAgencyId === null)
      .sort((left, right) =>
        (left.reportedAgencyName ?? '').localeCompare(right.reportedAgencyName ?? '', 'zh-CN'),
      );
    for (const row of offPlatform) {
      all.push({
        agencyId: null,
        agencySlug: null,
        agencyName: row.reportedAgencyName ?? '（报告未写明机关名称）',
        isOnPlatform: false,
        reportingBodyKind: null,
        deadline: null,
        status: 'importedOnly',
        timeliness: 'unknown',
        publication: null,
        importedReport: { id: row.id, source: row.source, importedOn: isoDateInShanghai(row.importedAt) },
        hardFailureCount: row.hardFailureCount,
        warningCount: row.warningCount,
      });
    }
  }
  const statusCounts: Record<ReportStatus, number> = { published: 0, importedOnly: 0, missing: 0 };
  for (const entry of all) statusCounts[entry.status] += 1;
  const lateCount = all.filter((entry) => isLate(entry.timeliness)).length;
  const matching = all.filter(
    (entry) =>
      (valid.status === undefined || entry.status === valid.status) &&
      (!valid.isLateOnly || isLate(entry.timeliness)) &&
      (!valid.name || entry.agencyName.includes(valid.name)),
  );
  const paged = pageOf({ entries: matching, page: valid.page, pageSize: valid.pageSize });
  return { year: valid.year, today, ...paged, statusCounts, lateCount };
}
