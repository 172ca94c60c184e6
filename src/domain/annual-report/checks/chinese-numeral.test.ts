import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChineseNumeral } from './chinese-numeral.ts';

/** Writes n the way Chinese text writes counts (the reference the parser is checked against). */
function writeChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n] ?? '';
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    if (low === 0) return `${writeChinese(high)}万`;
    return `${writeChinese(high)}万${low < 1000 ? '零' : ''}${writeBelowTenThousand(low, false)}`;
  }
  return writeBelowTenThousand(n, true);
}

function writeBelowTenThousand(n: number, isLeading: boolean): string {
  const digits = '零一二三四五六七八九';
  const units = ['千', '百', '十', ''];
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let text = '';
  let isZeroPending = false;
  let hasStarted = false;
  parts.forEach((digit, index) => {
    if (digit === 0) {
      if (hasStarted) isZeroPending = true;
      return;
    }
    if (isZeroPending) text += '零';
    isZeroPending = false;
    const omitOne = isLeading && !hasStarted && digit === 1 && units[index] === '十';
    text += `${omitOne ? '' : digits[digit]}${units[index]}`;
    hasStarted = true;
  });
  return text;
}

describe('parseChineseNumeral', () => {
  it.each([
    ['〇', 0],
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一十五', 15],
    ['一百零五', 105],
    ['一百一十', 110],
    ['三百二十六', 326],
    ['一千零二十', 1020],
    ['两千零一', 2001],
    ['一万', 10000],
    ['一万零三百', 10300],
    ['十二万三千四百五十六', 123456],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '百', '十十', '一二', '三百五', '零零', '万', '一万万', '五十百', '零五', '一零'])(
    'refuses the malformed %s',
    (text) => {
      expect(parseChineseNumeral(text)).toBeNull();
    },
  );

  it('reads back every count written in Chinese numerals below one hundred million', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        expect(parseChineseNumeral(writeChinese(n))).toBe(n);
      }),
    );
  });
});
