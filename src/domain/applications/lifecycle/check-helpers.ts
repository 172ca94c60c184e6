import { formatChineseDate, isIsoDate, type IsoDate } from '../../calendar/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { DeadlineSettings } from '../deadlines/deadline-settings.ts';
import type { CaseCommand } from './case-command.ts';
import type { CaseEvent } from './case-event.ts';
import type { CaseState } from './case-state.ts';
import { reject, type TransitionRejection } from './transition-result.ts';

/** What every command check receives: the case, the command of that type, the calendar and settings. */
export type CommandCheck<Type extends CaseCommand['type']> = {
  state: CaseState;
  command: Extract<CaseCommand, { type: Type }>;
  calendar: WorkingCalendar;
  settings: DeadlineSettings;
};

export type CheckOutcome = CaseEvent[] | TransitionRejection;

export const isBlank = (text: string): boolean => text.trim() === '';

/** A date given inside a command (not the command's own date, which `applyTransition` checks). */
export function checkDate(options: {
  date: IsoDate;
  label: string;
  notBefore?: IsoDate;
}): TransitionRejection | null {
  const { date, label, notBefore } = options;
  if (!isIsoDate(date)) return reject('invalidDate', `${label}“${date}”不是有效日期`);
  if (notBefore !== undefined && date < notBefore) {
    return reject('invalidDate', `${label}不能早于${formatChineseDate(notBefore)}`);
  }
  return null;
}
