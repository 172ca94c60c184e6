import { normaliseText } from '../normalise/normalise-text.ts';
import type { ReportImportResult } from '../report-import-result.ts';
import { isCellListing, readCellListing } from './read-cell-listing.ts';
import { readReportDocument } from './read-report-document.ts';

/**
 * Reads a report from plain text: `|`-separated rows, one cell per line, blank-line separated
 * cells — or a cell listing (`tsv`) written by the platform.
 */
export function readTextReport(text: string): ReportImportResult {
  if (isCellListing(text)) return readCellListing(text);
  const normalised = normaliseText(text);
  const blocks = normalised.text.split('\n').map((line) => ({ kind: 'line' as const, text: line.trim() }));
  return readReportDocument({ blocks, notes: normalised.notes });
}
