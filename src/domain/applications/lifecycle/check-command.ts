import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { DeadlineSettings } from '../deadlines/deadline-settings.ts';
import { calculateProcessingFee } from '../fees/calculate-processing-fee.ts';
import { findDecisionProblems } from '../outcomes/disclosure-decision.ts';
import type { CaseCommand } from './case-command.ts';
import type { CaseState } from './case-state.ts';
import { checkDate, isBlank, type CheckOutcome, type CommandCheck } from './check-helpers.ts';
import {
  checkClarificationAbandonment,
  checkConsultationClosing,
  checkFeeAbandonment,
} from './check-period-expiry.ts';
import { checkExtension, checkLaterDeadline } from './check-reply-period-change.ts';
import { reject } from './transition-result.ts';

/**
 * The rules of one command that need its data, the case's facts or the calendar; the status and
 * role checks of the transition table come first (in `applyTransition`). Returns the events to
 * append, or the rejection.
 */
export function checkCommand(options: {
  state: CaseState;
  command: Exclude<CaseCommand, { type: 'register' }>;
  calendar: WorkingCalendar;
  settings: DeadlineSettings;
}): CheckOutcome {
  const { state, command, calendar, settings } = options;
  const context = { state, calendar, settings };
  switch (command.type) {
    case 'correctApplicantType':
      if (command.applicantType === state.applicantType) return reject('invalidInput', '申请人类型未改变');
      if (isBlank(command.reason)) return reject('invalidInput', '请填写更正申请人类型的理由');
      return [{ ...command, type: 'applicantTypeCorrected' }];
    case 'requestClarification':
      return checkClarificationRequest({ ...context, command });
    case 'receiveClarification':
      return [{ type: 'clarificationReceived', date: command.date }];
    case 'deemAbandonedForClarification':
      return checkClarificationAbandonment({ ...context, command });
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
      return checkConsultationClosing({ ...context, command });
    case 'recordConsultationLapse':
      return checkConsultationClosing({ ...context, command });
    case 'sendFeeNotice':
      return checkFeeNotice({ ...context, command });
    case 'recordFeePayment':
      return [{ type: 'feePaid', date: command.date }];
    case 'deemAbandonedForFee':
      return checkFeeAbandonment({ ...context, command });
    case 'approveExtension':
      return checkExtension({ ...context, command });
    case 'setLaterDeadline':
      return checkLaterDeadline({ ...context, command });
    case 'proposeDecision':
      return checkDecisionProposal({ ...context, command });
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

/** Art. 30: one notice, saying what to supply and by when (the period: the setting, or as given). */
function checkClarificationRequest(options: CommandCheck<'requestClarification'>): CheckOutcome {
  const { state, command, settings } = options;
  if (state.clarification !== null) {
    return reject('alreadyDone', '补正通知应一次性告知，本申请已发出过补正通知（第三十条）');
  }
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

/** Art. 42, 国办函〔2020〕109号: one notice per request, by one method, for a fee above 0 元. */
function checkFeeNotice(options: CommandCheck<'sendFeeNotice'>): CheckOutcome {
  const { state, command } = options;
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
    if (error instanceof RangeError) return reject('invalidInput', error.message);
    throw error;
  }
  if (amountYuan === 0) return reject('invalidInput', '按所选方式计算的信息处理费为0元，无需发出收费通知');
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

/** The decision's own rules (outcome, legal basis, reasons), and 补正后仍不明确 only after a 补正. */
function checkDecisionProposal(options: CommandCheck<'proposeDecision'>): CheckOutcome {
  const { state, command } = options;
  const problems = findDecisionProblems({ decision: command.decision });
  const isClarified = (state.clarification?.receivedOn ?? null) !== null;
  if (command.decision.outcomeCode === 'stillUnclearAfterClarification' && !isClarified) {
    problems.push('未经补正的申请不能以“补正后申请内容仍不明确”答复（第三十条）');
  }
  if (problems.length > 0) return reject('invalidInput', problems.join('；'));
  return [{ type: 'decisionProposed', date: command.date, decision: command.decision }];
}
