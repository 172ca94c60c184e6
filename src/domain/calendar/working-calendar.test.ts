import { describe, expect, it } from 'vitest';
import { buildBuiltInCalendar } from './built-in-calendar.ts';
import { CalendarYearMissingError } from './calendar-year-missing-error.ts';
import type { DayDescription } from './day-description.ts';
import type { IsoDate } from './iso-date.ts';
import { buildCalendar, InvalidArrangementError } from './working-calendar.ts';
import { arrangement2025 } from './arrangements/2025.ts';

// Every expected value below was read off the State Council notices for 2024, 2025 and 2026
// (国办发明电〔2023〕7号, 国办发明电〔2024〕12号, notice of 2025-11-04) and a wall calendar.
const calendar = buildBuiltInCalendar();

type DayCase = [IsoDate, DayDescription['kind'], string?];
const dayCases: DayCase[] = [
  // 2024
  ['2024-01-01', 'holiday', '元旦'],
  ['2024-01-02', 'workingDay'],
  ['2024-02-04', 'makeUpWorkingDay', '春节'],
  ['2024-02-09', 'workingDay'], // 除夕 was a working day in 2024 (rest only "encouraged")
  ['2024-02-10', 'holiday', '春节'],
  ['2024-02-17', 'holiday', '春节'],
  ['2024-02-18', 'makeUpWorkingDay', '春节'],
  ['2024-04-04', 'holiday', '清明节'],
  ['2024-04-06', 'holiday', '清明节'],
  ['2024-04-07', 'makeUpWorkingDay', '清明节'],
  ['2024-04-28', 'makeUpWorkingDay', '劳动节'],
  ['2024-05-01', 'holiday', '劳动节'],
  ['2024-05-05', 'holiday', '劳动节'],
  ['2024-05-11', 'makeUpWorkingDay', '劳动节'],
  ['2024-06-08', 'weekend'],
  ['2024-06-10', 'holiday', '端午节'],
  ['2024-09-14', 'makeUpWorkingDay', '中秋节'],
  ['2024-09-15', 'holiday', '中秋节'],
  ['2024-09-17', 'holiday', '中秋节'],
  ['2024-09-29', 'makeUpWorkingDay', '国庆节'],
  ['2024-10-01', 'holiday', '国庆节'],
  ['2024-10-07', 'holiday', '国庆节'],
  ['2024-10-12', 'makeUpWorkingDay', '国庆节'],
  ['2024-10-13', 'weekend'],
  ['2024-12-31', 'workingDay'],
  // 2025
  ['2025-01-01', 'holiday', '元旦'],
  ['2025-01-25', 'weekend'],
  ['2025-01-26', 'makeUpWorkingDay', '春节'],
  ['2025-01-28', 'holiday', '春节'],
  ['2025-02-04', 'holiday', '春节'],
  ['2025-02-08', 'makeUpWorkingDay', '春节'],
  ['2025-04-04', 'holiday', '清明节'],
  ['2025-04-27', 'makeUpWorkingDay', '劳动节'],
  ['2025-05-05', 'holiday', '劳动节'],
  ['2025-05-10', 'weekend'],
  ['2025-05-31', 'holiday', '端午节'],
  ['2025-06-02', 'holiday', '端午节'],
  ['2025-09-28', 'makeUpWorkingDay', '国庆节、中秋节'],
  ['2025-10-06', 'holiday', '国庆节、中秋节'],
  ['2025-10-08', 'holiday', '国庆节、中秋节'],
  ['2025-10-11', 'makeUpWorkingDay', '国庆节、中秋节'],
  // 2026
  ['2026-01-03', 'holiday', '元旦'],
  ['2026-01-04', 'makeUpWorkingDay', '元旦'],
  ['2026-02-14', 'makeUpWorkingDay', '春节'],
  ['2026-02-15', 'holiday', '春节'],
  ['2026-02-23', 'holiday', '春节'],
  ['2026-02-28', 'makeUpWorkingDay', '春节'],
  ['2026-04-06', 'holiday', '清明节'],
  ['2026-05-05', 'holiday', '劳动节'],
  ['2026-05-09', 'makeUpWorkingDay', '劳动节'],
  ['2026-06-19', 'holiday', '端午节'],
  ['2026-09-20', 'makeUpWorkingDay', '国庆节'],
  ['2026-09-25', 'holiday', '中秋节'],
  ['2026-09-27', 'holiday', '中秋节'],
  ['2026-10-07', 'holiday', '国庆节'],
  ['2026-10-10', 'makeUpWorkingDay', '国庆节'],
  ['2026-12-31', 'workingDay'],
];

