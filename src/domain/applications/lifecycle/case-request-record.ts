import type { RequestRecord } from '../../annual-report/compute/request-records.ts';
import type { CollectedFeeRecord } from '../../annual-report/compute/sum-processing-fees.ts';
import type { CaseState } from './case-state.ts';

/** The plain record the annual report's table 三 reads of a case (rules.md §3). */
export function requestRecordOf(state: CaseState): RequestRecord {
  return {
    receivedOn: state.receivedOn,
    applicantType: state.applicantType,
    conclusion:
      state.conclusion === null
        ? null
        : { concludedOn: state.conclusion.concludedOn, outcomeCode: state.conclusion.outcomeCode },
  };
}

/** The processing fee paid on the case, for section 六; null when none was paid. */
export function collectedFeeOf(state: CaseState): CollectedFeeRecord | null {
  const fee = state.processingFee;
  return fee === null || fee.paidOn === null ? null : { paidOn: fee.paidOn, amountYuan: fee.amountYuan };
}
