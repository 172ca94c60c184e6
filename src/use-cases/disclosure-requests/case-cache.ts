import { CalendarYearMissingError } from '../../domain/calendar/calendar-year-missing-error.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import type { CaseEvent } from '../../domain/applications/lifecycle/case-event.ts';
import type { CaseState } from '../../domain/applications/lifecycle/case-state.ts';
import { computeCaseDeadlines } from '../../domain/applications/lifecycle/compute-case-deadlines.ts';
import type { NewDisclosureRequestRow } from '../../db/repositories/disclosure-requests.ts';

/**
 * True for the events that legally move the reply clock (receipt, Art. 30 clarification, Art.
 * 32/34 consultation, fee notice and payment, Art. 33 extension, Art. 35 later deadline, the
 * conclusion): only these recompute the cached due date (architecture rule 4).
 */
export function isClockMovingEvent(event: CaseEvent): boolean {
  switch (event.type) {
    case 'registered':
    case 'clarificationRequested':
    case 'clarificationReceived':
    case 'consultationSent':
    case 'consultationAnswered':
    case 'consultationLapsed':
    case 'feeNoticeSent':
    case 'feePaid':
    case 'extended':
    case 'laterDeadlineSet':
    case 'decisionApproved':
    case 'delivered':
    case 'withdrawn':
    case 'deemedAbandoned':
      return true;
    case 'applicantTypeCorrected':
    case 'decisionProposed':
    case 'decisionReturned':
    case 'closed':
      return false;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** The deadline engine's reply due date, or null when unknown (paused, or a calendar year missing). */
export function replyDueDateOf(options: {
  state: CaseState;
  calendar: WorkingCalendar;
  now: IsoDate;
}): IsoDate | null {
  try {
    return computeCaseDeadlines(options).replyDueDate;
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}

/** The row columns that cache what the events established. */
export function cachedColumnsOf(state: CaseState): Partial<NewDisclosureRequestRow> {
  return {
    status: state.status,
    applicantType: state.applicantType,
    concludedOn: state.conclusion?.concludedOn ?? null,
    primaryOutcomeCode: state.conclusion?.outcomeCode ?? null,
    version: state.events.length,
  };
}
