import type { FeeBreakdownLine } from './processing-fee.ts';

/**
 * 按量计收 (国办函〔2020〕109号), per request: pages 1–30 free; 31–100 10 元 per page; 101–200
 * 20 元 per page; from 201 40 元 per page. Marginal: 150 pages → 70 × 10 + 50 × 20 = 1,700 元.
 */
const volumeBands: ReadonlyArray<{ first: number; last: number | null; unitPriceYuan: number }> = [
  { first: 1, last: 30, unitPriceYuan: 0 },
  { first: 31, last: 100, unitPriceYuan: 10 },
  { first: 101, last: 200, unitPriceYuan: 20 },
  { first: 201, last: null, unitPriceYuan: 40 },
];

/** One line per band the page count reaches (the free band included, so the notice shows it). */
export function calculatePerVolumeFee(options: { pageCount: number }): FeeBreakdownLine[] {
  const { pageCount } = options;
  if (!Number.isInteger(pageCount) || pageCount < 0) {
    throw new RangeError(`页数应为非负整数，收到 ${pageCount}`);
  }
  const lines: FeeBreakdownLine[] = [];
  for (const band of volumeBands) {
    if (pageCount < band.first) break;
    const lastPage = band.last === null ? pageCount : Math.min(band.last, pageCount);
    const quantity = lastPage - band.first + 1;
    lines.push({
      band: band.last === null ? `第${band.first}页及以上` : `第${band.first}—${band.last}页`,
      standard: band.unitPriceYuan === 0 ? '免费' : `每页${band.unitPriceYuan}元`,
      quantity,
      unitPriceYuan: band.unitPriceYuan,
      amountYuan: quantity * band.unitPriceYuan,
    });
  }
  return lines;
}
