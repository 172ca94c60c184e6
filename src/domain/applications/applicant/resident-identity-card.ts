import { isIsoDate, type IsoDate } from '../../calendar/iso-date.ts';

/**
 * 居民身份证号码 (GB 11643-1999 公民身份号码): 6-digit region code, 8-digit birth date, 3-digit
 * sequence (odd for men, even for women), and a check character (ISO 7064 MOD 11-2).
 * The same scheme serves the 港澳台居民居住证 (region codes 810000, 820000, 830000).
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

/** First two digits of the region code: the provinces of GB/T 2260, plus 81–83 for the residence permits. */
const provinceCodes = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
]);

export type ResidentIdentityCardValidation =
  { isValid: true; number: string; birthDate: IsoDate; isMale: boolean } | { isValid: false; reason: string };

/** The check character for the first 17 digits. */
export function residentIdentityCardCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('expected 17 digits');
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * (weights[index] ?? 0);
  return checkCharacters[sum % 11] ?? '';
}

/**
 * Validates an 18-character number. `today` (injected, Asia/Shanghai) rejects birth dates in the
 * future; without it only the calendar validity and a year from 1900 are checked.
 */
export function validateResidentIdentityCard(options: {
  number: string;
  today?: IsoDate;
}): ResidentIdentityCardValidation {
  const number = options.number.trim().replace(/x$/, 'X');
  if (!/^\d{17}[\dX]$/.test(number)) {
    return { isValid: false, reason: '居民身份证号码应为18位，前17位为数字，最后一位为数字或X' };
  }
  if (!provinceCodes.has(Number(number.slice(0, 2)))) {
    return { isValid: false, reason: '居民身份证号码前6位不是有效的行政区划代码' };
  }
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (!isIsoDate(birthDate) || birthDate < '1900-01-01') {
    return { isValid: false, reason: '居民身份证号码中的出生日期无效' };
  }
  if (options.today !== undefined && birthDate > options.today) {
    return { isValid: false, reason: '居民身份证号码中的出生日期晚于今天' };
  }
  if (residentIdentityCardCheckCharacter(number.slice(0, 17)) !== number[17]) {
    return { isValid: false, reason: '居民身份证号码校验位不正确，请核对' };
  }
  return { isValid: true, number, birthDate, isMale: Number(number[16]) % 2 === 1 };
}
