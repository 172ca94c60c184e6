import mammoth from 'mammoth';
import type { ReportImportResult } from '../report-import-result.ts';
import { readHtmlReport } from './read-html-report.ts';

/** Reads a report published as a Word (.docx) file: converted to HTML, then read as a page. */
export async function readDocxReport(bytes: Uint8Array): Promise<ReportImportResult> {
  const { value } = await mammoth.convertToHtml({
    buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  });
  return readHtmlReport(value);
}
