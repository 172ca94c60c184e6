import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculatePerRequestFee, perRequestUnitPriceYuan } from './calculate-per-request-fee.ts';
import { calculateProcessingFee } from './calculate-processing-fee.ts';

// Amounts worked out by hand from 国办函〔2020〕109号 (rules.md §2).
describe('per request (按件), counted per applicant per calendar month', () => {
  it.each([
    [1, 0],
    [10, 0],
    [11, 100],
    [30, 100],
    [31, 200],
    [40, 200],
    [41, 300],
    [50, 300],
    [51, 400],
    [70, 500],
    [71, 600],
  ])('the request no. %i of the month costs %i 元', (requestNumberInMonth, amountYuan) => {
    expect(calculateProcessingFee({ method: { kind: 'perRequest', requestNumberInMonth } }).amountYuan).toBe(
      amountYuan,
    );
  });

  it('itemises the band and the standard', () => {
    expect(calculatePerRequestFee({ requestNumberInMonth: 35 })).toEqual({
      band: '本月第31—40件（本件为第35件）',
      standard: '每件200元',
      quantity: 1,
      unitPriceYuan: 200,
      amountYuan: 200,
    });
    expect(calculatePerRequestFee({ requestNumberInMonth: 3 }).standard).toBe('免费');
  });

  it('refuses an ordinal that is not a positive integer', () => {
    expect(() => perRequestUnitPriceYuan(0)).toThrow(RangeError);
    expect(() => perRequestUnitPriceYuan(2.5)).toThrow(RangeError);
  });

  it('never gets cheaper, and rises by 100 元 exactly at 11, 31, 41, 51, …', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (number) => {
        const step = perRequestUnitPriceYuan(number + 1) - perRequestUnitPriceYuan(number);
        const isBandStart = number + 1 === 11 || (number + 1 >= 31 && (number + 1 - 31) % 10 === 0);
        expect(step).toBe(isBandStart ? 100 : 0);
      }),
    );
  });
});

describe('per volume (按量), marginal by page', () => {
  it.each([
    [0, 0],
    [1, 0],
    [30, 0],
    [31, 10],
    [100, 700],
    [101, 720],
    [150, 1700],
    [200, 2700],
    [201, 2740],
    [250, 4700],
  ])('%i pages cost %i 元', (pageCount, amountYuan) => {
    expect(calculateProcessingFee({ method: { kind: 'perVolume', pageCount } }).amountYuan).toBe(amountYuan);
  });

  it('itemises 150 pages as 30 free, 70 × 10 and 50 × 20 (1,700 元)', () => {
    const fee = calculateProcessingFee({ method: { kind: 'perVolume', pageCount: 150 } });
    expect(fee.methodLabel).toBe('按量计收');
    expect(fee.legalBasis).toContain('国办函〔2020〕109号');
    expect(fee.legalBasis).toContain('第四十二条');
    expect(fee.lines.map((line) => [line.band, line.standard, line.quantity, line.amountYuan])).toEqual([
      ['第1—30页', '免费', 30, 0],
      ['第31—100页', '每页10元', 70, 700],
      ['第101—200页', '每页20元', 50, 1000],
    ]);
  });

  it('names the open band from page 201', () => {
    const fee = calculateProcessingFee({ method: { kind: 'perVolume', pageCount: 205 } });
    expect(fee.lines.at(-1)).toEqual({
      band: '第201页及以上',
      standard: '每页40元',
      quantity: 5,
      unitPriceYuan: 40,
      amountYuan: 200,
    });
  });

  it('refuses a negative or fractional page count', () => {
    expect(() => calculateProcessingFee({ method: { kind: 'perVolume', pageCount: -1 } })).toThrow(
      RangeError,
    );
    expect(() => calculateProcessingFee({ method: { kind: 'perVolume', pageCount: 1.5 } })).toThrow(
      RangeError,
    );
  });

  const pagePrice = (page: number): number => (page <= 30 ? 0 : page <= 100 ? 10 : page <= 200 ? 20 : 40);

  it('is marginal: one more page costs the price of the band that page falls in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (pageCount) => {
        const fee = (pages: number) =>
          calculateProcessingFee({ method: { kind: 'perVolume', pageCount: pages } }).amountYuan;
        expect(fee(pageCount + 1) - fee(pageCount)).toBe(pagePrice(pageCount + 1));
      }),
    );
  });

  it('is monotonic, integral, and its lines add up to the pages and the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (left, right) => {
        const [fewer, more] = left <= right ? [left, right] : [right, left];
        const fewerFee = calculateProcessingFee({ method: { kind: 'perVolume', pageCount: fewer } });
        const moreFee = calculateProcessingFee({ method: { kind: 'perVolume', pageCount: more } });
        expect(moreFee.amountYuan).toBeGreaterThanOrEqual(fewerFee.amountYuan);
        expect(Number.isInteger(moreFee.amountYuan)).toBe(true);
        expect(moreFee.lines.reduce((sum, line) => sum + line.quantity, 0)).toBe(more);
        expect(moreFee.lines.reduce((sum, line) => sum + line.amountYuan, 0)).toBe(moreFee.amountYuan);
      }),
    );
  });
});
