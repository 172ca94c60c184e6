import type { ImportSummary } from '../domain/report-import/import-summary.ts';

/** A summary line per file: the file and either its summary or why it could not be read. */
export type ImportSummaryLine = { file: string; summary: ImportSummary | null; error: string | null };

/**
 * A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return at the
 * start) gets a leading apostrophe: names and sources come from published files, which anyone writes.
 */
function defusedText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number | null): string {
  const text = value === null ? '' : typeof value === 'string' ? defusedText(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const header = [
  'file',
  'agency',
  'year',
  'format',
  'sections_found',
  'cells_read',
  'hard_failures',
  'warnings',
  'error',
];

/** The batch summary as CSV (UTF-8 with a byte-order mark, so spreadsheet programs show Chinese). */
export function renderImportSummaryCsv(lines: readonly ImportSummaryLine[]): string {
  const rows = lines.map(({ file, summary, error }) =>
    [
      file,
      summary?.agencyName ?? null,
      summary?.year ?? null,
      summary?.format ?? null,
      summary?.sectionsFound ?? null,
      summary?.cellsRead ?? null,
      summary?.hardFailures ?? null,
      summary?.warnings ?? null,
      error,
    ]
      .map(csvField)
      .join(','),
  );
  return `\ufeff${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
