import { isIsoDate, type IsoDate } from '../calendar/iso-date.ts';

/**
 * Dates as column pages of government websites print them: 2024-05-01, 2024/05/01, 2024.05.01,
 * 2024年5月1日 (the year and month separators must agree in kind), not inside a longer number.
 */
const fullDatePattern =
  /(?<!\d)((?:19|20)\d{2})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?!\d)/g;

/** A list entry's month and day in brackets, the year left out: [05-01], 【05-01】, (05/01). */
const monthDayPattern = /[[【(（](\d{1,2})[-/.](\d{1,2})[\]】)）]/g;

function isoDateOf(year: number, month: number, day: number): IsoDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

/**
 * The newest date printed on a page's text, as the freshness rules of rules.md §7 read a column.
 * Dates after `now` are ignored (a meeting announced for next month is not an update). A bracketed
 * month and day without a year is taken in the year of `now`, or the year before when that would
 * lie in the future ([12-28] read in January is last December). Null when the page has no date.
 */
export function extractNewestDate(options: { text: string; now: IsoDate }): IsoDate | null {
  const { text, now } = options;
  const currentYear = Number(now.slice(0, 4));
  let newest: IsoDate | null = null;
  const consider = (date: IsoDate | null): void => {
    if (date === null || date > now) return;
    if (newest === null || date > newest) newest = date;
  };
  for (const match of text.matchAll(fullDatePattern)) {
    const year = Number(match[1]);
    const month = Number(match[3] ?? match[5]);
    const day = Number(match[4] ?? match[6]);
    consider(isoDateOf(year, month, day));
  }
  for (const match of text.matchAll(monthDayPattern)) {
    const month = Number(match[1]);
    const day = Number(match[2]);
    const thisYear = isoDateOf(currentYear, month, day);
    consider(thisYear !== null && thisYear <= now ? thisYear : isoDateOf(currentYear - 1, month, day));
  }
  return newest;
}
