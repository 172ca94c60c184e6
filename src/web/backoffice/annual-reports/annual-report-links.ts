import { agencyAdminHref } from '../back-office-layout.ts';

/** The agency's annual reports by year: /admin/agencies/:slug/annual-reports. */
export function annualReportsHref(slug: string): string {
  return agencyAdminHref(slug, 'annual-reports');
}

/** A year's draft, or one of its pages (`preview`, `publish`, and the form targets). */
export function annualReportDraftHref(
  slug: string,
  year: number,
  page: '' | 'sections' | 'cells' | 'recompute' | 'preview' | 'publish' = '',
): string {
  const base = `${annualReportsHref(slug)}/${year}`;
  return page ? `${base}/${page}` : base;
}

/** The draft as a file to check or print before publication: /…/:year/download/docx or pdf. */
export function annualReportDraftDownloadHref(slug: string, year: number, format: 'docx' | 'pdf'): string {
  return `${annualReportDraftHref(slug, year)}/download/${format}`;
}
