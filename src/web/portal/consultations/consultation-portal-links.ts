import { portalHomeHref } from '../portal-agency.ts';

/** The agency's public consultations (征求意见). */
export function portalConsultationsHref(slug: string): string {
  return `${portalHomeHref(slug)}consultations`;
}

export function portalConsultationHref(slug: string, consultationId: string): string {
  return `${portalHomeHref(slug)}consultations/${encodeURIComponent(consultationId)}`;
}

export function portalCommentFormHref(slug: string, consultationId: string): string {
  return `${portalConsultationHref(slug, consultationId)}/comments`;
}
