import { chineseWeekdayName, formatChineseDate, type IsoDate } from './iso-date.ts';

/**
 * Why a day is or is not a working day (工作日). A working day is Monday–Friday minus the
 * statutory holidays plus the make-up working days (调休上班) of the State Council's arrangement.
 */
export type DayDescription =
  | { date: IsoDate; kind: 'workingDay' }
  | { date: IsoDate; kind: 'weekend' }
  | { date: IsoDate; kind: 'holiday'; holidayName: string }
  | { date: IsoDate; kind: 'makeUpWorkingDay'; holidayName: string };

export function isWorkingDayKind(description: DayDescription): boolean {
  return description.kind === 'workingDay' || description.kind === 'makeUpWorkingDay';
}

/** E.g. `2025年1月26日（星期日）春节调休上班`. */
export function describeDayInChinese(description: DayDescription): string {
  const day = `${formatChineseDate(description.date)}（${chineseWeekdayName(description.date)}）`;
  switch (description.kind) {
    case 'workingDay':
      return `${day}工作日`;
    case 'weekend':
      return `${day}周末休息`;
    case 'holiday':
      return `${day}${description.holidayName}放假`;
    case 'makeUpWorkingDay':
      return `${day}${description.holidayName}调休上班`;
    default: {
      const unreachable: never = description;
      return unreachable;
    }
  }
}
