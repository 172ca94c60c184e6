import { describe, expect, it } from 'vitest';
import { collectedFeeOf, requestRecordOf } from './case-request-record.ts';
import { applyCommands, buildCaseInStatus } from './testing/case-factories.ts';

describe('records for the annual report', () => {
  it('gives an open case without a conclusion', () => {
    expect(requestRecordOf(buildCaseInStatus('consulting'))).toEqual({
      receivedOn: '2025-03-03',
      applicantType: 'naturalPerson',
      conclusion: null,
    });
  });

  it('concludes on the approval of the decision, with its outcome', () => {
    expect(requestRecordOf(buildCaseInStatus('delivered')).conclusion).toEqual({
      concludedOn: '2025-03-11',
      outcomeCode: 'notHeldByThisAgency',
    });
  });

  it('counts a withdrawal as （六）3 and the abandonments as （六）1 and （六）2', () => {
    expect(requestRecordOf(buildCaseInStatus('withdrawn')).conclusion?.outcomeCode).toBe('otherHandling');
    expect(requestRecordOf(buildCaseInStatus('deemedAbandoned')).conclusion?.outcomeCode).toBe(
      'clarificationNotSupplied',
    );
  });

  it('reports the corrected applicant type', () => {
    const state = applyCommands({
      state: buildCaseInStatus('registered'),
      commands: [
        {
          type: 'correctApplicantType',
          date: '2025-03-04',
          applicantType: 'publicInterestOrganisation',
          reason: '以基金会名义申请',
        },
      ],
    });
    expect(requestRecordOf(state).applicantType).toBe('publicInterestOrganisation');
  });

  it('gives the fee once it is paid', () => {
    const unpaid = buildCaseInStatus('awaitingFeePayment');
    expect(collectedFeeOf(unpaid)).toBeNull();
    const paid = applyCommands({
      state: unpaid,
      commands: [{ type: 'recordFeePayment', date: '2025-03-20' }],
    });
    expect(collectedFeeOf(paid)).toEqual({ paidOn: '2025-03-20', amountYuan: 1700 });
  });
});
