import { describe, expect, it } from 'vitest';
import {
  residentIdentityCardCheckCharacter,
  validateResidentIdentityCard,
} from './resident-identity-card.ts';

// Check characters computed by hand: Σ digit × weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2), mod 11,
// mapped through 1 0 X 9 8 7 6 5 4 3 2.
// 11010519491231002: sum 167, 167 mod 11 = 2 → X (the example of GB 11643).
// 33040219900101123: sum 177, mod 11 = 1 → 0.
// 44030819990110151: sum 252, mod 11 = 10 → 2.
describe('validateResidentIdentityCard', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', false],
    ['330402199001011230', '1990-01-01', true],
    ['440308199901101512', '1999-01-10', true],
  ])('accepts %s (born %s)', (number, birthDate, isMale) => {
    expect(validateResidentIdentityCard({ number })).toEqual({ isValid: true, number, birthDate, isMale });
  });

  it('computes the check character', () => {
    expect(residentIdentityCardCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdentityCardCheckCharacter('33040219900101123')).toBe('0');
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(validateResidentIdentityCard({ number: ' 11010519491231002x ' })).toMatchObject({
      isValid: true,
      number: '11010519491231002X',
    });
  });

  it.each([
    ['330402199001011234', '校验位'],
    ['33040219900101123', '18位'],
    ['3304021990010112300', '18位'],
    ['33040219900101123A', '18位'],
    ['330402199002301230', '出生日期'],
    ['330402189912311230', '出生日期'],
    ['990402199001011230', '行政区划'],
    ['000402199001011230', '行政区划'],
  ])('rejects %s (%s)', (number, reason) => {
    const result = validateResidentIdentityCard({ number });
    expect(result.isValid).toBe(false);
    if (!result.isValid) expect(result.reason).toContain(reason);
  });

  it('rejects a birth date after the injected today', () => {
    // 33040220300101123 → sum by hand: 21+27+0+20+0+8+4+0+18+0+0+9+0+5+8+8+6 = 134, mod 11 = 2 → X.
    const number = '33040220300101123X';
    expect(validateResidentIdentityCard({ number }).isValid).toBe(true);
    const result = validateResidentIdentityCard({ number, today: '2026-11-26' });
    expect(result).toEqual({ isValid: false, reason: '居民身份证号码中的出生日期晚于今天' });
  });
});
