import { describe, expect, it } from 'vitest';
import { sumProcessingFees } from './sum-processing-fees.ts';

describe('sumProcessingFees', () => {
  it('adds the fees paid in the year', () => {
    const fees = [
      { paidOn: '2024-03-05', amountYuan: 1700 },
      { paidOn: '2024-12-31', amountYuan: 200 },
      { paidOn: '2025-01-01', amountYuan: 100 },
      { paidOn: '2023-12-31', amountYuan: 10 },
    ] as const;
    expect(sumProcessingFees({ fees, year: 2024 })).toEqual({
      requestCount: 2,
      amountYuan: 1900,
      sentence: '2024年度共对2件政府信息公开申请收取信息处理费，合计1,900元。',
    });
  });

  it('says that none were collected', () => {
    expect(sumProcessingFees({ fees: [], year: 2024 }).sentence).toBe(
      '2024年度未收取政府信息公开信息处理费。',
    );
  });
});
