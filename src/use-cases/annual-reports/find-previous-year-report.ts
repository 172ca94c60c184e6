import type { AnnualReport } from '../../domain/annual-report/annual-report.ts';
import type { Executor } from '../../db/database.ts';
import { findLatestAnnualReportPublication } from '../../db/repositories/annual-report-publications.ts';
import { findImportedReportOfAgency } from '../../db/repositories/imported-reports.ts';

/** Last year's report the checks compare with (rules 6, 7, 9), and where it came from. */
export type PreviousYearReport = {
  report: AnnualReport;
  year: number;
  origin: 'publication' | 'imported';
  /** The publication's revision or the imported report's id. */
  reference: string;
};

/**
 * The agency's report of `year − 1`: its latest publication on the platform, else its imported
 * report of that year (linked to it, or imported by it under its name), else none.
 */
export async function findPreviousYearReport(
  executor: Executor,
  options: { agencyId: string; agencyName: string; year: number },
): Promise<PreviousYearReport | null> {
  const year = options.year - 1;
  const published = await findLatestAnnualReportPublication(executor, { agencyId: options.agencyId, year });
  if (published) {
    return {
      report: published.report as AnnualReport,
      year,
      origin: 'publication',
      reference: String(published.revision),
    };
  }
  const imported = await findImportedReportOfAgency(executor, { ...options, year });
  if (imported)
    return { report: imported.report as AnnualReport, year, origin: 'imported', reference: imported.id };
  return null;
}
