import type { IsoDate } from '../../calendar/iso-date.ts';
import { formatChineseDate, isIsoDate } from '../../calendar/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { DeadlineSettings } from '../deadlines/deadline-settings.ts';
import {
  consultationAnswerWorkingDays,
  feePaymentWorkingDays,
  maximumExtensionWorkingDays,
} from '../deadlines/statutory-periods.ts';
import { calculateProcessingFee } from '../fees/calculate-processing-fee.ts';
import { findDecisionProblems } from '../outcomes/disclosure-decision.ts';
import type { CaseCommand } from './case-command.ts';
import type { CaseEvent } from './case-event.ts';
import { isConsultationOpen, type CaseState } from './case-state.ts';
import { computeCaseDeadlines } from './compute-case-deadlines.ts';
import { reject, type TransitionRejection } from './transition-result.ts';

type CheckContext = { calendar: WorkingCalendar; settings: DeadlineSettings };

const isBlank = (text: string): boolean => text.trim() === '';

function checkDate(options: {
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

/**
 * The rules of one command that need its data, the case's facts or the calendar; the status and
 * role checks of the transition table come first (in `applyTransition`). Returns the events to
 * append, or the rejection.
 */
export function checkCommand(
  options: CheckContext & { state: CaseState; command: Exclude<CaseCommand, { type: 'register' }> },
): CaseEvent[] | TransitionRejection {
  const { state, command, calendar, settings } = options;
  switch (command.type) {
    case 'correctApplicantType':
      if (command.applicantType === state.applicantType) return reject('invalidInput', '申请人类型未改变');
      if (isBlank(command.reason)) return reject('invalidInput', '请填写更正申请人类型的理由');
      return [{ ...command, type: 'applicantTypeCorrected' }];
    case 'requestClarification': {
      // Art. 30: one notice, saying what to supply and by when.
      if (state.clarification !== null)
        return reject('alreadyDone', '补正通知应一次性告知，本申请已发出过补正通知（第三十条）');
      if (isBlank(command.whatToSupply)) return reject('invalidInput', '请写明需要补正的事项');
      const supplementWorkingDays = command.supplementWorkingDays ?? settings.supplementWorkingDays;
      if (!Number.isInteger(supplementWorkingDays) || supplementWorkingDays < 1) {
        return reject('invalidInput', '补正期限应为正整数个工作日');
      }
      return [
        {
          type: 'clarificationRequested',
          date: command.date,
          supplementWorkingDays,
          whatToSupply: command.whatToSupply,
        },
      ];
    }
    case 'receiveClarification':
      return [{ type: 'clarificationReceived', date: command.date }];
    case 'deemAbandonedForClarification': {
      const clarification = state.clarification;
      if (clarification === null) return reject('wrongStatus', '没有补正通知');
      const dueDate = calendar.addWorkingDays(clarification.requestedOn, clarification.supplementWorkingDays);
      if (command.date <= dueDate) {
        return reject(
          'tooEarly',
          `补正期限${formatChineseDate(dueDate)}尚未届满，不能视为放弃申请（第三十条）`,
        );
      }
      return [{ type: 'deemedAbandoned', date: command.date, cause: 'clarificationNotSupplied' }];
    }
    case 'sendConsultation':
      if (isBlank(command.consultationId)) return reject('invalidInput', '征求意见函缺少编号');
      if (isBlank(command.partyName)) return reject('invalidInput', '请填写被征求意见的第三方或机关名称');
      if (
        state.consultations.some((consultation) => consultation.consultationId === command.consultationId)
      ) {
        return reject('alreadyDone', `征求意见函“${command.consultationId}”已登记`);
      }
      return [{ ...command, type: 'consultationSent' }];
    case 'recordConsultationAnswer':
    case 'recordConsultationLapse': {
      const consultation = state.consultations.find(
        (candidate) => candidate.consultationId === command.consultationId,
      );
      if (consultation === undefined) {
        return reject('unknownConsultation', `找不到征求意见函“${command.consultationId}”`);
      }
      if (!isConsultationOpen(consultation)) {
        return reject('alreadyDone', `征求意见函“${command.consultationId}”已办结`);
      }
      if (command.type === 'recordConsultationAnswer') {
        return [
          {
            type: 'consultationAnswered',
            date: command.date,
            consultationId: command.consultationId,
            hasObjection: command.hasObjection,
            summary: command.summary,
          },
        ];
      }
      // Art. 32, 34: the consulted party has 15 working days; silence lets the agency decide.
      const answerDueDate = calendar.addWorkingDays(consultation.sentOn, consultationAnswerWorkingDays);
      if (command.date <= answerDueDate) {
        return reject(
          'tooEarly',
          `征求意见期限${formatChineseDate(answerDueDate)}尚未届满（第三十二条、第三十四条）`,
        );
      }
      return [{ type: 'consultationLapsed', date: command.date, consultationId: command.consultationId }];
    }
    case 'sendFeeNotice': {
      if (state.processingFee !== null) return reject('alreadyDone', '本申请已发出过收费通知');
      if (command.applicantReceivedOn !== undefined) {
        const problem = checkDate({
          date: command.applicantReceivedOn,
          label: '申请人收到收费通知日期',
          notBefore: command.date,
        });
        if (problem) return problem;
      }
      let amountYuan: number;
      try {
        amountYuan = calculateProcessingFee({ method: command.method }).amountYuan;
      } catch (error) {
        return reject('invalidInput', error instanceof RangeError ? error.message : '收费计算方式无效');
      }
      if (amountYuan === 0)
        return reject('invalidInput', '按所选方式计算的信息处理费为0元，无需发出收费通知');
      return [
        {
          type: 'feeNoticeSent',
          date: command.date,
          applicantReceivedOn: command.applicantReceivedOn ?? null,
          method: command.method,
          amountYuan,
        },
      ];
    }
    case 'recordFeePayment':
      return [{ type: 'feePaid', date: command.date }];
    case 'deemAbandonedForFee': {
      const fee = state.processingFee;
      if (fee === null) return reject('wrongStatus', '没有收费通知');
      // 国办函〔2020〕109号: 20 working days from the day after the applicant received the notice.
      const dueDate = calendar.addWorkingDays(fee.applicantReceivedOn ?? fee.sentOn, feePaymentWorkingDays);
      if (command.date <= dueDate) {
        return reject('tooEarly', `缴费期限${formatChineseDate(dueDate)}尚未届满，不能视为放弃申请`);
      }
      return [{ type: 'deemedAbandoned', date: command.date, cause: 'feeNotPaid' }];
    }
    case 'approveExtension':
      return checkExtension({ state, command, calendar, settings });
    case 'setLaterDeadline': {
      // Art. 35: a later deadline for an excessive request, with its reason.
      if (state.laterDeadline !== null) return reject('alreadyDone', '本申请已另行确定过答复期限');
      if (isBlank(command.reason))
        return reject('invalidInput', '请说明另行确定答复期限的理由（第三十五条）');
      const problem = checkDate({
        date: command.dueDate,
        label: '另行确定的答复期限',
        notBefore: command.date,
      });
      if (problem) return problem;
      const report = computeCaseDeadlines({ state, calendar, now: command.date, settings });
      if (report.replyDueDate !== null && command.dueDate <= report.replyDueDate) {
        return reject(
          'invalidInput',
          `另行确定的答复期限应晚于法定答复期限${formatChineseDate(report.replyDueDate)}（第三十五条）`,
        );
      }
      return [
        { type: 'laterDeadlineSet', date: command.date, dueDate: command.dueDate, reason: command.reason },
      ];
    }
    case 'proposeDecision': {
      const problems = findDecisionProblems({ decision: command.decision });
      if (
        command.decision.outcomeCode === 'stillUnclearAfterClarification' &&
        (state.clarification?.receivedOn ?? null) === null
      ) {
        problems.push('未经补正的申请不能以“补正后申请内容仍不明确”答复（第三十条）');
      }
      if (problems.length > 0) return reject('invalidInput', problems.join('；'));
      return [{ type: 'decisionProposed', date: command.date, decision: command.decision }];
    }
    case 'returnDecision':
      if (isBlank(command.reason)) return reject('invalidInput', '请填写退回理由');
      return [{ type: 'decisionReturned', date: command.date, reason: command.reason }];
    case 'approveDecision':
      return [{ type: 'decisionApproved', date: command.date }];
    case 'recordDelivery':
      return [{ type: 'delivered', date: command.date, method: command.method }];
    case 'close':
      return [{ type: 'closed', date: command.date }];
    case 'withdraw':
      return [{ type: 'withdrawn', date: command.date, reason: command.reason }];
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/**
 * Art. 33 para 2: one extension, of at most 20 working days, approved by the office head (the
 * table's role check) and decided before the original deadline expires.
 */
function checkExtension(
  options: CheckContext & { state: CaseState; command: Extract<CaseCommand, { type: 'approveExtension' }> },
): CaseEvent[] | TransitionRejection {
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
