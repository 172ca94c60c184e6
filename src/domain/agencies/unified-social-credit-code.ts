/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the alphabet below (no I, O, Z, S, V);
 * the last character is a check character computed from the first 17 with weights 3^i mod 31.
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CodeValidation = { isValid: true; code: string } | { isValid: false; reason: string };

export function unifiedSocialCreditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    const value = alphabet.indexOf(first17[index] ?? '');
    if (value < 0) throw new Error(`invalid character at ${index}`);
    sum += value * (weights[index] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return alphabet[check] ?? '';
}

export function validateUnifiedSocialCreditCode(input: string): CodeValidation {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { isValid: false, reason: '统一社会信用代码应为18位' };
  for (const character of code) {
    if (!alphabet.includes(character)) {
      return { isValid: false, reason: `统一社会信用代码含有不允许的字符“${character}”` };
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return { isValid: false, reason: '统一社会信用代码第3至8位应为行政区划码' };
  }
  const expected = unifiedSocialCreditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) return { isValid: false, reason: '统一社会信用代码校验位不正确' };
  return { isValid: true, code };
}
