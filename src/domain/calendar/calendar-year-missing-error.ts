/**
 * Thrown when a computation needs a day in a year whose official holiday arrangement the calendar
 * does not hold. Never fall back to "weekends only" (rules.md §1): the CLI exits non-zero and the
 * UI shows a warning naming the year.
 */
export class CalendarYearMissingError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(`工作日历未包含${year}年的放假安排，请先导入国务院办公厅公布的${year}年节假日安排`);
    this.name = 'CalendarYearMissingError';
    this.year = year;
  }
}
