import { CalendarYearMissingError } from '../../../domain/calendar/calendar-year-missing-error.ts';
import { formatChineseDate, type IsoDate } from '../../../domain/calendar/iso-date.ts';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar.ts';

/** A reply due date as the pages show it: the date, and working days left or overdue. */
export type DueDateView = {
  date: IsoDate;
  dateLabel: string;
  /** 剩余3个工作日 / 今天到期 / 已超期2个工作日 / '' when the calendar lacks a year. */
  remainingLabel: string;
  tone: 'overdue' | 'soon' | 'normal';
};

/** Working days from `today` to the due date (the engine's counting: today is not counted). */
export function dueDateView(options: {
  dueDate: IsoDate;
  today: IsoDate;
  calendar: WorkingCalendar;
  dueSoonWorkingDays?: number;
}): DueDateView {
  const { dueDate, today, calendar } = options;
  const base = { date: dueDate, dateLabel: formatChineseDate(dueDate) };
  try {
    if (today > dueDate) {
      const overdue = Math.max(calendar.countWorkingDays(dueDate, today), 1);
      return { ...base, remainingLabel: `已超期${overdue}个工作日`, tone: 'overdue' };
    }
    const remaining = calendar.countWorkingDays(today, dueDate);
    const tone = remaining <= (options.dueSoonWorkingDays ?? 5) ? 'soon' : 'normal';
    return { ...base, remainingLabel: remaining === 0 ? '今天到期' : `剩余${remaining}个工作日`, tone };
  } catch (error) {
    if (!(error instanceof CalendarYearMissingError)) throw error;
    return { ...base, remainingLabel: '', tone: 'normal' };
  }
}
