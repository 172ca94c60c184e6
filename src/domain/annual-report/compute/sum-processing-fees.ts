import type { IsoDate } from '../../calendar/iso-date.ts';

/** A processing fee paid on a request (Art. 42; 国办函〔2020〕109号), in whole 元. */
export type CollectedFeeRecord = { paidOn: IsoDate; amountYuan: number };

export type ProcessingFeesCollected = {
  /** Number of requests on which a fee was paid in the year. */
  requestCount: number;
  amountYuan: number;
  /** The sentence for section 六 of the annual report (rules.md §2: fees are reported there). */
  sentence: string;
};

/** The information processing fees collected in the year, by payment date, for section 六. */
export function sumProcessingFees(options: {
  fees: readonly CollectedFeeRecord[];
  year: number;
}): ProcessingFeesCollected {
  const paidInYear = options.fees.filter((fee) => fee.paidOn.startsWith(`${options.year}-`));
  const amountYuan = paidInYear.reduce((sum, fee) => sum + fee.amountYuan, 0);
  const sentence =
    paidInYear.length === 0
      ? `${options.year}年度未收取政府信息公开信息处理费。`
      : `${options.year}年度共对${paidInYear.length}件政府信息公开申请收取信息处理费，合计${amountYuan.toLocaleString('en-US')}元。`;
  return { requestCount: paidInYear.length, amountYuan, sentence };
}
