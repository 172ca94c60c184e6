import { catalogueOf, type AnnualReport } from '../domain/annual-report/annual-report.ts';
import { formatCellValue } from '../domain/annual-report/cell-value.ts';

/**
 * The cell listing (report-format.md): one `table\trow\tcolumn\tvalue` line per data cell, in
 * catalogue order, no header; 200 lines for a 2021 report. Ends with a newline.
 */
export function renderCellListing(report: AnnualReport): string {
  const lines = catalogueOf(report).cells.map((cell) => {
    const value = report.cells[cell.key];
    const written = value === undefined ? '' : formatCellValue(value);
    return `${cell.table}\t${cell.listingRow}\t${cell.listingColumn}\t${written}`;
  });
  return `${lines.join('\n')}\n`;
}
