import { portalHomeHref } from '../portal-agency.ts';

/** The public catalogue of an agency, with an optional search and page. */
export function portalPublicationsHref(slug: string, query: { q?: string; page?: number } = {}): string {
  const parameters = new URLSearchParams();
  if (query.q) parameters.set('q', query.q);
  if (query.page !== undefined && query.page > 1) parameters.set('page', String(query.page));
  const search = parameters.toString();
  return `${portalHomeHref(slug)}publications${search ? `?${search}` : ''}`;
}

export function portalPublicationHref(slug: string, itemId: string): string {
  return `${portalHomeHref(slug)}publications/${encodeURIComponent(itemId)}`;
}
