import { maskEmailAddress, maskPhoneNumber } from '../applications/applicant/mask-personal-data.ts';

/**
 * A comment of the public on a consultation draft. Comments are anonymous to the public: the
 * contact (telephone or e-mail, optional) is personal data seen only by the staff handling the
 * consultation, and masked wherever it is listed or logged (`maskContact`).
 */
export type CommentInput = {
  body: string;
  /** Which article or paragraph of the draft the comment is about, e.g. 第三条; optional. */
  paragraphReference: string;
  contact: string;
};

export const commentBodyMinimumLength = 5;
export const commentBodyMaximumLength = 3000;
export const paragraphReferenceMaximumLength = 50;
export const contactMaximumLength = 100;

/** Problems per form field (Chinese, saying what to do); empty when the comment may be submitted. */
export function validateComment(input: CommentInput): Record<string, string> {
  const problems: Record<string, string> = {};
  const body = input.body.trim();
  const bodyLength = [...body].length;
  if (bodyLength === 0) problems.body = '请填写意见内容';
  else if (bodyLength < commentBodyMinimumLength) {
    problems.body = `意见内容至少${commentBodyMinimumLength}个字`;
  } else if (bodyLength > commentBodyMaximumLength) {
    problems.body = `意见内容不能超过${commentBodyMaximumLength}个字，请精简或分条提交`;
  }
  if ([...input.paragraphReference.trim()].length > paragraphReferenceMaximumLength) {
    problems.paragraphReference = `所涉条款不能超过${paragraphReferenceMaximumLength}个字`;
  }
  const contact = input.contact.trim();
  if ([...contact].length > contactMaximumLength) {
    problems.contact = `联系方式不能超过${contactMaximumLength}个字`;
  } else if (contact !== '' && !isPhoneOrEmail(contact)) {
    problems.contact = '联系方式请填写电话号码或电子邮箱，也可以不填';
  }
  return problems;
}

function isPhoneOrEmail(contact: string): boolean {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) return true;
  return /^\+?[\d\s-]{7,20}$/.test(contact);
}

/** `13812345678` → `138****5678`, `li@example.com` → `l*@example.com`; empty stays empty. */
export function maskContact(contact: string): string {
  const trimmed = contact.trim();
  if (trimmed === '') return '';
  return trimmed.includes('@') ? maskEmailAddress(trimmed) : maskPhoneNumber(trimmed);
}
