import { sectionKeys } from '../annual-report/section-catalogue.ts';
import type { ReportImportResult } from './report-import-result.ts';

/** One line of a batch import's summary. */
export type ImportSummary = {
  agencyName: string | null;
  year: number | null;
  format: string;
  sectionsFound: number;
  /** Cells holding a number or "/" (blank and unreadable cells are not counted). */
  cellsRead: number;
  cellCount: number;
  hardFailures: number;
  /** Soft check findings plus import findings that are errors or warnings. */
  warnings: number;
};

export function summariseImport(result: ReportImportResult): ImportSummary {
  const values = Object.values(result.report.cells);
  return {
    agencyName: result.report.agencyName,
    year: result.report.year,
    format: result.report.format,
    sectionsFound: sectionKeys.filter((key) => result.report.sections[key] !== undefined).length,
    cellsRead: values.filter((value) => value.kind === 'number' || value.kind === 'notApplicable').length,
    cellCount: values.length,
    hardFailures: result.checkFindings.filter((finding) => finding.severity === 'hard').length,
    warnings:
      result.checkFindings.filter((finding) => finding.severity === 'soft').length +
      result.importFindings.filter((finding) => finding.severity !== 'info').length,
  };
}
