import type { IsoDate } from '../../calendar/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import { countReplyPeriod, type ReplyPeriodCount } from './count-reply-period.ts';
import {
  consultedPartyName,
  isAwaitingClarification,
  type ConsultationState,
  type DeadlineState,
} from './deadline-state.ts';
import type { ClockPause, ReplyPeriodPlan } from './reply-period-plan.ts';
import { replyWorkingDays } from './statutory-periods.ts';

/** The consultation pause ends on the answer, or when the 15 working days lapse (Art. 32, 34). */
export function consultationPauseEnd(consultation: ConsultationState): IsoDate {
  const { answeredOn, answerDueDate } = consultation;
  return answeredOn !== null && answeredOn <= answerDueDate ? answeredOn : answerDueDate;
}

/** The pauses the events set, by the product decision of rules.md §1. */
export function derivePauses(state: DeadlineState): ClockPause[] {
  const pauses: ClockPause[] = state.consultations.map((consultation) => ({
    after: consultation.sentOn,
    until: consultationPauseEnd(consultation),
    reason: `征求${consultedPartyName(consultation.consultedParty)}意见`,
  }));
  // Product decision (setting): the fee notice pauses the reply clock until payment.
  if (state.processingFee?.isPausing)
    pauses.push({
      after: state.processingFee.sentOn,
      until: state.processingFee.paidOn,
      reason: '等待缴纳信息处理费',
    });
  return pauses;
}

export type ReplyDue = {
  plan: ReplyPeriodPlan;
  count: ReplyPeriodCount;
  /** Art. 35 later deadline when set, else the counted statutory due date. */
  dueDate: IsoDate | null;
  /** True while an unanswered consultation may still end its pause earlier. */
  isProvisional: boolean;
};

/**
 * The reply period the state implies, or null when no period runs (not received yet, or waiting
 * for the applicant's clarification: Art. 30 restarts the period on the corrected application).
 */
/** `isOriginalPeriod` leaves out the extension and the Art. 35 later deadline (to check an extension was timely). */
export function deriveReplyDue(options: {
  calendar: WorkingCalendar;
  state: DeadlineState;
  asOf: IsoDate;
  isOriginalPeriod?: boolean;
}): ReplyDue | null {
  const { calendar, state, asOf } = options;
  if (state.periodStart === null || isAwaitingClarification(state)) return null;
  const extensionDays =
    options.isOriginalPeriod || state.extension === null ? 0 : state.extension.workingDays;
  const plan: ReplyPeriodPlan = {
    start: state.periodStart,
    workingDays: replyWorkingDays + extensionDays,
    pauses: derivePauses(state),
  };
  const count = countReplyPeriod({ calendar, plan });
  const isProvisional = state.consultations.some(
    (consultation) => consultation.answeredOn === null && asOf < consultation.answerDueDate,
  );
  const dueDate =
    state.laterDeadline && !options.isOriginalPeriod ? state.laterDeadline.dueDate : count.dueDate;
  return { plan, count, dueDate, isProvisional };
}
