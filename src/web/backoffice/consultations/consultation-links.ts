/** Back-office addresses of an agency's public consultations (征求意见). */
export function consultationsHref(slug: string): string {
  return `/admin/agencies/${encodeURIComponent(slug)}/consultations`;
}

export function consultationHref(slug: string, consultationId: string, page: '' | 'edit' = ''): string {
  const base = `${consultationsHref(slug)}/${encodeURIComponent(consultationId)}`;
  return page ? `${base}/${page}` : base;
}

export function consultationActionHref(slug: string, consultationId: string, action: string): string {
  return `${consultationHref(slug, consultationId)}/actions/${encodeURIComponent(action)}`;
}

export function commentActionHref(options: {
  slug: string;
  consultationId: string;
  commentId: string;
  action: 'moderate' | 'adoption';
}): string {
  return `${consultationHref(options.slug, options.consultationId)}/comments/${encodeURIComponent(options.commentId)}/${options.action}`;
}
