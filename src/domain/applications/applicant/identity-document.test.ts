import { describe, expect, it } from 'vitest';
import { validateIdentityDocument } from './identity-document.ts';

describe('validateIdentityDocument', () => {
  it('validates a natural person with a 居民身份证', () => {
    expect(
      validateIdentityDocument({
        applicantType: 'naturalPerson',
        document: { kind: 'residentIdentityCard', number: '330402 19900101 1230' },
      }),
    ).toEqual({ isValid: true, document: { kind: 'residentIdentityCard', number: '330402199001011230' } });
    const wrong = validateIdentityDocument({
      applicantType: 'naturalPerson',
      document: { kind: 'residentIdentityCard', number: '330402199001011234' },
    });
    expect(wrong).toEqual({ isValid: false, reason: '居民身份证号码校验位不正确，请核对' });
  });

  it('validates an organisation with its unified social credit code', () => {
    expect(
      validateIdentityDocument({
        applicantType: 'legalServiceInstitution',
        document: { kind: 'unifiedSocialCreditCode', number: '91350100m000100y43' },
      }),
    ).toEqual({ isValid: true, document: { kind: 'unifiedSocialCreditCode', number: '91350100M000100Y43' } });
    expect(
      validateIdentityDocument({
        applicantType: 'commercialEnterprise',
        document: { kind: 'unifiedSocialCreditCode', number: '914403001922038217' },
      }),
    ).toEqual({ isValid: false, reason: '统一社会信用代码校验位不正确' });
  });

  it('refuses a personal document for an organisation and a credit code for a person', () => {
    expect(
      validateIdentityDocument({
        applicantType: 'researchInstitution',
        document: { kind: 'residentIdentityCard', number: '330402199001011230' },
      }),
    ).toEqual({ isValid: false, reason: '法人或其他组织申请的，请填写统一社会信用代码' });
    expect(
      validateIdentityDocument({
        applicantType: 'naturalPerson',
        document: { kind: 'unifiedSocialCreditCode', number: '91350100M000100Y43' },
      }).isValid,
    ).toBe(false);
  });

  it.each([
    ['passport', 'E12345678', true],
    ['passport', 'ab12', false],
    ['passport', 'E1234567!', false],
    ['hongKongMacaoTravelPermit', 'H12345678', true],
    ['hongKongMacaoTravelPermit', 'm1234567801', true],
    ['hongKongMacaoTravelPermit', 'K12345678', false],
    ['taiwanTravelPermit', '12345678', true],
    ['taiwanTravelPermit', '1234567', false],
  ] as const)('checks the shape of a %s number %s', (kind, number, isValid) => {
    expect(
      validateIdentityDocument({ applicantType: 'naturalPerson', document: { kind, number } }).isValid,
    ).toBe(isValid);
  });

  it('asks for a missing number', () => {
    expect(
      validateIdentityDocument({
        applicantType: 'naturalPerson',
        document: { kind: 'passport', number: '  ' },
      }),
    ).toEqual({ isValid: false, reason: '请填写护照号码' });
  });
});
