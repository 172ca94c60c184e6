import { catalogueOf, type AnnualReport } from './annual-report.ts';
import { formatCellValue } from './cell-value.ts';
import type { TableId } from './field-catalogue-types.ts';

/** One line of the cell listing (report-format.md): table, row, column and the value as written. */
export type CellListingEntry = {
  table: TableId;
  row: string;
  column: string;
  value: string;
  cellKey: string;
};

/** Every data cell of the report, in catalogue order (200 for a 2021 report). */
export function listCells(report: AnnualReport): CellListingEntry[] {
  return catalogueOf(report).cells.map((cell) => {
    const value = report.cells[cell.key];
    return {
      table: cell.table,
      row: cell.listingRow,
      column: cell.listingColumn,
      value: value === undefined ? '' : formatCellValue(value),
      cellKey: cell.key,
    };
  });
}

/** The cell listing as text: `table\trow\tcolumn\tvalue` lines, no header, ending with a newline. */
export function cellListingText(report: AnnualReport): string {
  return `${listCells(report)
    .map((entry) => `${entry.table}\t${entry.row}\t${entry.column}\t${entry.value}`)
    .join('\n')}\n`;
}
