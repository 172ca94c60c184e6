import type { IsoDate } from '../calendar/iso-date.ts';
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
