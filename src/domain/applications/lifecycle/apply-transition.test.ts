import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from '../../calendar/built-in-calendar.ts';
import type { IsoDate } from '../../calendar/iso-date.ts';
import { applyTransition } from './apply-transition.ts';
import type { CaseCommand } from './case-command.ts';
import type { CaseState } from './case-state.ts';
import type { LifecycleRole } from './lifecycle-role.ts';
import {
  applyCommands,
  buildCaseInStatus,
  factoryNow,
  notHeldDecision,
  partialDecision,
} from './testing/case-factories.ts';
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

describe('registration', () => {
  it('registers a request with its receipt date, channel and applicant type', () => {
    const result = accepted(
      run(
        null,
        {
          type: 'register',
          receivedOn: '2025-03-03',
          channel: 'onlineForm',
          applicantType: 'researchInstitution',
        },
        { roles: ['portal'] },
      ),
    );
    expect(result.events).toEqual([
      { type: 'registered', date: '2025-03-03', channel: 'onlineForm', applicantType: 'researchInstitution' },
    ]);
    expect(result.state).toMatchObject({
      status: 'registered',
      receivedOn: '2025-03-03',
      applicantType: 'researchInstitution',
      conclusion: null,
    });
  });

  it('refuses a receipt date after today, an impossible date, or a year outside the calendar', () => {
    const register = (receivedOn: IsoDate, now: IsoDate) =>
      run(
        null,
        { type: 'register', receivedOn, channel: 'inPerson', applicantType: 'naturalPerson' },
        { now },
      );
    expect(register('2025-03-04', '2025-03-03')).toEqual({
      isAccepted: false,
      code: 'invalidDate',
      message: '日期2025年3月4日晚于今天，不能预先登记',
    });
    expect(register('2025-02-30' as IsoDate, '2025-03-03')).toMatchObject({
      isAccepted: false,
      code: 'invalidDate',
    });
    expect(register('2027-01-04', '2027-01-05')).toMatchObject({
      isAccepted: false,
      code: 'calendarYearMissing',
    });
  });

  it('warns when a later step needs a due date past the calendar', () => {
    const state = applyCommands({
      commands: [
        { type: 'register', receivedOn: '2026-12-18', channel: 'inPerson', applicantType: 'naturalPerson' },
      ],
      now: '2026-12-31',
    });
    const result = accepted(
      run(
        state,
        { type: 'requestClarification', date: '2026-12-21', whatToSupply: '文号' },
        { now: '2026-12-31' },
      ),
    );
    expect(result.warnings.join()).toContain('2027年');
  });
});

describe('dates', () => {
  it('may not be before receipt, before the previous step, or after today', () => {
    const registered = buildCaseInStatus('registered');
    expect(run(registered, { type: 'close', date: '2025-03-01' })).toMatchObject({ code: 'wrongStatus' });
    expect(run(registered, { type: 'withdraw', date: '2025-03-01', reason: '撤回' })).toEqual({
      isAccepted: false,
      code: 'invalidDate',
      message: '日期不能早于收到申请之日2025年3月3日',
    });
    const consulting = buildCaseInStatus('consulting');
    expect(run(consulting, { type: 'withdraw', date: '2025-03-04', reason: '撤回' })).toEqual({
      isAccepted: false,
      code: 'invalidDate',
      message: '日期不能早于上一步办理日期2025年3月5日',
    });
    expect(run(consulting, { type: 'withdraw', date: '2025-07-01', reason: '撤回' })).toMatchObject({
      code: 'invalidDate',
    });
    expect(run(consulting, { type: 'withdraw', date: '2025-03-05', reason: '撤回' }).isAccepted).toBe(true);
  });
});

describe('applicant type correction', () => {
  it('moves the case to another column, with a reason', () => {
    const state = buildCaseInStatus('registered');
    const result = accepted(
      run(state, {
        type: 'correctApplicantType',
        date: '2025-03-04',
        applicantType: 'legalServiceInstitution',
        reason: '律师事务所名义',
      }),
    );
    expect(result.state.applicantType).toBe('legalServiceInstitution');
    expect(result.state.status).toBe('registered');
    expect(
      run(state, {
        type: 'correctApplicantType',
        date: '2025-03-04',
        applicantType: 'naturalPerson',
        reason: 'x',
      }),
    ).toMatchObject({ code: 'invalidInput' });
    expect(
      run(state, {
        type: 'correctApplicantType',
        date: '2025-03-04',
        applicantType: 'otherOrganisation',
        reason: ' ',
      }),
    ).toMatchObject({ code: 'invalidInput' });
  });
});

