import { describe, expect, it } from 'vitest';
import { validateApplicantDetails, type ApplicantDetails } from './applicant-details.ts';

const person: ApplicantDetails = {
  applicantType: 'naturalPerson',
  name: ' 张三 ',
  identityDocument: { kind: 'residentIdentityCard', number: '330402199001011230' },
  legalRepresentative: null,
  contactPerson: null,
  phone: '138-1234-5678',
  email: '',
  postalAddress: null,
  postalCode: null,
};

describe('validateApplicantDetails (Art. 29)', () => {
  it('normalises a valid natural person', () => {
    expect(validateApplicantDetails({ applicant: person })).toEqual({
      isValid: true,
      applicant: { ...person, name: '张三', phone: '13812345678', email: null },
    });
  });

  it('accepts an organisation with its credit code and a landline', () => {
    const organisation: ApplicantDetails = {
      ...person,
      applicantType: 'legalServiceInstitution',
      name: '某某律师事务所',
      identityDocument: { kind: 'unifiedSocialCreditCode', number: '91350100M000100Y43' },
      contactPerson: '李律师',
      phone: '0573-82345678',
    };
    const result = validateApplicantDetails({ applicant: organisation });
    expect(result).toMatchObject({
      isValid: true,
      applicant: { phone: '057382345678', contactPerson: '李律师' },
    });
  });

  it('lists every problem with its field', () => {
    const result = validateApplicantDetails({
      applicant: {
        ...person,
        applicantType: 'commercialEnterprise',
        name: '  ',
        phone: '12345',
        email: 'not-an-address',
        postalCode: '3140',
      },
    });
    expect(result).toEqual({
      isValid: false,
      problems: [
        { field: 'name', message: '请填写申请人名称' },
        { field: 'identityDocument', message: '法人或其他组织申请的，请填写统一社会信用代码' },
        { field: 'phone', message: '联系电话格式不正确（手机号码11位，固定电话请带区号）' },
        { field: 'email', message: '电子邮箱格式不正确' },
        { field: 'postalCode', message: '邮政编码应为6位数字' },
      ],
    });
  });

  it('needs at least one way to reach the applicant', () => {
    const result = validateApplicantDetails({ applicant: { ...person, phone: ' ', email: null } });
    expect(result).toEqual({
      isValid: false,
      problems: [{ field: 'phone', message: '请至少填写一种联系方式（电话、电子邮箱或通信地址）' }],
    });
    expect(
      validateApplicantDetails({
        applicant: { ...person, phone: null, postalAddress: '嘉兴市南湖区某路1号' },
      }).isValid,
    ).toBe(true);
  });

  it('refuses a wrong identity number and an over-long name', () => {
    const result = validateApplicantDetails({
      applicant: {
        ...person,
        name: '张'.repeat(101),
        identityDocument: { kind: 'residentIdentityCard', number: '330402199001011234' },
      },
    });
    expect(result).toEqual({
      isValid: false,
      problems: [
        { field: 'name', message: '申请人姓名不能超过100个字' },
        { field: 'identityDocument', message: '居民身份证号码校验位不正确，请核对' },
      ],
    });
  });
});
