import { describe, expect, it } from 'vitest';
import {
  unifiedSocialCreditCodeCheckCharacter,
  validateUnifiedSocialCreditCode,
} from './unified-social-credit-code.ts';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(['91350100M000100Y43', '914403001922038216', '91110000100010433L'])(
    'accepts the published code %s',
    (code) => {
      expect(validateUnifiedSocialCreditCode(code)).toEqual({ isValid: true, code });
    },
  );

  it('accepts lower case and surrounding spaces, and normalises them', () => {
    expect(validateUnifiedSocialCreditCode(' 91110000100010433l ')).toEqual({
      isValid: true,
      code: '91110000100010433L',
    });
  });

  it('rejects a wrong check character', () => {
    expect(validateUnifiedSocialCreditCode('914403001922038217')).toEqual({
      isValid: false,
      reason: '统一社会信用代码校验位不正确',
    });
  });

  it('rejects a wrong length and forbidden letters', () => {
    expect(validateUnifiedSocialCreditCode('9144030019220382').isValid).toBe(false);
    const withI = validateUnifiedSocialCreditCode('91440300192203821I');
    expect(withI).toEqual({ isValid: false, reason: '统一社会信用代码含有不允许的字符“I”' });
  });

  it('detects every single-character change of a valid code', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const valid = '914403001922038216';
    for (let position = 8; position < 17; position += 1) {
      for (const replacement of alphabet) {
        if (replacement === valid[position]) continue;
        const changed = valid.slice(0, position) + replacement + valid.slice(position + 1);
        expect(validateUnifiedSocialCreditCode(changed).isValid, changed).toBe(false);
      }
    }
  });

  it('computes the check character from the first 17', () => {
    expect(unifiedSocialCreditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });
});
