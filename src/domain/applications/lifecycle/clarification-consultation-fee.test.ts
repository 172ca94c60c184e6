import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from '../../calendar/built-in-calendar.ts';
import type { IsoDate } from '../../calendar/iso-date.ts';
import { applyTransition } from './apply-transition.ts';
import type { CaseCommand } from './case-command.ts';
import type { CaseState } from './case-state.ts';
import type { LifecycleRole } from './lifecycle-role.ts';
import { applyCommands, buildCaseInStatus, factoryNow } from './testing/case-factories.ts';
import type { TransitionAcceptance, TransitionResult } from './transition-result.ts';

// Received Monday 3 March 2025; dates counted by hand on the 2025 arrangement (清明 4–6 April).
const calendar = buildBuiltInCalendar();
const both: LifecycleRole[] = ['caseHandler', 'officeHead'];

function run(
  state: CaseState | null,
  command: CaseCommand,
  options: { roles?: LifecycleRole[]; now?: IsoDate } = {},
): TransitionResult {
  return applyTransition({
    state,
    command,
    roles: options.roles ?? both,
    now: options.now ?? factoryNow,
    calendar,
  });
}

function accepted(result: TransitionResult): TransitionAcceptance {
  if (!result.isAccepted) throw new Error(`rejected: ${result.message}`);
  return result;
}

describe('clarification (Art. 30)', () => {
  it('waits for the applicant, then restarts the reply period on the corrected request', () => {
    const waiting = accepted(
      run(buildCaseInStatus('registered'), {
        type: 'requestClarification',
        date: '2025-03-05',
        whatToSupply: '文号',
      }),
    );
    expect(waiting.events).toEqual([
      { type: 'clarificationRequested', date: '2025-03-05', supplementWorkingDays: 15, whatToSupply: '文号' },
    ]);
    expect(waiting.state.status).toBe('awaitingClarification');
    const clarified = accepted(run(waiting.state, { type: 'receiveClarification', date: '2025-03-10' }));
    expect(clarified.state.status).toBe('inProgress');
    expect(clarified.state.clarification?.receivedOn).toBe('2025-03-10');
  });

  it('is sent once only and says what to supply', () => {
    expect(
      run(buildCaseInStatus('inProgress'), {
        type: 'requestClarification',
        date: '2025-03-11',
        whatToSupply: '文号',
      }),
    ).toEqual({
      isAccepted: false,
      code: 'alreadyDone',
      message: '补正通知应一次性告知，本申请已发出过补正通知（第三十条）',
    });
    expect(
      run(buildCaseInStatus('registered'), {
        type: 'requestClarification',
        date: '2025-03-05',
        whatToSupply: '',
      }),
    ).toMatchObject({ code: 'invalidInput' });
    expect(
      run(buildCaseInStatus('registered'), {
        type: 'requestClarification',
        date: '2025-03-05',
        whatToSupply: '文号',
        supplementWorkingDays: 0,
      }),
    ).toMatchObject({ code: 'invalidInput' });
  });

  it('warns when the notice is later than 7 working days after receipt', () => {
    // 7 working days after 3 March: 4, 5, 6, 7, 10, 11, 12 March.
    expect(
      accepted(
        run(buildCaseInStatus('registered'), {
          type: 'requestClarification',
          date: '2025-03-12',
          whatToSupply: '文号',
        }),
      ).warnings,
    ).toEqual([]);
    const late = accepted(
      run(buildCaseInStatus('registered'), {
        type: 'requestClarification',
        date: '2025-03-13',
        whatToSupply: '文号',
      }),
    );
    expect(late.warnings).toHaveLength(1);
    expect(late.warnings[0]).toContain('第三十条');
  });

  it('deems the request abandoned only after the supplement period (（六）1)', () => {
    // 15 working days after 5 March: 6, 7, 10–14, 17–21, 24, 25, 26 March.
    const waiting = buildCaseInStatus('awaitingClarification');
    expect(run(waiting, { type: 'deemAbandonedForClarification', date: '2025-03-26' })).toEqual({
      isAccepted: false,
      code: 'tooEarly',
      message: '补正期限2025年3月26日尚未届满，不能视为放弃申请（第三十条）',
    });
    const abandoned = accepted(run(waiting, { type: 'deemAbandonedForClarification', date: '2025-03-27' }));
    expect(abandoned.events).toEqual([
      { type: 'deemedAbandoned', date: '2025-03-27', cause: 'clarificationNotSupplied' },
    ]);
    expect(abandoned.state.conclusion).toEqual({
      concludedOn: '2025-03-27',
      conclusion: 'deemedAbandoned',
      outcomeCode: 'clarificationNotSupplied',
    });
  });

  it('uses the period set on the notice', () => {
    // 5 working days after 5 March: 6, 7, 10, 11, 12 March.
    const state = applyCommands({
      commands: [
        { type: 'register', receivedOn: '2025-03-03', channel: 'inPerson', applicantType: 'naturalPerson' },
        { type: 'requestClarification', date: '2025-03-05', whatToSupply: '文号', supplementWorkingDays: 5 },
      ],
    });
    expect(run(state, { type: 'deemAbandonedForClarification', date: '2025-03-12' }).isAccepted).toBe(false);
    expect(run(state, { type: 'deemAbandonedForClarification', date: '2025-03-13' }).isAccepted).toBe(true);
  });
});

