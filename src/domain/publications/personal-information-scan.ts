import { validateResidentIdentityCard } from '../applications/applicant/resident-identity-card.ts';
import { maskIdentityNumber, maskPhoneNumber } from '../applications/applicant/mask-personal-data.ts';

/**
 * The personal information a published item must not leak unless the law requires it (rules.md
 * §5; 个人信息保护法 第二十八条 on sensitive personal information): 居民身份证号码 (with a valid
 * check character), mobile numbers, bank card numbers (Luhn check) and addresses of private persons
 * written after a label (住址、家庭住址 …). Run before submission and before publication.
 */
export const personalInformationKinds = [
  'residentIdentityCard',
  'mobileNumber',
  'bankCardNumber',
  'privateAddress',
] as const;
export type PersonalInformationKind = (typeof personalInformationKinds)[number];
export const personalInformationKindLabels: Record<PersonalInformationKind, string> = {
  residentIdentityCard: '居民身份证号码',
  mobileNumber: '手机号码',
  bankCardNumber: '银行卡号',
  privateAddress: '个人住址',
};

export type PersonalInformationFinding = {
  kind: PersonalInformationKind;
  /** The scanned field (`title`, `summary`, `body`, …). */
  field: string;
  /** Position in the field's text, in UTF-16 code units from 0; `end` excluded. */
  start: number;
  end: number;
  /** The match masked, safe to show in lists and logs. */
  maskedText: string;
};

/** Luhn (ISO/IEC 7812-1) check of a digit string. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

type Range = { start: number; end: number };

function overlaps(range: Range, taken: readonly Range[]): boolean {
  return taken.some((other) => range.start < other.end && other.start < range.end);
}

// Numbers are matched where no digit (or Latin letter) touches them, so parts of longer numbers
// are not reported.
const identityCardPattern = /(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])/g;
const mobilePattern = /(?<![0-9A-Za-z])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![0-9A-Za-z])/g;
const bankCardPattern = /(?<![0-9A-Za-z])\d(?:[\s-]?\d){15,18}(?![0-9A-Za-z])/g;
const addressLabels = [
  '家庭住址',
  '家庭地址',
  '居住地址',
  '现住址',
  '现居住地',
  '户籍地址',
  '户籍地',
  '住址',
];
const addressPattern = new RegExp(`(?:${addressLabels.join('|')})\\s*[:：]\\s*([^\\n，。；;,]{2,80})`, 'g');

function scanText(field: string, text: string): PersonalInformationFinding[] {
  const findings: PersonalInformationFinding[] = [];
  const taken: Range[] = [];
  for (const match of text.matchAll(identityCardPattern)) {
    const validation = validateResidentIdentityCard({ number: match[0] });
    if (!validation.isValid) continue;
    const range = { start: match.index, end: match.index + match[0].length };
    taken.push(range);
    findings.push({
      kind: 'residentIdentityCard',
      field,
      ...range,
      maskedText: maskIdentityNumber(match[0]),
    });
  }
  for (const match of text.matchAll(bankCardPattern)) {
    const digits = match[0].replace(/[\s-]/g, '');
    const range = { start: match.index, end: match.index + match[0].length };
    if (overlaps(range, taken) || !isLuhnValid(digits)) continue;
    taken.push(range);
    findings.push({
      kind: 'bankCardNumber',
      field,
      ...range,
      maskedText: `${digits.slice(0, 4)}${'*'.repeat(digits.length - 8)}${digits.slice(-4)}`,
    });
  }
  for (const match of text.matchAll(mobilePattern)) {
    const range = { start: match.index, end: match.index + match[0].length };
    if (overlaps(range, taken)) continue;
    taken.push(range);
    const digits = match[0].replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
    findings.push({ kind: 'mobileNumber', field, ...range, maskedText: maskPhoneNumber(digits) });
  }
  for (const match of text.matchAll(addressPattern)) {
    const address = match[1] ?? '';
    const start = match.index + match[0].length - address.length;
    const range = { start, end: start + address.length };
    if (overlaps(range, taken)) continue;
    findings.push({
      kind: 'privateAddress',
      field,
      ...range,
      maskedText: `${[...address].slice(0, 3).join('')}***`,
    });
  }
  return findings.sort((left, right) => left.start - right.start);
}

/** Scans the named texts of an item; findings per field, in order of position. */
export function scanPersonalInformation(
  fields: Readonly<Record<string, string>>,
): PersonalInformationFinding[] {
  return Object.entries(fields).flatMap(([field, text]) => scanText(field, text));
}

/** `第3行第12个字符起` style position for people: line and column, both from 1. */
export function describeFindingPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  const last = lines[lines.length - 1] ?? '';
  return { line: lines.length, column: [...last].length + 1 };
}
