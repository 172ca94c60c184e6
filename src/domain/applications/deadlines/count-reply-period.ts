import type { DayDescription } from '../../calendar/day-description.ts';
import { isWorkingDayKind } from '../../calendar/day-description.ts';
import { addCalendarDays, type IsoDate } from '../../calendar/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { ClockPause, ReplyPeriodPlan } from './reply-period-plan.ts';

/** One day walked through while counting: its calendar meaning and whether it counted. */
export type CountedDay = {
  description: DayDescription;
  /** The pause that removed this working day from the count, if any. */
  pause: ClockPause | null;
  isCounted: boolean;
};

export type ReplyPeriodCount = {
  /** The day the count reaches the plan's working days; null while an open pause holds the clock. */
  dueDate: IsoDate | null;
  countedWorkingDays: number;
  /** Every day after the start up to the due date (or up to the open pause). */
  days: CountedDay[];
};

/**
 * Counts a reply period: day 1 is the first working day after `start` (the start day is not
 * counted) and working days inside a pause are skipped. Throws `CalendarYearMissingError` when the
 * count runs past the calendar.
 */
export function countReplyPeriod(options: {
  calendar: WorkingCalendar;
  plan: ReplyPeriodPlan;
}): ReplyPeriodCount {
  const { calendar, plan } = options;
  if (!Number.isInteger(plan.workingDays) || plan.workingDays < 1) {
    throw new RangeError(`期限的工作日天数应为正整数，收到 ${plan.workingDays}`);
  }
  const days: CountedDay[] = [];
  let counted = 0;
  for (let date = addCalendarDays(plan.start, 1); ; date = addCalendarDays(date, 1)) {
    const openPause = plan.pauses.find((pause) => pause.until === null && pause.after < date);
    if (openPause) return { dueDate: null, countedWorkingDays: counted, days };
    const description = calendar.describeDay(date);
    const pause =
      plan.pauses.find(
        (candidate) => candidate.after < date && candidate.until !== null && date <= candidate.until,
      ) ?? null;
    const isCounted = isWorkingDayKind(description) && pause === null;
    days.push({ description, pause, isCounted });
    if (isCounted) counted += 1;
    if (counted === plan.workingDays) return { dueDate: date, countedWorkingDays: counted, days };
  }
}
