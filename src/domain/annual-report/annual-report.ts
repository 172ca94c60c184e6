import { blankCell, type CellValue } from './cell-value.ts';
import { fieldCatalogueFor } from './field-catalogue.ts';
import type { FieldCatalogue, ReportFormat } from './field-catalogue-types.ts';
import type { SectionKey } from './section-catalogue.ts';

/** One of the six sections as it stands in a report. */
export type ReportSection = {
  key: SectionKey;
  /** The title as written (without its numeral), e.g. `总体情况`. */
  title: string;
  text: string;
  /** 0-based order in which the section appears in the report. */
  position: number;
};

/**
 * An annual report (政府信息公开工作年度报告): the same model whether computed from the
 * platform's records, or imported from a published report.
 */
export type AnnualReport = {
  format: ReportFormat;
  year: number | null;
  agencyName: string | null;
  /** The title as written, when the report has one. */
  title: string | null;
  /** Sections found; a missing section is absent. */
  sections: Partial<Record<SectionKey, ReportSection>>;
  /** One value per cell key of the format's field catalogue. */
  cells: Record<string, CellValue>;
};

export function catalogueOf(report: AnnualReport): FieldCatalogue {
  return fieldCatalogueFor(report.format);
}

/** A report with every cell blank and no sections: the start for an import or a computation. */
export function createBlankReport(options: {
  format: ReportFormat;
  year?: number | null;
  agencyName?: string | null;
}): AnnualReport {
  const cells: Record<string, CellValue> = {};
  for (const cell of fieldCatalogueFor(options.format).cells) cells[cell.key] = blankCell;
  return {
    format: options.format,
    year: options.year ?? null,
    agencyName: options.agencyName ?? null,
    title: null,
    sections: {},
    cells,
  };
}

/** The value of a cell; a key outside the report's catalogue is a programming error. */
export function cellValueOf(options: { report: AnnualReport; key: string }): CellValue {
  const value = options.report.cells[options.key];
  if (value === undefined) throw new Error(`no cell ${options.key} in a ${options.report.format} report`);
  return value;
}
