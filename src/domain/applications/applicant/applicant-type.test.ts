import { describe, expect, it } from 'vitest';
import { fieldCatalogue2021 } from '../../annual-report/field-catalogue.ts';
import {
  applicantTypeLabel,
  applicantTypes,
  isApplicantType,
  isOrganisation,
  tableThreeColumnKeyOf,
} from './applicant-type.ts';

describe('applicant types', () => {
  it('are the six applicant columns of table 三, in the table order', () => {
    expect(applicantTypes.map((type) => tableThreeColumnKeyOf(type))).toEqual([
      'naturalPerson',
      'commercialEnterprise',
      'researchInstitution',
      'publicInterestOrganisation',
      'legalServiceInstitution',
      'otherOrganisation',
    ]);
    for (const type of applicantTypes) {
      expect(fieldCatalogue2021.cellByKey.has(`table3.newlyReceived.${tableThreeColumnKeyOf(type)}`)).toBe(
        true,
      );
    }
  });

  it('take their labels from the catalogue', () => {
    expect(applicantTypeLabel('naturalPerson')).toBe('自然人');
    expect(applicantTypeLabel('commercialEnterprise')).toBe('法人或其他组织（商业企业）');
    expect(applicantTypeLabel('otherOrganisation')).toBe('法人或其他组织（其他）');
  });

  it('tell persons from organisations', () => {
    expect(isOrganisation('naturalPerson')).toBe(false);
    expect(applicantTypes.filter(isOrganisation)).toHaveLength(5);
    expect(isApplicantType('publicInterestOrganisation')).toBe(true);
    expect(isApplicantType('total')).toBe(false);
  });
});
