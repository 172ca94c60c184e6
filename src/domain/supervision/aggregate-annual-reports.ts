import { createBlankReport, type AnnualReport } from '../annual-report/annual-report.ts';
import { blankCell, type CellValue } from '../annual-report/cell-value.ts';
import { fieldCatalogue2021 } from '../annual-report/field-catalogue.ts';
import type { TableId } from '../annual-report/field-catalogue-types.ts';

/** Where an agency's report in an aggregate comes from. */
export type ReportSource = 'platform' | 'imported';

export const reportSourceLabels: Record<ReportSource, string> = {
  platform: '平台发布',
  imported: '导入的已公布报告',
};

/** One report to add up: whose it is, where it comes from, and the report. */
export type AggregateInput = {
  /** The agency id on the platform, or the reported name of an agency that is not on it. */
  agencyKey: string;
  agencyName: string;
  source: ReportSource;
  report: AnnualReport;
};

/**
 * One cell over the reports included. Blank (or unreadable) and "/" are not 0 (architecture rule
 * 3): they are counted apart and add nothing to the sum.
 */
export type CellAggregate = {
  cellKey: string;
  table: TableId;
  listingRow: string;
  listingColumn: string;
  sum: number;
  numberCount: number;
  blankCount: number;
  notApplicableCount: number;
};

export type ExcludedReport = { agencyKey: string; agencyName: string; source: ReportSource; reason: string };

export type AnnualReportAggregate = {
  year: number;
  /** The reports added up (2021 format). */
  included: Array<Pick<AggregateInput, 'agencyKey' | 'agencyName' | 'source'>>;
  /** Reports that could not be added up, with why. */
  excluded: ExcludedReport[];
  /** Every cell of tables 二, 三 and 四, in cell listing order. */
  cells: CellAggregate[];
  /**
   * The sums as a report, for the renderers of the national layout: a cell is the sum when at
   * least one report gave a number, "/" when the reports gave only "/", blank otherwise.
   */
  report: AnnualReport;
};

/** Decimal amounts (万元) are added without binary rounding noise: to six decimal places. */
function addAmounts(left: number, right: number): number {
  return Math.round((left + right) * 1_000_000) / 1_000_000;
}

function summedValue(cell: CellAggregate): CellValue {
  if (cell.numberCount > 0) return { kind: 'number', value: cell.sum, text: String(cell.sum) };
  if (cell.notApplicableCount > 0 && cell.blankCount === 0) return { kind: 'notApplicable', text: '/' };
  return blankCell;
}

/**
 * Adds up the reports of a year cell by cell over tables 二, 三 and 四 of the 2021 format
 * (国办公开办函〔2021〕30号), for a supervising office (Art. 49 reports of the agencies below it).
 * Reports of another year or of the 2019 trial format are left out with the reason.
 */
export function aggregateAnnualReports(options: {
  year: number;
  reports: readonly AggregateInput[];
}): AnnualReportAggregate {
  const cells: CellAggregate[] = fieldCatalogue2021.cells.map((definition) => ({
    cellKey: definition.key,
    table: definition.table,
    listingRow: definition.listingRow,
    listingColumn: definition.listingColumn,
    sum: 0,
    numberCount: 0,
    blankCount: 0,
    notApplicableCount: 0,
  }));
  const included: AnnualReportAggregate['included'] = [];
  const excluded: ExcludedReport[] = [];
  for (const input of options.reports) {
    const { agencyKey, agencyName, source, report } = input;
    if (report.format !== '2021') {
      excluded.push({ agencyKey, agencyName, source, reason: '报告为2019年试行格式，表格不同，未计入汇总' });
      continue;
    }
    if (report.year !== null && report.year !== options.year) {
      excluded.push({
        agencyKey,
        agencyName,
        source,
        reason: `报告年度为${report.year}年，不是${options.year}年`,
      });
      continue;
    }
    included.push({ agencyKey, agencyName, source });
    for (const cell of cells) addCell({ cell, value: report.cells[cell.cellKey] });
  }
  const report = createBlankReport({ format: '2021', year: options.year, agencyName: null });
  for (const cell of cells) report.cells[cell.cellKey] = summedValue(cell);
  return { year: options.year, included, excluded, cells, report };
}

function addCell(options: { cell: CellAggregate; value: CellValue | undefined }): void {
  const { cell, value } = options;
  if (value === undefined) {
    cell.blankCount += 1;
    return;
  }
  switch (value.kind) {
    case 'number':
      cell.sum = addAmounts(cell.sum, value.value);
      cell.numberCount += 1;
      return;
    case 'notApplicable':
      cell.notApplicableCount += 1;
      return;
    case 'blank':
    case 'unreadable':
      cell.blankCount += 1;
      return;
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}
