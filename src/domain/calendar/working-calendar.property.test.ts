import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from './built-in-calendar.ts';
import { addCalendarDays, calendarDaysBetween, type IsoDate } from './iso-date.ts';

const calendar = buildBuiltInCalendar();
const firstDay: IsoDate = '2019-01-01';
// Leave room for 80 working days after the last generated date, inside 2026.
const lastDay: IsoDate = '2026-08-31';
const anyDate = fc
  .integer({ min: 0, max: calendarDaysBetween(firstDay, lastDay) })
  .map((offset) => addCalendarDays(firstDay, offset));
const anyCount = fc.integer({ min: 1, max: 40 });

describe('working-day arithmetic invariants', () => {
  it('count(d, add(d, n)) === n', () => {
    fc.assert(
      fc.property(
        anyDate,
        anyCount,
        (date, count) => calendar.countWorkingDays(date, calendar.addWorkingDays(date, count)) === count,
      ),
    );
  });

  it('add(d, n) is always a working day and later than d', () => {
    fc.assert(
      fc.property(anyDate, anyCount, (date, count) => {
        const result = calendar.addWorkingDays(date, count);
        return calendar.isWorkingDay(result) && result > date;
      }),
    );
  });

  it('add(d, n) is the first day on which n working days have passed', () => {
    fc.assert(
      fc.property(anyDate, anyCount, (date, count) => {
        const result = calendar.addWorkingDays(date, count);
        return calendar.countWorkingDays(date, addCalendarDays(result, -1)) === count - 1;
      }),
    );
  });

  it('is strictly monotonic in n', () => {
    fc.assert(
      fc.property(
        anyDate,
        anyCount,
        (date, count) => calendar.addWorkingDays(date, count + 1) > calendar.addWorkingDays(date, count),
      ),
    );
  });

  it('adding m then n equals adding m + n', () => {
    fc.assert(
      fc.property(anyDate, anyCount, anyCount, (date, first, second) => {
        expect(calendar.addWorkingDays(calendar.addWorkingDays(date, first), second)).toBe(
          calendar.addWorkingDays(date, first + second),
        );
      }),
    );
  });

  it('counts are additive over adjacent intervals', () => {
    fc.assert(
      fc.property(anyDate, fc.nat(60), fc.nat(60), (start, firstGap, secondGap) => {
        const middle = addCalendarDays(start, firstGap);
        const end = addCalendarDays(middle, secondGap);
        return (
          calendar.countWorkingDays(start, middle) + calendar.countWorkingDays(middle, end) ===
          calendar.countWorkingDays(start, end)
        );
      }),
    );
  });
});
