import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from '../calendar/built-in-calendar.ts';
import { CalendarYearMissingError } from '../calendar/calendar-year-missing-error.ts';
import { addCalendarDays, datesFromTo } from '../calendar/iso-date.ts';
import {
  assessPublicationTimeliness,
  publicationDueDate,
  publicationDueDatesOf,
} from './publication-deadline.ts';

const calendar = buildBuiltInCalendar();

describe('publication timeliness (Art. 26)', () => {
  it('is due 20 working days after the information was formed', () => {
    // Formed Fri 26 Sep 2025: Sun 28 Sep make-up (1), 29–30 Sep (3), 1–8 Oct holiday, 9–10 Oct (5),
    // Sat 11 Oct make-up (6), 13–17 (11), 20–24 (16), 27–30 Oct (20).
    expect(publicationDueDate({ calendar, formedOrChangedOn: '2025-09-26' })).toBe('2025-10-30');
  });

  it('classifies published and unpublished items', () => {
    const formedOrChangedOn = '2025-09-26';
    expect(
      assessPublicationTimeliness({
        calendar,
        formedOrChangedOn,
        publishedOn: '2025-10-30',
        now: '2025-11-10',
      }),
    ).toEqual({
      dueDate: '2025-10-30',
      status: 'publishedInTime',
      workingDaysLate: 0,
    });
    // 31 Oct, 3 Nov, 4 Nov: 3 working days late.
    expect(
      assessPublicationTimeliness({
        calendar,
        formedOrChangedOn,
        publishedOn: '2025-11-04',
        now: '2025-11-10',
      }),
    ).toMatchObject({
      status: 'publishedLate',
      workingDaysLate: 3,
    });
    expect(
      assessPublicationTimeliness({ calendar, formedOrChangedOn, publishedOn: null, now: '2025-10-20' })
        .status,
    ).toBe('pending');
    expect(
      assessPublicationTimeliness({ calendar, formedOrChangedOn, publishedOn: null, now: '2025-11-03' }),
    ).toMatchObject({
      status: 'overdue',
      workingDaysLate: 2,
    });
  });
});

describe('publication due dates for a database filter', () => {
  it('flag the same items as late as assessPublicationTimeliness', () => {
    // 2018 and 2027 are not in the built-in calendar: lateness there cannot be computed.
    const formedDates = datesFromTo('2018-12-20', '2027-01-05').filter((_, index) => index % 5 === 0);
    const offsets = [0, 10, 25, 27, 28, 29, 30, 31, 32, 35, 45, 60, 400];
    const dueDates = new Map(
      publicationDueDatesOf({ calendar, formedOrChangedDates: formedDates }).map((entry) => [
        entry.formedOrChangedOn,
        entry,
      ]),
    );
    let lateCount = 0;
    for (const formedOrChangedOn of formedDates) {
      for (const reference of offsets.map((offset) => addCalendarDays(formedOrChangedOn, offset))) {
        let isLateByAssessment = false;
        try {
          const status = assessPublicationTimeliness({
            calendar,
            formedOrChangedOn,
            publishedOn: reference,
            now: reference,
          }).status;
          isLateByAssessment = status === 'publishedLate';
        } catch (error) {
          if (!(error instanceof CalendarYearMissingError)) throw error;
        }
        const entry = dueDates.get(formedOrChangedOn);
        const isLateByDates =
          entry !== undefined && reference > entry.dueDate && reference <= entry.coveredUntil;
        expect(isLateByDates, `${formedOrChangedOn} ${reference}`).toBe(isLateByAssessment);
        if (isLateByDates) lateCount += 1;
      }
    }
    expect(lateCount).toBeGreaterThan(1000);
  });

  it('leave out dates whose due date falls in a missing year', () => {
    expect(
      publicationDueDatesOf({ calendar, formedOrChangedDates: ['2018-06-01', '2026-12-30', '2025-09-26'] }),
    ).toEqual([{ formedOrChangedOn: '2025-09-26', dueDate: '2025-10-30', coveredUntil: '2026-12-31' }]);
  });
});