describe('describeDay', () => {
  it.each(dayCases)('%s is %s %s', (date, kind, holidayName) => {
    const description = calendar.describeDay(date);
    expect(description.kind).toBe(kind);
    if (holidayName) expect(description).toMatchObject({ holidayName });
    expect(calendar.isWorkingDay(date)).toBe(kind === 'workingDay' || kind === 'makeUpWorkingDay');
  });

  it('names a holiday the notice put in the previous December (2022-12-31, 2023 notice)', () => {
    expect(calendar.describeDay('2022-12-31')).toEqual({
      date: '2022-12-31',
      kind: 'holiday',
      holidayName: '元旦',
    });
  });
});

type AddCase = [IsoDate, number, IsoDate, string];
const addCases: AddCase[] = [
  ['2025-01-24', 3, '2025-02-05', 'Spring Festival 2025: make-up Sunday 26 Jan counts, 28 Jan–4 Feb skipped'],
  ['2025-01-27', 1, '2025-02-05', 'the day before Spring Festival 2025'],
  ['2025-01-20', 20, '2025-02-21', 'a reply period spanning Spring Festival 2025, both make-up days used'],
  ['2024-12-31', 1, '2025-01-02', 'year end: 元旦 2025 skipped'],
  ['2025-12-31', 1, '2026-01-04', 'year end: 元旦 2026 skipped, make-up Sunday 4 Jan'],
  ['2026-12-30', 1, '2026-12-31', 'last covered day'],
  ['2024-02-08', 1, '2024-02-09', '除夕 2024 is a working day'],
  ['2024-02-09', 1, '2024-02-18', 'Spring Festival 2024: make-up Sunday 18 Feb'],
  ['2024-04-03', 1, '2024-04-07', '清明节 2024: make-up Sunday 7 Apr'],
  ['2024-04-26', 1, '2024-04-28', '劳动节 2024: make-up Sunday 28 Apr'],
  ['2024-04-26', 4, '2024-05-06', '劳动节 2024: 1–5 May skipped'],
  ['2024-05-10', 1, '2024-05-11', '劳动节 2024: make-up Saturday 11 May'],
  ['2024-06-07', 1, '2024-06-11', '端午节 2024 bridges the weekend'],
  ['2024-09-13', 1, '2024-09-14', '中秋节 2024: make-up Saturday 14 Sep'],
  ['2024-09-13', 2, '2024-09-18', '中秋节 2024: 15–17 Sep skipped'],
  ['2024-09-27', 1, '2024-09-29', '国庆节 2024: make-up Sunday 29 Sep'],
  ['2024-09-27', 3, '2024-10-08', '国庆节 2024: 1–7 Oct skipped'],
  ['2024-10-11', 1, '2024-10-12', '国庆节 2024: make-up Saturday 12 Oct'],
  ['2025-04-03', 1, '2025-04-07', '清明节 2025'],
  ['2025-04-25', 1, '2025-04-27', '劳动节 2025: make-up Sunday 27 Apr'],
  ['2025-04-30', 1, '2025-05-06', '劳动节 2025'],
  ['2025-05-30', 1, '2025-06-03', '端午节 2025 bridges into June'],
  ['2025-09-26', 1, '2025-09-28', '国庆节、中秋节 2025: make-up Sunday 28 Sep'],
  ['2025-09-30', 1, '2025-10-09', '国庆节、中秋节 2025: 1–8 Oct skipped'],
  ['2025-10-09', 2, '2025-10-11', '国庆节、中秋节 2025: make-up Saturday 11 Oct'],
  ['2026-02-13', 1, '2026-02-14', 'Spring Festival 2026: make-up Saturday 14 Feb'],
  ['2026-02-14', 1, '2026-02-24', 'Spring Festival 2026: 15–23 Feb skipped'],
  ['2026-02-27', 1, '2026-02-28', 'Spring Festival 2026: make-up Saturday 28 Feb'],
  ['2026-02-02', 20, '2026-03-06', 'a reply period spanning Spring Festival 2026'],
  ['2026-04-03', 1, '2026-04-07', '清明节 2026'],
  ['2026-04-30', 1, '2026-05-06', '劳动节 2026'],
  ['2026-05-08', 1, '2026-05-09', '劳动节 2026: make-up Saturday 9 May'],
  ['2026-06-18', 1, '2026-06-22', '端午节 2026'],
  ['2026-09-18', 1, '2026-09-20', '国庆节 2026: make-up Sunday 20 Sep'],
  ['2026-09-24', 1, '2026-09-28', '中秋节 2026'],
  ['2026-09-30', 1, '2026-10-08', '国庆节 2026'],
  ['2026-10-09', 1, '2026-10-10', '国庆节 2026: make-up Saturday 10 Oct'],
];

