import { portalHomeHref } from '../portal-agency.ts';

/** The applicant's status page of an agency's portal. */
export function statusPageHref(slug: string): string {
  return `${portalHomeHref(slug)}status`;
}

/** Where the applicant downloads a letter of the case (POST with the case number and query code). */
export function letterDownloadHref(slug: string): string {
  return `${statusPageHref(slug)}/letters`;
}
