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
