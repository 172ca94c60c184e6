/** Back-office addresses of an agency's disclosure catalogue (主动公开). */
export function publicationsHref(
  slug: string,
  query: { filter?: string; q?: string; page?: number } = {},
): string {
  const base = `/admin/agencies/${encodeURIComponent(slug)}/publications`;
  const parameters = new URLSearchParams();
  if (query.filter && query.filter !== 'all') parameters.set('filter', query.filter);
  if (query.q) parameters.set('q', query.q);
  if (query.page !== undefined && query.page > 1) parameters.set('page', String(query.page));
  const search = parameters.toString();
  return search ? `${base}?${search}` : base;
}

export function publicationHref(slug: string, itemId: string, page: '' | 'edit' = ''): string {
  const base = `${publicationsHref(slug)}/${encodeURIComponent(itemId)}`;
  return page ? `${base}/${page}` : base;
}

export function publicationActionHref(slug: string, itemId: string, action: string): string {
  return `${publicationHref(slug, itemId)}/actions/${encodeURIComponent(action)}`;
}
