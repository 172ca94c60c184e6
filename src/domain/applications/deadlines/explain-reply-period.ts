import { describeDayInChinese, isWorkingDayKind } from '../../calendar/day-description.ts';
import { addCalendarDays, formatChineseDate, type IsoDate } from '../../calendar/iso-date.ts';
import type { CountedDay, ReplyPeriodCount } from './count-reply-period.ts';
import type { ClockPause, ReplyPeriodPlan } from './reply-period-plan.ts';

/** Which days a count skipped and why, for the explanation and for the UI. */
export type ReplyPeriodSummary = {
  weekendDays: number;
  /** Runs of consecutive holiday days with the same name. */
  holidays: Array<{ name: string; firstDay: IsoDate; lastDay: IsoDate; dayCount: number }>;
  makeUpWorkingDays: Array<{ date: IsoDate; holidayName: string; isCounted: boolean }>;
  /** Working days each pause removed from the count. */
  pauses: Array<{ reason: string; firstDay: IsoDate; lastDay: IsoDate; workingDayCount: number }>;
};

export function summarizeReplyPeriod(days: readonly CountedDay[]): ReplyPeriodSummary {
  const summary: ReplyPeriodSummary = { weekendDays: 0, holidays: [], makeUpWorkingDays: [], pauses: [] };
  const pauseEntries = new Map<ClockPause, ReplyPeriodSummary['pauses'][number]>();
  for (const day of days) {
    const { description } = day;
    if (description.kind === 'weekend') summary.weekendDays += 1;
    if (description.kind === 'holiday') {
      const last = summary.holidays.at(-1);
      if (
        last &&
        last.name === description.holidayName &&
        addCalendarDays(last.lastDay, 1) === description.date
      ) {
        last.lastDay = description.date;
        last.dayCount += 1;
      } else {
        summary.holidays.push({
          name: description.holidayName,
          firstDay: description.date,
          lastDay: description.date,
          dayCount: 1,
        });
      }
    }
    if (description.kind === 'makeUpWorkingDay') {
      summary.makeUpWorkingDays.push({
        date: description.date,
        holidayName: description.holidayName,
        isCounted: day.isCounted,
      });
    }
    if (day.pause && isWorkingDayKind(description)) {
      const existing = pauseEntries.get(day.pause);
      if (existing) {
        existing.lastDay = description.date;
        existing.workingDayCount += 1;
      } else {
        const entry = {
          reason: day.pause.reason,
          firstDay: description.date,
          lastDay: description.date,
          workingDayCount: 1,
        };
        pauseEntries.set(day.pause, entry);
        summary.pauses.push(entry);
      }
    }
  }
  return summary;
}

function formatRange(firstDay: IsoDate, lastDay: IsoDate): string {
  return firstDay === lastDay
    ? formatChineseDate(firstDay)
    : `${formatChineseDate(firstDay)}至${formatChineseDate(lastDay)}`;
}

/** The readable account of one count: where it started, what it skipped and why, where it ended. */
export function explainReplyPeriod(options: { plan: ReplyPeriodPlan; count: ReplyPeriodCount }): string[] {
  const { plan, count } = options;
  const summary = summarizeReplyPeriod(count.days);
  const lines = [`${formatChineseDate(plan.start)}当日不计入，自次日起计算${plan.workingDays}个工作日。`];
  if (summary.holidays.length > 0) {
    const holidays = summary.holidays.map(
      (holiday) =>
        `${holiday.name}${formatRange(holiday.firstDay, holiday.lastDay)}（${holiday.dayCount}天）`,
    );
    lines.push(`跳过法定节假日：${holidays.join('、')}。`);
  }
  const usedMakeUpDays = summary.makeUpWorkingDays.filter((day) => day.isCounted);
  if (usedMakeUpDays.length > 0) {
    const makeUpDays = usedMakeUpDays.map((day) =>
      describeDayInChinese({ date: day.date, kind: 'makeUpWorkingDay', holidayName: day.holidayName }),
    );
    lines.push(`计入调休上班日：${makeUpDays.join('、')}。`);
  }
  const pausedMakeUpDays = summary.makeUpWorkingDays.filter((day) => !day.isCounted);
  if (pausedMakeUpDays.length > 0) {
    const makeUpDays = pausedMakeUpDays.map((day) =>
      describeDayInChinese({ date: day.date, kind: 'makeUpWorkingDay', holidayName: day.holidayName }),
    );
    lines.push(`调休上班日${makeUpDays.join('、')}在暂停期间，不计入。`);
  }
  for (const pause of summary.pauses) {
    lines.push(
      `暂停计算（${pause.reason}）：${formatRange(pause.firstDay, pause.lastDay)}间的${pause.workingDayCount}个工作日不计入。`,
    );
  }
  if (summary.weekendDays > 0) lines.push(`周末休息日${summary.weekendDays}天不计入。`);
  if (count.dueDate === null) {
    lines.push(
      `已计入${count.countedWorkingDays}个工作日，尚余${plan.workingDays - count.countedWorkingDays}个工作日，暂停结束后继续计算。`,
    );
  } else {
    lines.push(`第${plan.workingDays}个工作日为${formatChineseDate(count.dueDate)}，即期限届满之日。`);
  }
  return lines;
}