describe('decision, approval, delivery, closing', () => {
  it('walks a partial disclosure through approval by the office head to delivery and closing', () => {
    const proposed = accepted(
      run(
        buildCaseInStatus('registered'),
        { type: 'proposeDecision', date: '2025-03-20', decision: partialDecision },
        { roles: ['caseHandler'] },
      ),
    );
    expect(proposed.state.status).toBe('awaitingApproval');
    expect(proposed.state.conclusion).toBeNull();
    const approved = accepted(
      run(proposed.state, { type: 'approveDecision', date: '2025-03-21' }, { roles: ['officeHead'] }),
    );
    expect(approved.events).toEqual([{ type: 'decisionApproved', date: '2025-03-21' }]);
    expect(approved.state.status).toBe('decided');
    expect(approved.state.decision).toEqual({ decidedOn: '2025-03-21', decision: partialDecision });
    expect(approved.state.conclusion).toEqual({
      concludedOn: '2025-03-21',
      conclusion: 'decided',
      outcomeCode: 'partiallyDisclosed',
    });
    const delivered = accepted(
      run(
        approved.state,
        { type: 'recordDelivery', date: '2025-03-24', method: 'handDelivery' },
        { roles: ['caseHandler'] },
      ),
    );
    expect(delivered.state.delivery).toEqual({ deliveredOn: '2025-03-24', method: 'handDelivery' });
    const closed = accepted(run(delivered.state, { type: 'close', date: '2025-03-25' }));
    expect(closed.state).toMatchObject({ status: 'closed', closedOn: '2025-03-25' });
  });

  it('warns when the reply is delivered after the due date', () => {
    // Due 31 March; delivered 1 April.
    const decided = buildCaseInStatus('decided');
    const inTime = accepted(run(decided, { type: 'recordDelivery', date: '2025-03-31', method: 'post' }));
    expect(inTime.warnings).toEqual([]);
    const late = accepted(run(decided, { type: 'recordDelivery', date: '2025-04-01', method: 'post' }));
    expect(late.warnings).toEqual(['2025年4月1日送达答复，已超过答复期限2025年3月31日']);
  });

  it('returns a proposal to the handler with a reason', () => {
    const proposed = buildCaseInStatus('awaitingApproval');
    expect(
      run(proposed, { type: 'returnDecision', date: '2025-03-11', reason: ' ' }, { roles: ['officeHead'] }),
    ).toMatchObject({ code: 'invalidInput' });
    const returned = accepted(
      run(
        proposed,
        { type: 'returnDecision', date: '2025-03-11', reason: '请补充检索情况' },
        { roles: ['officeHead'] },
      ),
    );
    expect(returned.state).toMatchObject({ status: 'inProgress', proposedDecision: null, decision: null });
  });

  it('needs an outcome staff may choose, a legal basis and the reasons the outcome requires', () => {
    const registered = buildCaseInStatus('registered');
    const propose = (decision: typeof notHeldDecision) =>
      run(registered, { type: 'proposeDecision', date: '2025-03-10', decision });
    expect(propose({ ...notHeldDecision, legalBasis: '' })).toEqual({
      isAccepted: false,
      code: 'invalidInput',
      message: '请填写答复的法律依据',
    });
    expect(propose({ ...notHeldDecision, reasons: '' })).toMatchObject({ message: '请填写理由' });
    expect(propose({ ...partialDecision, itemsWithheld: [] })).toMatchObject({ code: 'invalidInput' });
    expect(propose({ ...notHeldDecision, outcomeCode: 'feeNotPaid' })).toMatchObject({
      code: 'invalidInput',
    });
  });

  it('allows 补正后仍不明确 only after a clarification was received', () => {
    const unclear = {
      ...notHeldDecision,
      outcomeCode: 'stillUnclearAfterClarification' as const,
      legalBasis: '《条例》第三十条',
    };
    expect(
      run(buildCaseInStatus('registered'), {
        type: 'proposeDecision',
        date: '2025-03-10',
        decision: unclear,
      }),
    ).toMatchObject({
      message: '未经补正的申请不能以“补正后申请内容仍不明确”答复（第三十条）',
    });
    expect(
      run(buildCaseInStatus('inProgress'), { type: 'proposeDecision', date: '2025-03-11', decision: unclear })
        .isAccepted,
    ).toBe(true);
  });
});

describe('withdrawal', () => {
  it.each([
    'registered',
    'inProgress',
    'awaitingClarification',
    'consulting',
    'awaitingFeePayment',
    'awaitingApproval',
  ] as const)('is possible from %s and counts as （六）3 其他', (status) => {
    const result = accepted(
      run(
        buildCaseInStatus(status),
        { type: 'withdraw', date: '2025-03-14', reason: '申请人来电撤回' },
        { roles: ['portal'] },
      ),
    );
    expect(result.events).toEqual([{ type: 'withdrawn', date: '2025-03-14', reason: '申请人来电撤回' }]);
    expect(result.state.status).toBe('withdrawn');
    expect(result.state.conclusion).toEqual({
      concludedOn: '2025-03-14',
      conclusion: 'withdrawn',
      outcomeCode: 'otherHandling',
    });
    expect(result.state.proposedDecision).toBeNull();
  });

  it('is not possible once decided', () => {
    expect(
      run(buildCaseInStatus('decided'), { type: 'withdraw', date: '2025-03-14', reason: '撤回' }),
    ).toMatchObject({ code: 'wrongStatus' });
  });
});
