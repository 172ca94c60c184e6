import { tableThreeColumns } from '../../annual-report/table-three-four-blocks.ts';

/**
 * The applicant types of Art. 27 as the annual report counts them (table 三's columns): natural
 * persons, and five kinds of legal persons and other organisations. The code names are the
 * field catalogue's column keys, so a type is also the column it feeds.
 */
export const applicantTypes = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicInterestOrganisation',
  'legalServiceInstitution',
  'otherOrganisation',
] as const;

export type ApplicantType = (typeof applicantTypes)[number];

export function isApplicantType(value: string): value is ApplicantType {
  return (applicantTypes as readonly string[]).includes(value);
}

/** True for the five kinds of 法人或其他组织. */
export function isOrganisation(applicantType: ApplicantType): boolean {
  return applicantType !== 'naturalPerson';
}

/** The table 三 column key the applicant type feeds (the same key, checked against the catalogue). */
export function tableThreeColumnKeyOf(applicantType: ApplicantType): string {
  const column = tableThreeColumns.find((candidate) => candidate.key === applicantType);
  if (column === undefined) throw new Error(`no table 三 column for ${applicantType}`);
  return column.key;
}

/**
 * The UI label, read from the field catalogue: `自然人`, or `法人或其他组织（商业企业）` etc.
 * (the bare `其他` would be ambiguous on a form).
 */
export function applicantTypeLabel(applicantType: ApplicantType): string {
  const column = tableThreeColumns.find((candidate) => candidate.key === applicantType);
  if (column === undefined) throw new Error(`no table 三 column for ${applicantType}`);
  return column.groupLabel === undefined ? column.label : `${column.groupLabel}（${column.label}）`;
}
