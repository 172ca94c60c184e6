import type { RequestRecord } from '../../annual-report/compute/request-records.ts';
import type { CaseState } from './case-state.ts';

/** The plain record the annual report computation reads of a case (rules.md §3). */
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
