import { CalendarYearMissingError } from '../calendar/calendar-year-missing-error.ts';
import { yearOf, type IsoDate } from '../calendar/iso-date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';

/** Art. 26: information is published within 20 working days after it is formed or changed. */
export const publicationWorkingDays = 20;

export function publicationDueDate(options: {
  calendar: WorkingCalendar;
  formedOrChangedOn: IsoDate;
}): IsoDate {
  return options.calendar.addWorkingDays(options.formedOrChangedOn, publicationWorkingDays);
}

export type PublicationTimelinessStatus = 'publishedInTime' | 'publishedLate' | 'pending' | 'overdue';

export type PublicationTimeliness = {
  dueDate: IsoDate;
  status: PublicationTimelinessStatus;
  /** Working days after the due date until publication (or until `now` while unpublished); 0 when in time. */
  workingDaysLate: number;
};

/** Flags an item published late or still unpublished past its Art. 26 due date; `now` is injected. */
export function assessPublicationTimeliness(options: {
  calendar: WorkingCalendar;
  formedOrChangedOn: IsoDate;
  publishedOn: IsoDate | null;
  now: IsoDate;
}): PublicationTimeliness {
  const { calendar, publishedOn, now } = options;
  const dueDate = publicationDueDate(options);
  const reference = publishedOn ?? now;
  const workingDaysLate = reference > dueDate ? calendar.countWorkingDays(dueDate, reference) : 0;
  if (publishedOn !== null)
    return { dueDate, status: publishedOn <= dueDate ? 'publishedInTime' : 'publishedLate', workingDaysLate };
  return { dueDate, status: now <= dueDate ? 'pending' : 'overdue', workingDaysLate };
}

/**
 * The Art. 26 late rule in dates, for a database filter. An item formed or changed on
 * `formedOrChangedOn` is late when its publication date — or today, while unpublished — is after
 * `dueDate` and not after `coveredUntil`, the last day the calendar covers without a gap from
 * that date (beyond it `assessPublicationTimeliness` cannot count the days late).
 */
export type PublicationDueDate = { formedOrChangedOn: IsoDate; dueDate: IsoDate; coveredUntil: IsoDate };

/** Due dates of the given formation dates; a date whose due date the calendar cannot compute is left out. */
export function publicationDueDatesOf(options: {
  calendar: WorkingCalendar;
  formedOrChangedDates: readonly IsoDate[];
}): PublicationDueDate[] {
  const { calendar } = options;
  const coveredYears = new Set(calendar.coveredYears);
  return options.formedOrChangedDates.flatMap((formedOrChangedOn) => {
    try {
      const dueDate = publicationDueDate({ calendar, formedOrChangedOn });
      let lastYear = yearOf(formedOrChangedOn);
      while (coveredYears.has(lastYear + 1)) lastYear += 1;
      return [{ formedOrChangedOn, dueDate, coveredUntil: `${lastYear}-12-31` as IsoDate }];
    } catch (error) {
      if (error instanceof CalendarYearMissingError) return [];
      throw error;
    }
  });
}
