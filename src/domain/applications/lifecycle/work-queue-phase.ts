import { CalendarYearMissingError } from '../../calendar/calendar-year-missing-error.ts';
import type { IsoDate } from '../../calendar/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { DeadlineReport } from '../deadlines/deadline-report.ts';
import type { DeadlineSettings } from '../deadlines/deadline-settings.ts';
import type { CaseState } from './case-state.ts';
import { computeCaseDeadlines } from './compute-case-deadlines.ts';

/**
 * The work-queue phases (architecture rule 5; issue 4). `dueSoon` and `overdue` are derived
 * from the deadline engine and `now`, never stored. `inProgress` holds the open cases that fit
 * none of the other phases (being handled, or a decision awaiting approval).
 */
export const workQueuePhases = [
  'new',
  'inProgress',
  'waitingForApplicant',
  'consulting',
  'dueSoon',
  'overdue',
  'decided',
  'closed',
] as const;

export type WorkQueuePhase = (typeof workQueuePhases)[number];

export const workQueuePhaseLabels: Record<WorkQueuePhase, string> = {
  new: '新登记',
  inProgress: '办理中',
  waitingForApplicant: '等待申请人',
  consulting: '征求意见中',
  dueSoon: '5个工作日内到期',
  overdue: '已超期',
  decided: '已答复',
  closed: '已办结',
};

/** Working days before the reply due date from which a case counts as due soon. */
export const defaultDueSoonWorkingDays = 5;

/**
 * `deadlines` is null when a due date falls in a year the working-day calendar does not hold yet
 * (rules.md §1: never guess); `calendarWarning` then says which year to import, and the phase
 * falls back to the status alone.
 */
export type CaseAssessment = {
  phase: WorkQueuePhase;
  deadlines: DeadlineReport | null;
  calendarWarning: string | null;
};

/**
 * The phase of a case as of `now`. An open case whose agency reply is overdue, or due within
 * `dueSoonWorkingDays` working days (today included), shows as such whatever its status, except
 * while the applicant or a consulted party holds the clock.
 */
export function assessCase(options: {
  state: CaseState;
  calendar: WorkingCalendar;
  now: IsoDate;
  settings?: DeadlineSettings;
  dueSoonWorkingDays?: number;
}): CaseAssessment {
  const { state, calendar, now } = options;
  let deadlines: DeadlineReport | null = null;
  let calendarWarning: string | null = null;
  try {
    deadlines = computeCaseDeadlines(options);
  } catch (error) {
    if (!(error instanceof CalendarYearMissingError)) throw error;
    calendarWarning = error.message;
  }
  const dueSoonWorkingDays = options.dueSoonWorkingDays ?? defaultDueSoonWorkingDays;
  const byDeadline = (fallback: WorkQueuePhase): WorkQueuePhase => {
    const due = deadlines?.replyDueDate ?? null;
    if (due === null) return fallback;
    if (now > due) return 'overdue';
    return calendar.countWorkingDays(now, due) <= dueSoonWorkingDays ? 'dueSoon' : fallback;
  };
  const phase = ((): WorkQueuePhase => {
    switch (state.status) {
      case 'registered':
        return byDeadline('new');
      case 'inProgress':
      case 'awaitingApproval':
        return byDeadline('inProgress');
      case 'decided':
        return byDeadline('decided');
      case 'consulting':
        return 'consulting';
      case 'awaitingClarification':
      case 'awaitingFeePayment':
        return 'waitingForApplicant';
      case 'delivered':
        return 'decided';
      case 'closed':
      case 'withdrawn':
      case 'deemedAbandoned':
        return 'closed';
      default: {
        const unreachable: never = state.status;
        return unreachable;
      }
    }
  })();
  return { phase, deadlines, calendarWarning };
}
