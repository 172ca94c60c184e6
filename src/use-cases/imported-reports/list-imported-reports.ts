import type { Actor } from '../../domain/access/actor.ts';
import { agencyScope } from '../../domain/access/policy.ts';
import {
  listImportedReportPage,
  listImportedReportYears,
  type ImportedReportListRow,
  type ImportedReportSort,
} from '../../db/repositories/imported-reports.ts';
import type { UseCaseContext } from '../context.ts';

export const importedReportPageSize = 50;

export type ImportedReportListing = {
  rows: ImportedReportListRow[];
  total: number;
  page: number;
  pageCount: number;
  /** Years stored in scope, newest first, for the filter. */
  years: number[];
};

/**
 * The imported reports the actor may read (`report.view` scope: a supervisor sees what its subtree
 * imported), filtered by year, part of the reported agency's name and hard failures, one page at a time.
 */
export async function listImportedReports(
  context: UseCaseContext,
  actor: Actor,
  options: {
    year?: number | undefined;
    agencyName?: string | undefined;
    hasHardFailures?: boolean | undefined;
    ids?: readonly string[] | undefined;
    sort?: ImportedReportSort | undefined;
    /** 1-based; a page past the end gives the last page. */
    page?: number | undefined;
    pageSize?: number | undefined;
  },
): Promise<ImportedReportListing> {
  const scope = agencyScope(actor, 'report.view');
  const pageSize = options.pageSize ?? importedReportPageSize;
  const filter = {
    scope,
    year: options.year,
    agencyName: options.agencyName?.trim() || undefined,
    hasHardFailures: options.hasHardFailures,
    ids: options.ids,
  };
  const sort = options.sort ?? 'hardFailures';
  const requestedPage = Math.max(1, Math.floor(options.page ?? 1));
  let result = await listImportedReportPage(context.db, {
    filter,
    sort,
    limit: pageSize,
    offset: (requestedPage - 1) * pageSize,
  });
  const pageCount = Math.max(1, Math.ceil(result.total / pageSize));
  const page = Math.min(requestedPage, pageCount);
  if (page !== requestedPage) {
    result = await listImportedReportPage(context.db, {
      filter,
      sort,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
  }
  const years = await listImportedReportYears(context.db, scope);
  return { rows: result.rows, total: result.total, page, pageCount, years };
}
