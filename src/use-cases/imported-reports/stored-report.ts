import type { AnnualReport } from '../../domain/annual-report/annual-report.ts';
import type { CheckFinding } from '../../domain/annual-report/checks/check-finding.ts';
import type { ImportFinding } from '../../domain/report-import/import-finding.ts';
import type { ImportedReportRow } from '../../db/repositories/imported-reports.ts';

/** A stored imported report with its JSON columns typed. */
export type StoredImportedReport = Omit<ImportedReportRow, 'report' | 'importFindings' | 'checkFindings'> & {
  report: AnnualReport;
  importFindings: ImportFinding[];
  checkFindings: CheckFinding[];
};

/**
 * Types the JSON columns. They hold exactly what `importReportFiles` wrote from the domain types,
 * so they are cast, not parsed again.
 */
export function storedReportOf(row: ImportedReportRow): StoredImportedReport {
  return {
    ...row,
    report: row.report as AnnualReport,
    importFindings: row.importFindings as ImportFinding[],
    checkFindings: row.checkFindings as CheckFinding[],
  };
}
