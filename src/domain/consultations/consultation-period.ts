import { addCalendarDays, calendarDaysBetween, type IsoDate } from '../calendar/iso-date.ts';

/**
 * The comment period of a public consultation, both ends included (opening day and closing day are
 * days of the period). 《重大行政决策程序暂行条例》第十五条 and 《规章制定程序条例》第十六条: the
 * period is "一般不少于30日", and a shorter one is explained when the consultation is published.
 * Product decision (also for normative documents): 30 days is the default; a shorter period is
 * allowed with a stated reason and shown as a warning.
 */
export const usualPeriodDays = 30;

/** The default closing date: the 30th day counting the opening day as day 1. */
export function defaultClosesOn(opensOn: IsoDate): IsoDate {
  return addCalendarDays(opensOn, usualPeriodDays - 1);
}

/** Days of the period, both ends included. */
export function periodDays(options: { opensOn: IsoDate; closesOn: IsoDate }): number {
  return calendarDaysBetween(options.opensOn, options.closesOn) + 1;
}

export type PeriodCheck = {
  /** Errors by form field: the period cannot be saved. */
  problems: Record<string, string>;
  /** Shown to staff (and the reason on the portal), never blocking. */
  warnings: string[];
};

export function checkPeriod(options: {
  opensOn: IsoDate;
  closesOn: IsoDate;
  /** Why the period is shorter than usual; required when it is. */
  shortPeriodReason: string;
}): PeriodCheck {
  const problems: Record<string, string> = {};
  const warnings: string[] = [];
  const days = periodDays(options);
  if (days < 1) {
    problems.closesOn = '截止日期不能早于开始日期';
    return { problems, warnings };
  }
  if (days < usualPeriodDays) {
    warnings.push(`征求意见期限为${days}日，少于一般不少于${usualPeriodDays}日的要求`);
    if (options.shortPeriodReason.trim() === '') {
      problems.shortPeriodReason = `征求意见期限少于${usualPeriodDays}日，请说明理由`;
    }
  }
  return { problems, warnings };
}

/** Where today stands in the period (the status is another matter: see `isAcceptingComments`). */
export type PeriodPhase = 'notYetOpen' | 'running' | 'ended';

export function periodPhase(options: { opensOn: IsoDate; closesOn: IsoDate; today: IsoDate }): PeriodPhase {
  if (options.today < options.opensOn) return 'notYetOpen';
  if (options.today > options.closesOn) return 'ended';
  return 'running';
}

/** Days left including today (the closing day itself counts as 1); 0 once the period has ended. */
export function daysLeft(options: { closesOn: IsoDate; today: IsoDate }): number {
  return Math.max(0, calendarDaysBetween(options.today, options.closesOn) + 1);
}
