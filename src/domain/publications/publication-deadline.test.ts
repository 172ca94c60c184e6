import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from '../calendar/built-in-calendar.ts';
import { assessPublicationTimeliness, publicationDueDate } from './publication-deadline.ts';

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
