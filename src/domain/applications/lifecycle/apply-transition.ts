import { CalendarYearMissingError } from '../../calendar/calendar-year-missing-error.ts';
import { formatChineseDate, isIsoDate, type IsoDate } from '../../calendar/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import { defaultDeadlineSettings, type DeadlineSettings } from '../deadlines/deadline-settings.ts';
import { applyCaseEvent } from './apply-case-event.ts';
import { commandDate, type CaseCommand } from './case-command.ts';
import type { CaseEvent } from './case-event.ts';
import type { CaseState } from './case-state.ts';
import { caseStatusLabel } from './case-status.ts';
import { checkCommand } from './check-command.ts';
import { computeCaseDeadlines } from './compute-case-deadlines.ts';
import { lifecycleRoleLabel, type LifecycleRole } from './lifecycle-role.ts';
import { reject, type TransitionRejection, type TransitionResult } from './transition-result.ts';
import { transitionTable } from './transition-table.ts';

/**
 * The only place a case's status changes (architecture rule 5). Checks, in this order: the
 * transition table (status, then role), the date (a real date, not after `now`, not before
 * receipt, not before the previous step, inside the calendar), then the command's own rules.
 * Returns the new state and the events to append, or a rejection in Chinese. Pure: `now` is the
 * current date in Asia/Shanghai, injected by the use case.
 */
export function applyTransition(options: {
  state: CaseState | null;
  command: CaseCommand;
  roles: readonly LifecycleRole[];
  now: IsoDate;
  calendar: WorkingCalendar;
  settings?: DeadlineSettings;
}): TransitionResult {
  const { state, command, roles, now, calendar } = options;
  const settings = options.settings ?? defaultDeadlineSettings;
  const rule = transitionTable[command.type];

  const statusProblem = checkStatus({ state, command });
  if (statusProblem) return statusProblem;
  if (!roles.some((role) => rule.roles.includes(role))) {
    const allowed = rule.roles.map(lifecycleRoleLabel).join('或');
    return reject('roleNotAllowed', `只有${allowed}可以${rule.label}`);
  }
  const date = commandDate(command);
  const dateProblem = checkCommandDate({ state, date, now });
  if (dateProblem) return dateProblem;

  try {
    calendar.describeDay(date);
    if (command.type === 'register') {
      const event: CaseEvent = {
        type: 'registered',
        date: command.receivedOn,
        channel: command.channel,
        applicantType: command.applicantType,
      };
      return {
        isAccepted: true,
        state: applyCaseEvent({ state: null, event }),
        events: [event],
        warnings: [],
      };
    }
    if (state === null) return reject('wrongStatus', `申请尚未登记，不能${rule.label}`);
    const checked = checkCommand({ state, command, calendar, settings });
    if (!Array.isArray(checked)) return checked;
    let next = state;
    for (const event of checked) next = applyCaseEvent({ state: next, event });
    return {
      isAccepted: true,
      state: next,
      events: checked,
      warnings: newWarnings({ state, next, calendar, now, settings }),
    };
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return reject('calendarYearMissing', error.message);
    throw error;
  }
}

function checkStatus(options: { state: CaseState | null; command: CaseCommand }): TransitionRejection | null {
  const { state, command } = options;
  const rule = transitionTable[command.type];
  if (state === null) {
    return rule.from === 'initial' ? null : reject('wrongStatus', `申请尚未登记，不能${rule.label}`);
  }
  if (rule.from === 'initial') return reject('wrongStatus', '该申请已经登记');
  if (!rule.from.includes(state.status)) {
    return reject('wrongStatus', `申请当前状态为“${caseStatusLabel(state.status)}”，不能${rule.label}`);
  }
  return null;
}

function checkCommandDate(options: {
  state: CaseState | null;
  date: IsoDate;
  now: IsoDate;
}): TransitionRejection | null {
  const { state, date, now } = options;
  if (!isIsoDate(date)) return reject('invalidDate', `“${date}”不是有效日期`);
  if (date > now) return reject('invalidDate', `日期${formatChineseDate(date)}晚于今天，不能预先登记`);
  if (state === null) return null;
  if (date < state.receivedOn) {
    return reject('invalidDate', `日期不能早于收到申请之日${formatChineseDate(state.receivedOn)}`);
  }
  if (date < state.lastEventOn) {
    return reject('invalidDate', `日期不能早于上一步办理日期${formatChineseDate(state.lastEventOn)}`);
  }
  return null;
}

/** The deadline engine's warnings the new events added (a late clarification notice, …), and a late reply. */
function newWarnings(options: {
  state: CaseState;
  next: CaseState;
  calendar: WorkingCalendar;
  now: IsoDate;
  settings: DeadlineSettings;
}): string[] {
  const { state, next, calendar, now, settings } = options;
  try {
    const before = computeCaseDeadlines({ state, calendar, now, settings });
    const after = computeCaseDeadlines({ state: next, calendar, now, settings });
    const known = new Set(before.warnings);
    const warnings = after.warnings.filter((warning) => !known.has(warning));
    if (before.conclusion === null && after.conclusion?.isInTime === false && after.replyDueDate !== null) {
      warnings.push(
        `${formatChineseDate(after.conclusion.date)}送达答复，已超过答复期限${formatChineseDate(after.replyDueDate)}`,
      );
    }
    return warnings;
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return [error.message];
    throw error;
  }
}
