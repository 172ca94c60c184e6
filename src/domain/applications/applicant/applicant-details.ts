import type { IsoDate } from '../../calendar/iso-date.ts';
import type { ApplicantType } from './applicant-type.ts';
import { isOrganisation } from './applicant-type.ts';
import { validateIdentityDocument, type IdentityDocument } from './identity-document.ts';

/**
 * Who applies (Art. 29 para 2 item 1): name, proof of identity, contact details. Personal data:
 * shown to the handling agency's case staff only, masked elsewhere (`mask-personal-data.ts`).
 */
export type ApplicantDetails = {
  applicantType: ApplicantType;
  /** 姓名 of a natural person, 名称 of an organisation. */
  name: string;
  identityDocument: IdentityDocument;
  /** Organisations: 法定代表人或主要负责人 (optional). */
  legalRepresentative: string | null;
  /** Organisations: 联系人 (optional). */
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  postalAddress: string | null;
  postalCode: string | null;
};

export type ApplicantField = keyof ApplicantDetails;

export type ApplicantProblem = { field: ApplicantField; message: string };

export type ApplicantValidation =
  { isValid: true; applicant: ApplicantDetails } | { isValid: false; problems: ApplicantProblem[] };

const maximumNameLength = 100;
const mobilePattern = /^1[3-9]\d{9}$/;
const landlinePattern = /^0\d{2,3}\d{7,8}(\d{1,6})?$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function cleaned(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Checks the applicant block of an application and returns it normalised (trimmed, empty → null,
 * the document number normalised), or every problem found, each with its field, in Chinese.
 */
export function validateApplicantDetails(options: {
  applicant: ApplicantDetails;
  today?: IsoDate;
}): ApplicantValidation {
  const { applicant } = options;
  const problems: ApplicantProblem[] = [];
  const name = applicant.name.trim();
  const nameLabel = isOrganisation(applicant.applicantType) ? '名称' : '姓名';
  if (name === '') problems.push({ field: 'name', message: `请填写申请人${nameLabel}` });
  else if ([...name].length > maximumNameLength) {
    problems.push({ field: 'name', message: `申请人${nameLabel}不能超过${maximumNameLength}个字` });
  }
  const document = validateIdentityDocument({
    applicantType: applicant.applicantType,
    document: applicant.identityDocument,
    ...(options.today === undefined ? {} : { today: options.today }),
  });
  if (!document.isValid) problems.push({ field: 'identityDocument', message: document.reason });

  const phone = cleaned(applicant.phone);
  const phoneDigits = phone?.replace(/[\s()（）-]/g, '').replace(/^\+?86/, '') ?? null;
  if (phoneDigits !== null && !mobilePattern.test(phoneDigits) && !landlinePattern.test(phoneDigits)) {
    problems.push({ field: 'phone', message: '联系电话格式不正确（手机号码11位，固定电话请带区号）' });
  }
  const email = cleaned(applicant.email);
  if (email !== null && !emailPattern.test(email)) {
    problems.push({ field: 'email', message: '电子邮箱格式不正确' });
  }
  const postalAddress = cleaned(applicant.postalAddress);
  const postalCode = cleaned(applicant.postalCode);
  if (postalCode !== null && !/^\d{6}$/.test(postalCode)) {
    problems.push({ field: 'postalCode', message: '邮政编码应为6位数字' });
  }
  if (phone === null && email === null && postalAddress === null) {
    problems.push({ field: 'phone', message: '请至少填写一种联系方式（电话、电子邮箱或通信地址）' });
  }
  if (problems.length > 0 || !document.isValid) return { isValid: false, problems };
  return {
    isValid: true,
    applicant: {
      applicantType: applicant.applicantType,
      name,
      identityDocument: document.document,
      legalRepresentative: cleaned(applicant.legalRepresentative),
      contactPerson: cleaned(applicant.contactPerson),
      phone: phoneDigits,
      email,
      postalAddress,
      postalCode,
    },
  };
}
