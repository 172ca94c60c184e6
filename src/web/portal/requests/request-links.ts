import { portalHomeHref } from '../portal-agency.ts';

/** The applicant's status page of an agency's portal. */
export function statusPageHref(slug: string): string {
  return `${portalHomeHref(slug)}status`;
}
