import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from '../../calendar/built-in-calendar.ts';
import type { IsoDate } from '../../calendar/iso-date.ts';
import { applyTransition } from './apply-transition.ts';
import type { CaseCommand } from './case-command.ts';
import type { CaseState } from './case-state.ts';
import { computeCaseDeadlines } from './compute-case-deadlines.ts';
import type { LifecycleRole } from './lifecycle-role.ts';
import { applyCommands, buildCaseInStatus } from './testing/case-factories.ts';

// Received 3 March 2025; the reply is due 31 March (4–7, 10–14, 17–21, 24–28, 31 March).
const calendar = buildBuiltInCalendar();
const now: IsoDate = '2025-06-30';
const extend = (
  state: CaseState,
  date: IsoDate,
  workingDays: number,
  roles: LifecycleRole[] = ['officeHead'],
) =>
  applyTransition({
    state,
    command: { type: 'approveExtension', date, workingDays, reason: '需协调多个部门' },
    roles,
    now,
    calendar,
  });
const dueDateOf = (state: CaseState) =>
  computeCaseDeadlines({ state, calendar, now: state.lastEventOn }).replyDueDate;

describe('extension (Art. 33 para 2)', () => {
  it('moves the reply due date by the approved working days', () => {
    const state = buildCaseInStatus('registered');
    expect(dueDateOf(state)).toBe('2025-03-31');
    const result = extend(state, '2025-03-31', 10);
    if (!result.isAccepted) throw new Error(result.message);
    expect(result.events).toEqual([
      { type: 'extended', date: '2025-03-31', workingDays: 10, reason: '需协调多个部门' },
    ]);
    expect(result.state.status).toBe('registered');
    // 1–3 April, (4–6 April 清明), 7–11, 14, 15 April.
    expect(dueDateOf(result.state)).toBe('2025-04-15');
  });

  it('is approved by the office head only', () => {
    expect(extend(buildCaseInStatus('registered'), '2025-03-10', 10, ['caseHandler'])).toMatchObject({
      code: 'roleNotAllowed',
    });
  });

  it('is at most 20 working days, a whole number, at least 1', () => {
    const state = buildCaseInStatus('registered');
    expect(extend(state, '2025-03-10', 20).isAccepted).toBe(true);
    for (const workingDays of [21, 0, -1, 2.5]) {
      expect(extend(state, '2025-03-10', workingDays)).toEqual({
        isAccepted: false,
        code: 'invalidInput',
        message: '延长的期限应为1至20个工作日（第三十三条第二款）',
      });
    }
  });

  it('is granted once only', () => {
    const once = extend(buildCaseInStatus('registered'), '2025-03-10', 5);
    if (!once.isAccepted) throw new Error(once.message);
    expect(extend(once.state, '2025-03-11', 5)).toEqual({
      isAccepted: false,
      code: 'alreadyDone',
      message: '答复期限只能延长一次（第三十三条第二款）',
    });
  });

  it('is decided before the original deadline expires', () => {
    expect(extend(buildCaseInStatus('registered'), '2025-04-01', 10)).toEqual({
      isAccepted: false,
      code: 'tooLate',
      message: '原答复期限2025年3月31日已届满，不能再延期（第三十三条第二款）',
    });
  });

  it('uses the deadline after pauses: a consultation of two working days moves it to 2 April', () => {
    // Letter 5 March, answer 7 March: 6 and 7 March are not counted → due 2 April.
    const state = applyCommands({
      commands: [
        { type: 'register', receivedOn: '2025-03-03', channel: 'inPerson', applicantType: 'naturalPerson' },
        {
          type: 'sendConsultation',
          date: '2025-03-05',
          consultationId: 'c1',
          consultedParty: 'thirdParty',
          partyName: '甲公司',
        },
        {
          type: 'recordConsultationAnswer',
          date: '2025-03-07',
          consultationId: 'c1',
          hasObjection: false,
          summary: '无意见',
        },
      ],
    });
    expect(dueDateOf(state)).toBe('2025-04-02');
    expect(extend(state, '2025-04-02', 3).isAccepted).toBe(true);
    expect(extend(state, '2025-04-03', 3).isAccepted).toBe(false);
  });

  it('is not possible while waiting for a clarification, and lapses when the period restarts', () => {
    expect(extend(buildCaseInStatus('awaitingClarification'), '2025-03-10', 5)).toMatchObject({
      code: 'wrongStatus',
    });
    const commands: CaseCommand[] = [
      { type: 'register', receivedOn: '2025-03-03', channel: 'inPerson', applicantType: 'naturalPerson' },
      { type: 'approveExtension', date: '2025-03-04', workingDays: 5, reason: '调档' },
      { type: 'requestClarification', date: '2025-03-05', whatToSupply: '文号' },
      { type: 'receiveClarification', date: '2025-03-10' },
    ];
    const restarted = applyCommands({ commands });
    expect(restarted.extension).toBeNull();
    // Art. 30: 20 working days after 10 March: 11–14, 17–21, 24–28, 31 March, 1–3, (4 清明) 7, 8 April.
    expect(dueDateOf(restarted)).toBe('2025-04-08');
    expect(extend(restarted, '2025-03-11', 5).isAccepted).toBe(true);
  });
});

describe('later deadline (Art. 35)', () => {
  const setLater = (state: CaseState, dueDate: IsoDate, roles: LifecycleRole[] = ['officeHead']) =>
    applyTransition({
      state,
      command: { type: 'setLaterDeadline', date: '2025-03-10', dueDate, reason: '申请数量明显超过合理范围' },
      roles,
      now,
      calendar,
    });

  it('must be later than the statutory deadline and is set by the office head', () => {
    const state = buildCaseInStatus('registered');
    expect(setLater(state, '2025-03-31')).toMatchObject({
      code: 'invalidInput',
      message: '另行确定的答复期限应晚于法定答复期限2025年3月31日（第三十五条）',
    });
    expect(setLater(state, '2025-04-30', ['caseHandler'])).toMatchObject({ code: 'roleNotAllowed' });
    const result = setLater(state, '2025-04-30');
    if (!result.isAccepted) throw new Error(result.message);
    expect(dueDateOf(result.state)).toBe('2025-04-30');
    expect(extend(result.state, '2025-03-11', 5)).toMatchObject({ code: 'alreadyDone' });
    expect(setLater(result.state, '2025-05-30')).toMatchObject({ code: 'alreadyDone' });
  });
});