describe('addWorkingDays', () => {
  it.each(addCases)('%s + %i working days = %s (%s)', (from, count, expected) => {
    expect(calendar.addWorkingDays(from, count)).toBe(expected);
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => calendar.addWorkingDays('2025-01-02', 0)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2025-01-02', 1.5)).toThrow(RangeError);
  });

  it('names the missing year instead of guessing past the last arrangement', () => {
    expect(() => calendar.addWorkingDays('2026-12-31', 1)).toThrow(CalendarYearMissingError);
    expect(() => calendar.addWorkingDays('2026-12-31', 1)).toThrow('工作日历未包含2027年的放假安排');
    expect(() => calendar.addWorkingDays('2018-06-01', 1)).toThrow('2018年');
  });
});

describe('countWorkingDays', () => {
  it.each([
    ['2025-01-24', '2025-02-05', 3],
    ['2025-01-27', '2025-02-04', 0],
    ['2024-09-28', '2024-10-12', 7],
    ['2024-09-30', '2024-10-07', 0],
    ['2025-12-31', '2026-01-04', 1],
    ['2025-01-20', '2025-02-21', 20],
    ['2025-03-03', '2025-03-03', 0],
    ['2025-03-07', '2025-03-03', 0],
  ] as Array<[IsoDate, IsoDate, number]>)('after %s up to %s: %i', (from, to, expected) => {
    expect(calendar.countWorkingDays(from, to)).toBe(expected);
  });

  it('throws for a year outside the calendar', () => {
    expect(() => calendar.countWorkingDays('2026-12-01', '2027-01-05')).toThrow(CalendarYearMissingError);
  });
});

describe('buildCalendar', () => {
  it('covers exactly the years it was given', () => {
    expect(calendar.coveredYears).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const only2025 = buildCalendar([arrangement2025]);
    expect(only2025.coveredYears).toEqual([2025]);
    expect(() => only2025.isWorkingDay('2024-12-31')).toThrow(CalendarYearMissingError);
  });

  it('lets a later arrangement of the same year replace an earlier one', () => {
    const corrected = {
      ...arrangement2025,
      holidays: arrangement2025.holidays.filter((holiday) => holiday.name !== '端午节'),
    };
    const replaced = buildCalendar([arrangement2025, corrected]);
    expect(replaced.isWorkingDay('2025-06-02')).toBe(true);
    expect(replaced.arrangementFor(2025)).toBe(corrected);
  });

  it('refuses an invalid arrangement', () => {
    const broken = {
      ...arrangement2025,
      holidays: [{ name: '春节', firstDay: '2025-02-04', lastDay: '2025-01-28', makeUpWorkingDays: [] }],
    };
    expect(() => buildCalendar([broken as typeof arrangement2025])).toThrow(InvalidArrangementError);
  });
});
