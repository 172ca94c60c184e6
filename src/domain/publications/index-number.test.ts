import { describe, expect, it } from 'vitest';
import { checkIndexNumberPattern, defaultIndexNumberPattern, formatIndexNumber } from './index-number.ts';

describe('索引号', () => {
  it('formats the default pattern {code}/{yyyy}-{nnnnn}', () => {
    expect(
      formatIndexNumber({
        pattern: defaultIndexNumberPattern,
        organisationCode: '000014349',
        year: 2018,
        sequence: 222,
      }),
    ).toBe('000014349/2018-00222');
    expect(
      formatIndexNumber({ pattern: 'SW-{yyyy}-{nnn}', organisationCode: 'x$&', year: 2025, sequence: 1234 }),
    ).toBe('SW-2025-1234');
    expect(
      formatIndexNumber({ pattern: '{code}/{yyyy}-{nn}', organisationCode: 'a$&b', year: 2025, sequence: 3 }),
    ).toBe('a$&b/2025-03');
  });

  it('checks a pattern setting', () => {
    expect(checkIndexNumberPattern(defaultIndexNumberPattern)).toEqual({ isValid: true });
    expect(checkIndexNumberPattern('{code}/{yyyy}')).toMatchObject({ isValid: false });
    expect(checkIndexNumberPattern('{code}/{nnnn}')).toMatchObject({ isValid: false });
    expect(checkIndexNumberPattern('{code}/{yyyy}-{nnnn}-{mm}')).toEqual({
      isValid: false,
      reason: '索引号格式中有未知的占位符 {mm}',
    });
  });
});
