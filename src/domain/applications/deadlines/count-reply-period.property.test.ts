import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from '../../calendar/built-in-calendar.ts';
import { addCalendarDays, calendarDaysBetween, type IsoDate } from '../../calendar/iso-date.ts';
import { countReplyPeriod } from './count-reply-period.ts';

const calendar = buildBuiltInCalendar();
const firstDay: IsoDate = '2019-01-01';
const lastDay: IsoDate = '2026-06-30';
const anyStart = fc
  .integer({ min: 0, max: calendarDaysBetween(firstDay, lastDay) })
  .map((offset) => addCalendarDays(firstDay, offset));
const reason = '测试暂停';

describe('reply period counting invariants', () => {
  it('without pauses equals addWorkingDays', () => {
    fc.assert(
      fc.property(anyStart, fc.integer({ min: 1, max: 40 }), (start, workingDays) => {
        expect(countReplyPeriod({ calendar, plan: { start, workingDays, pauses: [] } }).dueDate).toBe(
          calendar.addWorkingDays(start, workingDays),
        );
      }),
    );
  });

  it('a pause inside the period moves the due date by the working days it removes', () => {
    fc.assert(
      fc.property(anyStart, fc.nat(25), fc.nat(25), (start, offset, length) => {
        const plainDue = calendar.addWorkingDays(start, 20);
        const after = addCalendarDays(start, offset);
        const until = addCalendarDays(after, length);
        fc.pre(until < plainDue);
        const due = countReplyPeriod({
          calendar,
          plan: { start, workingDays: 20, pauses: [{ after, until, reason }] },
        }).dueDate;
        const removed = calendar.countWorkingDays(after, until);
        expect(due).toBe(removed === 0 ? plainDue : calendar.addWorkingDays(plainDue, removed));
      }),
    );
  });

  it('a pause never brings the due date forward, and the due date is a working day outside every pause', () => {
    fc.assert(
      fc.property(anyStart, fc.nat(40), fc.nat(30), (start, offset, length) => {
        const after = addCalendarDays(start, offset);
        const until = addCalendarDays(after, length);
        const due = countReplyPeriod({
          calendar,
          plan: { start, workingDays: 20, pauses: [{ after, until, reason }] },
        }).dueDate;
        expect(due).not.toBeNull();
        if (due === null) return;
        expect(due >= calendar.addWorkingDays(start, 20)).toBe(true);
        expect(calendar.isWorkingDay(due)).toBe(true);
        expect(due > after && due <= until).toBe(false);
      }),
    );
  });

  it('an open pause leaves the due date unknown and counts only the days before it', () => {
    fc.assert(
      fc.property(anyStart, fc.nat(20), (start, offset) => {
        const after = addCalendarDays(start, offset);
        const count = countReplyPeriod({
          calendar,
          plan: { start, workingDays: 40, pauses: [{ after, until: null, reason }] },
        });
        expect(count.dueDate).toBeNull();
        expect(count.countedWorkingDays).toBe(calendar.countWorkingDays(start, after));
      }),
    );
  });
});
