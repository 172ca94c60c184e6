import { portalSectionHref } from '../portal-layout.ts';

export type ReportDownloadFormat = 'docx' | 'json' | 'pdf';

export function publishedReportHref(slug: string, year: number): string {
  return `${portalSectionHref(slug, 'reports')}/${year}`;
}

export function publishedReportDownloadHref(
  slug: string,
  year: number,
  format: ReportDownloadFormat,
): string {
  return `${publishedReportHref(slug, year)}/download/${format}`;
}
