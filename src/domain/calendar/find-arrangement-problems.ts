import { datesFromTo, formatChineseDate, isIsoDate, isWeekend, yearOf, type IsoDate } from './iso-date.ts';
import type { HolidayPeriod, YearArrangement } from './year-arrangement.ts';

/** The 元旦 period may begin in the previous December (e.g. 2022-12-31 in the 2023 notice). */
const newYearName = '元旦';
const longestHolidayInDays = 31;

/**
 * Checks an arrangement against the rules of the import format (docs/calendar-format.md) and
 * returns every problem found, in Chinese; an empty list means the arrangement is valid.
 */
export function findArrangementProblems(arrangement: YearArrangement): string[] {
  const problems: string[] = [];
  const { year } = arrangement;
  if (!Number.isInteger(year) || year < 2000 || year > 2200) {
    return [`年份“${year}”无效，应为2000至2200之间的整数`];
  }
  if (arrangement.sources.length === 0) problems.push('缺少来源通知（标题、文号、发布日期）');
  for (const source of arrangement.sources) {
    if (source.title.trim() === '') problems.push('来源通知的标题不能为空');
    if (!isIsoDate(source.issuedOn)) problems.push(`来源通知的发布日期“${source.issuedOn}”无效`);
  }
  if (arrangement.holidays.length === 0) problems.push(`${year}年放假安排中没有任何节假日`);

  const holidayOwners = new Map<IsoDate, string>();
  const makeUpOwners = new Map<IsoDate, string>();
  for (const holiday of arrangement.holidays) {
    const label = holiday.name.trim() === '' ? '（未命名节日）' : holiday.name;
    if (holiday.name.trim() === '') problems.push('节假日名称不能为空');
    const periodProblems = findPeriodProblems(year, holiday, label);
    problems.push(...periodProblems);
    if (periodProblems.length === 0) {
      for (const date of datesFromTo(holiday.firstDay, holiday.lastDay)) {
        const owner = holidayOwners.get(date);
        if (owner) problems.push(`${formatChineseDate(date)}同时属于${owner}和${label}的放假期间`);
        holidayOwners.set(date, label);
      }
    }
    for (const date of holiday.makeUpWorkingDays) {
      if (!isIsoDate(date)) {
        problems.push(`${label}的调休上班日“${date}”不是有效日期（应为 YYYY-MM-DD）`);
        continue;
      }
      if (!isInArrangementYear({ year, date, holidayName: holiday.name })) {
        problems.push(`${label}的调休上班日${formatChineseDate(date)}不在${year}年内`);
      }
      if (!isWeekend(date)) {
        problems.push(`${label}的调休上班日${formatChineseDate(date)}不是星期六或星期日（工作日本来就上班）`);
      }
      if (makeUpOwners.has(date)) problems.push(`调休上班日${formatChineseDate(date)}重复声明`);
      makeUpOwners.set(date, label);
    }
  }
  for (const [date, owner] of makeUpOwners) {
    const holidayName = holidayOwners.get(date);
    if (holidayName) {
      problems.push(`${formatChineseDate(date)}已声明为${owner}调休上班日，不能同时是${holidayName}的放假日`);
    }
  }
  return problems;
}

function findPeriodProblems(year: number, holiday: HolidayPeriod, label: string): string[] {
  const problems: string[] = [];
  for (const date of [holiday.firstDay, holiday.lastDay]) {
    if (!isIsoDate(date)) problems.push(`${label}的放假日期“${date}”不是有效日期（应为 YYYY-MM-DD）`);
  }
  if (problems.length > 0) return problems;
  if (holiday.firstDay > holiday.lastDay) {
    return [
      `${label}的放假开始日期${formatChineseDate(holiday.firstDay)}晚于结束日期${formatChineseDate(holiday.lastDay)}`,
    ];
  }
  if (
    !isInArrangementYear({ year, date: holiday.firstDay, holidayName: holiday.name }) ||
    yearOf(holiday.lastDay) !== year
  ) {
    problems.push(
      `${label}的放假期间${formatChineseDate(holiday.firstDay)}至${formatChineseDate(holiday.lastDay)}不在${year}年内`,
    );
  }
  if (datesFromTo(holiday.firstDay, holiday.lastDay).length > longestHolidayInDays) {
    problems.push(`${label}的放假期间超过${longestHolidayInDays}天，请检查日期`);
  }
  return problems;
}

/** A date belongs to the arrangement's year, or to the previous December for 元旦. */
function isInArrangementYear(options: { year: number; date: IsoDate; holidayName: string }): boolean {
  const { year, date, holidayName } = options;
  if (yearOf(date) === year) return true;
  return holidayName === newYearName && yearOf(date) === year - 1 && date.slice(5, 7) === '12';
}
