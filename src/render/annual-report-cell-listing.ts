import type { AnnualReport } from '../domain/annual-report/annual-report.ts';
import { cellListingText } from '../domain/annual-report/cell-listing.ts';

/**
 * The cell listing (`tsv`, report-format.md): one `table\trow\tcolumn\tvalue` line per data cell,
 * in catalogue order, no header; 200 lines for a 2021 report. Ends with a newline.
 */
export function renderCellListing(report: AnnualReport): string {
  return cellListingText(report);
}
