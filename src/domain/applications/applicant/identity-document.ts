import type { IsoDate } from '../../calendar/iso-date.ts';
import { validateUnifiedSocialCreditCode } from '../../agencies/unified-social-credit-code.ts';
import { isOrganisation, type ApplicantType } from './applicant-type.ts';
import { validateResidentIdentityCard } from './resident-identity-card.ts';

/** Proof of identity (Art. 29 para 2 item 1): the documents the intake form accepts. */
export const identityDocumentKinds = [
  'residentIdentityCard',
  'passport',
  'hongKongMacaoTravelPermit',
  'taiwanTravelPermit',
  'unifiedSocialCreditCode',
] as const;

export type IdentityDocumentKind = (typeof identityDocumentKinds)[number];

export const identityDocumentLabels: Record<IdentityDocumentKind, string> = {
  residentIdentityCard: '居民身份证',
  passport: '护照',
  hongKongMacaoTravelPermit: '港澳居民来往内地通行证',
  taiwanTravelPermit: '台湾居民来往大陆通行证',
  unifiedSocialCreditCode: '统一社会信用代码',
};

export type IdentityDocument = { kind: IdentityDocumentKind; number: string };

export type IdentityDocumentValidation =
  { isValid: true; document: IdentityDocument } | { isValid: false; reason: string };

/** Shape checks for documents without a public check digit. */
const documentPatterns: Record<'passport' | 'hongKongMacaoTravelPermit' | 'taiwanTravelPermit', RegExp> = {
  // Chinese passports are E/G + 8 characters; foreign ones vary: letters and digits, 5–17.
  passport: /^[A-Z0-9]{5,17}$/,
  // 回乡证: H (Hong Kong) or M (Macao) followed by 8 digits (10 on older cards).
  hongKongMacaoTravelPermit: /^[HM]\d{8}(\d{2})?$/,
  // 台胞证: 8 digits since 2015; older cards 10 characters with a letter suffix in brackets removed.
  taiwanTravelPermit: /^\d{8}$|^\d{10}[A-Z]?$/,
};

/**
 * Validates the document number for its kind and its fit with the applicant type: natural persons
 * prove identity with a personal document, organisations with their unified social credit code.
 * Returns the normalised number (upper case, no spaces) or a reason in Chinese.
 */
export function validateIdentityDocument(options: {
  applicantType: ApplicantType;
  document: IdentityDocument;
  today?: IsoDate;
}): IdentityDocumentValidation {
  const { applicantType, document } = options;
  const number = document.number.replace(/[\s()（）-]/g, '').toUpperCase();
  const isOrganisationDocument = document.kind === 'unifiedSocialCreditCode';
  if (isOrganisation(applicantType) && !isOrganisationDocument) {
    return { isValid: false, reason: '法人或其他组织申请的，请填写统一社会信用代码' };
  }
  if (!isOrganisation(applicantType) && isOrganisationDocument) {
    return { isValid: false, reason: '自然人申请的，请填写居民身份证或其他有效个人身份证件号码' };
  }
  if (number === '') return { isValid: false, reason: `请填写${identityDocumentLabels[document.kind]}号码` };
  switch (document.kind) {
    case 'residentIdentityCard': {
      const result = validateResidentIdentityCard(
        options.today === undefined ? { number } : { number, today: options.today },
      );
      return result.isValid
        ? { isValid: true, document: { kind: document.kind, number: result.number } }
        : { isValid: false, reason: result.reason };
    }
    case 'unifiedSocialCreditCode': {
      const result = validateUnifiedSocialCreditCode(number);
      return result.isValid
        ? { isValid: true, document: { kind: document.kind, number: result.code } }
        : { isValid: false, reason: result.reason };
    }
    case 'passport':
    case 'hongKongMacaoTravelPermit':
    case 'taiwanTravelPermit':
      return documentPatterns[document.kind].test(number)
        ? { isValid: true, document: { kind: document.kind, number } }
        : { isValid: false, reason: `${identityDocumentLabels[document.kind]}号码格式不正确` };
    default: {
      const unreachable: never = document.kind;
      return unreachable;
    }
  }
}