describe('consultations (Art. 32, 34)', () => {
  const send = (consultationId: string, date: IsoDate): CaseCommand => ({
    type: 'sendConsultation',
    date,
    consultationId,
    consultedParty: 'otherAgency',
    partyName: '市财政局',
  });

  it('run several at once; the case stays consulting until the last is answered or lapsed', () => {
    let state = accepted(run(buildCaseInStatus('registered'), send('c1', '2025-03-05'))).state;
    state = accepted(run(state, send('c2', '2025-03-06'))).state;
    expect(state.status).toBe('consulting');
    expect(state.consultations.map((consultation) => consultation.consultationId)).toEqual(['c1', 'c2']);
    state = accepted(
      run(state, {
        type: 'recordConsultationAnswer',
        date: '2025-03-10',
        consultationId: 'c1',
        hasObjection: true,
        summary: '涉及商业秘密',
      }),
    ).state;
    expect(state.status).toBe('consulting');
    expect(state.consultations[0]?.answer).toEqual({
      answeredOn: '2025-03-10',
      hasObjection: true,
      summary: '涉及商业秘密',
    });
    state = accepted(
      run(state, {
        type: 'recordConsultationAnswer',
        date: '2025-03-11',
        consultationId: 'c2',
        hasObjection: false,
        summary: '同意',
      }),
    ).state;
    expect(state.status).toBe('inProgress');
  });

  it('refuses a duplicate letter, an unknown letter, and a letter already answered', () => {
    const consulting = buildCaseInStatus('consulting');
    expect(run(consulting, send('c1', '2025-03-06'))).toMatchObject({ code: 'alreadyDone' });
    expect(
      run(consulting, { type: 'recordConsultationLapse', date: '2025-03-27', consultationId: 'x' }),
    ).toMatchObject({ code: 'unknownConsultation' });
    const answered = accepted(run(consulting, send('c2', '2025-03-06'))).state;
    const once = accepted(
      run(answered, {
        type: 'recordConsultationAnswer',
        date: '2025-03-07',
        consultationId: 'c1',
        hasObjection: false,
        summary: '',
      }),
    ).state;
    expect(
      run(once, {
        type: 'recordConsultationAnswer',
        date: '2025-03-07',
        consultationId: 'c1',
        hasObjection: false,
        summary: '',
      }),
    ).toMatchObject({
      code: 'alreadyDone',
    });
  });

  it('lapses only after the 15 working days', () => {
    // 15 working days after 5 March: 26 March.
    const consulting = buildCaseInStatus('consulting');
    expect(
      run(consulting, { type: 'recordConsultationLapse', date: '2025-03-26', consultationId: 'c1' }),
    ).toMatchObject({
      code: 'tooEarly',
      message: '征求意见期限2025年3月26日尚未届满（第三十二条、第三十四条）',
    });
    const lapsed = accepted(
      run(consulting, { type: 'recordConsultationLapse', date: '2025-03-27', consultationId: 'c1' }),
    );
    expect(lapsed.state.status).toBe('inProgress');
    expect(lapsed.state.consultations[0]?.lapsedOn).toBe('2025-03-27');
  });
});

