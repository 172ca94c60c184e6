/**
 * A calendar date without a time of day, written `YYYY-MM-DD`. All arithmetic is done in UTC on
 * the date alone, so the host's time zone can never shift a day.
 */
export type IsoDate = `${number}-${number}-${number}`;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const millisecondsPerDay = 86_400_000;

/** True when `text` is a real date in the form `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDate(text: string): text is IsoDate {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toEpochDay(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`) / millisecondsPerDay;
}

function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * millisecondsPerDay).toISOString().slice(0, 10) as IsoDate;
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Negative, zero or positive, like a sort comparator. ISO dates compare as strings. */
export function compareIsoDates(left: IsoDate, right: IsoDate): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

const weekdayNames = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** 星期六 etc. */
export function chineseWeekdayName(date: IsoDate): string {
  return weekdayNames[dayOfWeek(date)] ?? '';
}

/** `2025年1月28日`, the form used in official notices and decision letters. */
export function formatChineseDate(date: IsoDate): string {
  return `${yearOf(date)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** Every date from `from` to `to`, both included (empty when `to` is earlier). */
export function datesFromTo(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = from; date <= to; date = addCalendarDays(date, 1)) dates.push(date);
  return dates;
}

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const shanghaiOffsetMilliseconds = 8 * 3_600_000;

/**
 * The calendar date in Asia/Shanghai of an instant. The caller passes the instant (the domain
 * never reads the clock), e.g. `isoDateInShanghai(new Date())` in a use case to obtain `now`.
 */
export function isoDateInShanghai(instant: Date): IsoDate {
  return new Date(instant.getTime() + shanghaiOffsetMilliseconds).toISOString().slice(0, 10) as IsoDate;
}
