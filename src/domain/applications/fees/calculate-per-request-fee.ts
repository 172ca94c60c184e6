import type { FeeBreakdownLine } from './processing-fee.ts';

/**
 * 按件计收 (国办函〔2020〕109号): counted per applicant per calendar month. Requests 1–10 are free;
 * 11–30 cost 100 元 each; from the 31st, in bands of 10, each band costs 100 元 more per request
 * (31–40: 200 元, 41–50: 300 元, …).
 */
export function perRequestUnitPriceYuan(requestNumberInMonth: number): number {
  if (!Number.isInteger(requestNumberInMonth) || requestNumberInMonth < 1) {
    throw new RangeError(`本月申请序号应为正整数，收到 ${requestNumberInMonth}`);
  }
  if (requestNumberInMonth <= 10) return 0;
  if (requestNumberInMonth <= 30) return 100;
  return 100 * (2 + Math.floor((requestNumberInMonth - 31) / 10));
}

function bandOf(requestNumberInMonth: number): string {
  if (requestNumberInMonth <= 10) return '第1—10件';
  if (requestNumberInMonth <= 30) return '第11—30件';
  const first = 31 + 10 * Math.floor((requestNumberInMonth - 31) / 10);
  return `第${first}—${first + 9}件`;
}

/** The breakdown line of the fee for the `requestNumberInMonth`-th request of the month. */
export function calculatePerRequestFee(options: { requestNumberInMonth: number }): FeeBreakdownLine {
  const { requestNumberInMonth } = options;
  const unitPriceYuan = perRequestUnitPriceYuan(requestNumberInMonth);
  return {
    band: `本月${bandOf(requestNumberInMonth)}（本件为第${requestNumberInMonth}件）`,
    standard: unitPriceYuan === 0 ? '免费' : `每件${unitPriceYuan}元`,
    quantity: 1,
    unitPriceYuan,
    amountYuan: unitPriceYuan,
  };
}
