import type { AgencyRow } from '../../db/repositories/agencies.ts';

/** What portal pages know about an agency: its names and the disclosure office's contact details. */
export type PortalAgencyView = {
  slug: string;
  name: string;
  shortName: string;
  region: string;
  office: {
    name: string;
    address: string;
    hours: string;
    telephone: string;
    fax: string;
    email: string;
    postcode: string;
    website: string;
  };
};

export function toPortalAgencyView(agency: AgencyRow): PortalAgencyView {
  return {
    slug: agency.slug,
    name: agency.name,
    shortName: agency.shortName,
    region: agency.region,
    office: {
      name: agency.officeName,
      address: agency.officeAddress,
      hours: agency.officeHours,
      telephone: agency.officeTelephone,
      fax: agency.officeFax,
      email: agency.officeEmail,
      postcode: agency.officePostcode,
      website: agency.website,
    },
  };
}

export function portalHomeHref(slug: string): string {
  return `/a/${encodeURIComponent(slug)}/`;
}
