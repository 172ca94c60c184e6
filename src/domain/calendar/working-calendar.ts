import { CalendarYearMissingError } from './calendar-year-missing-error.ts';
import { isWorkingDayKind, type DayDescription } from './day-description.ts';
import { findArrangementProblems } from './find-arrangement-problems.ts';
import { addCalendarDays, datesFromTo, isWeekend, yearOf, type IsoDate } from './iso-date.ts';
import type { YearArrangement } from './year-arrangement.ts';

/**
 * Working-day arithmetic over the years whose official arrangement is known (rules.md §1). Every
 * method throws `CalendarYearMissingError` for a day in a year it does not cover.
 */
export type WorkingCalendar = {
  /** Covered years, ascending. */
  coveredYears: readonly number[];
  /** The arrangement used for `year` (after later arrangements replaced earlier ones). */
  arrangementFor: (year: number) => YearArrangement;
  describeDay: (date: IsoDate) => DayDescription;
  isWorkingDay: (date: IsoDate) => boolean;
  /** The `count`-th working day after `date`; `date` itself is not counted (count ≥ 1). */
  addWorkingDays: (date: IsoDate, count: number) => IsoDate;
  /** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
  countWorkingDays: (from: IsoDate, to: IsoDate) => number;
};

/** Thrown by `buildCalendar` when an arrangement breaks the format's rules. */
export class InvalidArrangementError extends Error {
  readonly problems: string[];
  constructor(year: number, problems: string[]) {
    super(`${year}年放假安排有误：${problems.join('；')}`);
    this.name = 'InvalidArrangementError';
    this.problems = problems;
  }
}

type SpecialDay = { kind: 'holiday' | 'makeUpWorkingDay'; holidayName: string };

/**
 * Builds a calendar from year arrangements, e.g. `builtInArrangements` followed by the years an
 * administrator imported. When two arrangements name the same year, the later one in the list
 * replaces the earlier one (so a stored correction overrides the built-in data).
 */
export function buildCalendar(arrangements: readonly YearArrangement[]): WorkingCalendar {
  const byYear = new Map<number, YearArrangement>();
  for (const arrangement of arrangements) {
    const problems = findArrangementProblems(arrangement);
    if (problems.length > 0) throw new InvalidArrangementError(arrangement.year, problems);
    byYear.set(arrangement.year, arrangement);
  }
  const specialDays = new Map<IsoDate, SpecialDay>();
  for (const arrangement of byYear.values()) {
    for (const holiday of arrangement.holidays) {
      for (const date of datesFromTo(holiday.firstDay, holiday.lastDay)) {
        specialDays.set(date, { kind: 'holiday', holidayName: holiday.name });
      }
      for (const date of holiday.makeUpWorkingDays) {
        specialDays.set(date, { kind: 'makeUpWorkingDay', holidayName: holiday.name });
      }
    }
  }
  const coveredYears = [...byYear.keys()].sort((left, right) => left - right);

  function arrangementFor(year: number): YearArrangement {
    const arrangement = byYear.get(year);
    if (!arrangement) throw new CalendarYearMissingError(year);
    return arrangement;
  }

  function describeDay(date: IsoDate): DayDescription {
    arrangementFor(yearOf(date));
    const special = specialDays.get(date);
    if (special) return { date, ...special };
    return isWeekend(date) ? { date, kind: 'weekend' } : { date, kind: 'workingDay' };
  }

  function isWorkingDay(date: IsoDate): boolean {
    return isWorkingDayKind(describeDay(date));
  }

  function addWorkingDays(date: IsoDate, count: number): IsoDate {
    if (!Number.isInteger(count) || count < 1) {
      throw new RangeError(`工作日天数应为正整数，收到 ${count}`);
    }
    arrangementFor(yearOf(date));
    let current = date;
    let counted = 0;
    while (counted < count) {
      current = addCalendarDays(current, 1);
      if (isWorkingDay(current)) counted += 1;
    }
    return current;
  }

  function countWorkingDays(from: IsoDate, to: IsoDate): number {
    arrangementFor(yearOf(from));
    arrangementFor(yearOf(to));
    let counted = 0;
    for (let current = addCalendarDays(from, 1); current <= to; current = addCalendarDays(current, 1)) {
      if (isWorkingDay(current)) counted += 1;
    }
    return counted;
  }

  return { coveredYears, arrangementFor, describeDay, isWorkingDay, addWorkingDays, countWorkingDays };
}
