import { catalogueOf, type AnnualReport } from '../domain/annual-report/annual-report.ts';
import type { CheckFinding } from '../domain/annual-report/checks/check-finding.ts';
import type { ImportFinding } from '../domain/report-import/import-finding.ts';

/**
 * The report as JSON: the model itself (cells by key, in catalogue order), with findings when
 * given. `JSON.parse` of the output gives back the same AnnualReport under `report`.
 */
export function renderReportJson(options: {
  report: AnnualReport;
  importFindings?: readonly ImportFinding[];
  checkFindings?: readonly CheckFinding[];
}): string {
  const { report } = options;
  const cells: AnnualReport['cells'] = {};
  for (const cell of catalogueOf(report).cells) {
    const value = report.cells[cell.key];
    if (value !== undefined) cells[cell.key] = value;
  }
  const document = {
    report: { ...report, cells },
    ...(options.importFindings ? { importFindings: options.importFindings } : {}),
    ...(options.checkFindings ? { checkFindings: options.checkFindings } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
