import { catalogueOf, type AnnualReport } from './annual-report.ts';
import { formatCellValue } from './cell-value.ts';
import type { CellDefinition, TableId } from './field-catalogue-types.ts';

/** One figure of this year's report beside last year's. */
export type YearComparisonLine = {
  cellKey: string;
  table: TableId;
  /** The cell listing's row and column labels. */
  rowLabel: string;
  columnLabel: string;
  /** As the cell listing writes them: the number, `/`, or '' for blank. */
  currentText: string;
  previousText: string;
  /** this year − last year, when both are numbers. */
  difference: number | null;
};

/** The figures compared: all of table 二, and the 总计 column of tables 三 and 四. */
function isCompared(cell: CellDefinition): boolean {
  return cell.table === '二' || cell.column.key === 'total';
}

/**
 * The key figures of two consecutive reports side by side (report-format.md rules 6 and 7 look at
 * some of them; this shows all, so a reader sees what changed). Cells of a format the other report
 * does not have are left out (the 2019 trial format's table 二).
 */
export function compareReportYears(options: {
  report: AnnualReport;
  previousReport: AnnualReport;
}): YearComparisonLine[] {
  const lines: YearComparisonLine[] = [];
  for (const cell of catalogueOf(options.report).cells) {
    const current = options.report.cells[cell.key];
    const previous = options.previousReport.cells[cell.key];
    if (!isCompared(cell) || current === undefined || previous === undefined) continue;
    lines.push({
      cellKey: cell.key,
      table: cell.table,
      rowLabel: cell.listingRow,
      columnLabel: cell.listingColumn,
      currentText: formatCellValue(current),
      previousText: formatCellValue(previous),
      difference:
        current.kind === 'number' && previous.kind === 'number'
          ? Math.round((current.value - previous.value) * 100) / 100
          : null,
    });
  }
  return lines;
}
