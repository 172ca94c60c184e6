import type { AnnualReport } from '../annual-report/annual-report.ts';
import type { CheckFinding } from '../annual-report/checks/check-finding.ts';
import type { ImportFinding } from './import-finding.ts';

/** What reading a published report gives: the model, what reading found, what the checks found. */
export type ReportImportResult = {
  report: AnnualReport;
  importFindings: ImportFinding[];
  checkFindings: CheckFinding[];
};
