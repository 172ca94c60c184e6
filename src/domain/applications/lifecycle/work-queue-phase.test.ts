import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from '../../calendar/built-in-calendar.ts';
import type { IsoDate } from '../../calendar/iso-date.ts';
import type { CaseState } from './case-state.ts';
import { applyCommands, buildCaseInStatus } from './testing/case-factories.ts';
import { assessCase } from './work-queue-phase.ts';

// Received Monday 3 March 2025, reply due Monday 31 March.
const calendar = buildBuiltInCalendar();
const phaseOf = (state: CaseState, now: IsoDate) => assessCase({ state, calendar, now }).phase;

describe('work-queue phases', () => {
  it('derives new, due soon and overdue from the due date and now', () => {
    const state = buildCaseInStatus('registered');
    expect(phaseOf(state, '2025-03-04')).toBe('new');
    // From Fri 21 and Sat 22 March, 6 working days remain (24–28, 31): not yet due soon.
    expect(phaseOf(state, '2025-03-21')).toBe('new');
    expect(phaseOf(state, '2025-03-22')).toBe('new');
    // From Mon 24 March, 5 remain (25–28, 31).
    expect(phaseOf(state, '2025-03-24')).toBe('dueSoon');
    expect(phaseOf(state, '2025-03-31')).toBe('dueSoon');
    expect(phaseOf(state, '2025-04-01')).toBe('overdue');
  });

  it('lets the due-soon window be set', () => {
    expect(
      assessCase({
        state: buildCaseInStatus('registered'),
        calendar,
        now: '2025-03-21',
        dueSoonWorkingDays: 6,
      }).phase,
    ).toBe('dueSoon');
  });

  it('shows waiting for the applicant while a clarification or a payment is awaited', () => {
    expect(phaseOf(buildCaseInStatus('awaitingClarification'), '2025-04-15')).toBe('waitingForApplicant');
    expect(phaseOf(buildCaseInStatus('awaitingFeePayment'), '2025-04-15')).toBe('waitingForApplicant');
  });

  it('shows consulting while a letter is open', () => {
    expect(phaseOf(buildCaseInStatus('consulting'), '2025-03-06')).toBe('consulting');
  });

  it('shows open cases being handled as in progress', () => {
    // Restarted on 10 March: due 8 April.
    expect(phaseOf(buildCaseInStatus('inProgress'), '2025-03-11')).toBe('inProgress');
    expect(phaseOf(buildCaseInStatus('inProgress'), '2025-04-09')).toBe('overdue');
    expect(phaseOf(buildCaseInStatus('awaitingApproval'), '2025-03-11')).toBe('inProgress');
  });

  it('keeps a decision that is not delivered in time in the overdue queue', () => {
    expect(phaseOf(buildCaseInStatus('decided'), '2025-03-12')).toBe('decided');
    expect(phaseOf(buildCaseInStatus('decided'), '2025-04-01')).toBe('overdue');
    expect(phaseOf(buildCaseInStatus('delivered'), '2025-04-01')).toBe('decided');
  });

  it('puts concluded cases in closed', () => {
    for (const status of ['closed', 'withdrawn', 'deemedAbandoned'] as const) {
      expect(phaseOf(buildCaseInStatus(status), '2025-06-30')).toBe('closed');
    }
  });

  it('says which year the calendar lacks instead of guessing a due date', () => {
    const state = applyCommands({
      commands: [
        { type: 'register', receivedOn: '2026-12-18', channel: 'inPerson', applicantType: 'naturalPerson' },
      ],
      now: '2026-12-21',
    });
    const assessment = assessCase({ state, calendar, now: '2026-12-21' });
    expect(assessment.phase).toBe('new');
    expect(assessment.deadlines).toBeNull();
    expect(assessment.calendarWarning).toContain('2027年');
  });

  it('gives the deadline report with it', () => {
    const { deadlines, calendarWarning } = assessCase({
      state: buildCaseInStatus('delivered'),
      calendar,
      now: '2025-04-01',
    });
    expect(calendarWarning).toBeNull();
    expect(deadlines?.replyDueDate).toBe('2025-03-31');
    expect(deadlines?.conclusion).toEqual({ date: '2025-03-12', conclusion: 'decided', isInTime: true });
  });
});
