import { normaliseText } from '../normalise/normalise-text.ts';
import type { ReportImportResult } from '../report-import-result.ts';
import { readReportDocument } from './read-report-document.ts';

/** Reads a report from plain text: `|`-separated rows, one cell per line, or blank-line separated cells. */
export function readTextReport(text: string): ReportImportResult {
  const normalised = normaliseText(text);
  const blocks = normalised.text.split('\n').map((line) => ({ kind: 'line' as const, text: line.trim() }));
  return readReportDocument({ blocks, notes: normalised.notes });
}