describe('processing fee', () => {
  it('sends one notice with the amount of its one method', () => {
    const state = buildCaseInStatus('awaitingFeePayment');
    expect(state.processingFee).toEqual({
      sentOn: '2025-03-05',
      applicantReceivedOn: null,
      method: { kind: 'perVolume', pageCount: 150 },
      amountYuan: 1700,
      paidOn: null,
    });
    const paid = accepted(run(state, { type: 'recordFeePayment', date: '2025-03-20' })).state;
    expect(paid.status).toBe('inProgress');
    expect(
      run(paid, { type: 'sendFeeNotice', date: '2025-03-21', method: { kind: 'perVolume', pageCount: 40 } }),
    ).toMatchObject({ code: 'alreadyDone' });
  });

  it('refuses a free fee and a notice received before it was sent', () => {
    const registered = buildCaseInStatus('registered');
    expect(
      run(registered, {
        type: 'sendFeeNotice',
        date: '2025-03-05',
        method: { kind: 'perRequest', requestNumberInMonth: 10 },
      }),
    ).toMatchObject({
      code: 'invalidInput',
      message: '按所选方式计算的信息处理费为0元，无需发出收费通知',
    });
    expect(
      run(registered, {
        type: 'sendFeeNotice',
        date: '2025-03-05',
        method: { kind: 'perVolume', pageCount: -3 },
      }),
    ).toMatchObject({ code: 'invalidInput' });
    expect(
      run(registered, {
        type: 'sendFeeNotice',
        date: '2025-03-05',
        applicantReceivedOn: '2025-03-04',
        method: { kind: 'perVolume', pageCount: 31 },
      }),
    ).toMatchObject({ code: 'invalidDate' });
  });

  it('deems the request abandoned after 20 working days unpaid (（六）2)', () => {
    // Sent 5 March, receipt unknown: 6, 7, 10–14, 17–21, 24–28, 31 March, 1, 2 April → due 2 April.
    const state = buildCaseInStatus('awaitingFeePayment');
    expect(run(state, { type: 'deemAbandonedForFee', date: '2025-04-02' })).toMatchObject({
      code: 'tooEarly',
      message: '缴费期限2025年4月2日尚未届满，不能视为放弃申请',
    });
    const abandoned = accepted(run(state, { type: 'deemAbandonedForFee', date: '2025-04-03' })).state;
    expect(abandoned.conclusion).toEqual({
      concludedOn: '2025-04-03',
      conclusion: 'deemedAbandoned',
      outcomeCode: 'feeNotPaid',
    });
  });

  it('counts the payment period from the day the applicant received the notice', () => {
    // Received 7 March: 10–14, 17–21, 24–28, 31 March, 1–3 April, (4 April 清明), 7 April → due 7 April.
    const state = applyCommands({
      commands: [
        { type: 'register', receivedOn: '2025-03-03', channel: 'inPerson', applicantType: 'naturalPerson' },
        {
          type: 'sendFeeNotice',
          date: '2025-03-05',
          applicantReceivedOn: '2025-03-07',
          method: { kind: 'perRequest', requestNumberInMonth: 31 },
        },
      ],
    });
    expect(state.processingFee?.amountYuan).toBe(200);
    expect(run(state, { type: 'deemAbandonedForFee', date: '2025-04-07' }).isAccepted).toBe(false);
    expect(run(state, { type: 'deemAbandonedForFee', date: '2025-04-08' }).isAccepted).toBe(true);
  });
});
