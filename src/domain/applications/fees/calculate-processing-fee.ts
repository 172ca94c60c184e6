import { calculatePerRequestFee } from './calculate-per-request-fee.ts';
import { calculatePerVolumeFee } from './calculate-per-volume-fee.ts';
import { processingFeeLegalBasis, type FeeCalculation, type FeeMethod } from './processing-fee.ts';

/** The itemised information processing fee of one request by its one method (Art. 42). */
export function calculateProcessingFee(options: { method: FeeMethod }): FeeCalculation {
  const { method } = options;
  switch (method.kind) {
    case 'perRequest': {
      const line = calculatePerRequestFee({ requestNumberInMonth: method.requestNumberInMonth });
      return {
        method,
        methodLabel: '按件计收',
        legalBasis: processingFeeLegalBasis,
        lines: [line],
        amountYuan: line.amountYuan,
      };
    }
    case 'perVolume': {
      const lines = calculatePerVolumeFee({ pageCount: method.pageCount });
      return {
        method,
        methodLabel: '按量计收',
        legalBasis: processingFeeLegalBasis,
        lines,
        amountYuan: lines.reduce((sum, line) => sum + line.amountYuan, 0),
      };
    }
    default: {
      const unreachable: never = method;
      return unreachable;
    }
  }
}
