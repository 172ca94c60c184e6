import { formatChineseDate } from '../../calendar/iso-date.ts';
import { maximumExtensionWorkingDays } from '../deadlines/statutory-periods.ts';
import { checkDate, isBlank, type CheckOutcome, type CommandCheck } from './check-helpers.ts';
import { computeCaseDeadlines } from './compute-case-deadlines.ts';
import { reject } from './transition-result.ts';

/**
 * Art. 33 para 2: one extension, of at most 20 working days, approved by the office head (the
 * table's role check) and decided before the original deadline expires.
 */
export function checkExtension(options: CommandCheck<'approveExtension'>): CheckOutcome {
  const { state, command, calendar, settings } = options;
  if (state.extension !== null) return reject('alreadyDone', '答复期限只能延长一次（第三十三条第二款）');
  if (state.laterDeadline !== null) {
    return reject('alreadyDone', '已依第三十五条另行确定答复期限，不再延期');
  }
  const { workingDays } = command;
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > maximumExtensionWorkingDays) {
    return reject(
      'invalidInput',
      `延长的期限应为1至${maximumExtensionWorkingDays}个工作日（第三十三条第二款）`,
    );
  }
  if (isBlank(command.reason)) return reject('invalidInput', '请填写延期理由');
  const report = computeCaseDeadlines({ state, calendar, now: command.date, settings });
  if (report.replyDueDate !== null && command.date > report.replyDueDate) {
    return reject(
      'tooLate',
      `原答复期限${formatChineseDate(report.replyDueDate)}已届满，不能再延期（第三十三条第二款）`,
    );
  }
  return [{ type: 'extended', date: command.date, workingDays, reason: command.reason }];
}

/** Art. 35: for an excessive request, a later deadline than the statutory one, with its reason. */
export function checkLaterDeadline(options: CommandCheck<'setLaterDeadline'>): CheckOutcome {
  const { state, command, calendar, settings } = options;
  if (state.laterDeadline !== null) return reject('alreadyDone', '本申请已另行确定过答复期限');
  if (isBlank(command.reason)) return reject('invalidInput', '请说明另行确定答复期限的理由（第三十五条）');
  const problem = checkDate({ date: command.dueDate, label: '另行确定的答复期限', notBefore: command.date });
  if (problem) return problem;
  const report = computeCaseDeadlines({ state, calendar, now: command.date, settings });
  if (report.replyDueDate !== null && command.dueDate <= report.replyDueDate) {
    return reject(
      'invalidInput',
      `另行确定的答复期限应晚于法定答复期限${formatChineseDate(report.replyDueDate)}（第三十五条）`,
    );
  }
  return [{ type: 'laterDeadlineSet', date: command.date, dueDate: command.dueDate, reason: command.reason }];
}
