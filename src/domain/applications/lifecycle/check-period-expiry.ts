import { formatChineseDate } from '../../calendar/iso-date.ts';
import { consultationAnswerWorkingDays, feePaymentWorkingDays } from '../deadlines/statutory-periods.ts';
import { isConsultationOpen } from './case-state.ts';
import type { CheckOutcome, CommandCheck } from './check-helpers.ts';
import { reject } from './transition-result.ts';

/** Art. 30: not supplied by the end of the supplement period → deemed abandoned (（六）1). */
export function checkClarificationAbandonment(
  options: CommandCheck<'deemAbandonedForClarification'>,
): CheckOutcome {
  const { state, command, calendar } = options;
  const clarification = state.clarification;
  if (clarification === null) return reject('wrongStatus', '没有补正通知');
  const dueDate = calendar.addWorkingDays(clarification.requestedOn, clarification.supplementWorkingDays);
  if (command.date <= dueDate) {
    return reject('tooEarly', `补正期限${formatChineseDate(dueDate)}尚未届满，不能视为放弃申请（第三十条）`);
  }
  return [{ type: 'deemedAbandoned', date: command.date, cause: 'clarificationNotSupplied' }];
}

/**
 * 国办函〔2020〕109号: unpaid 20 working days after the applicant received the fee notice (the day
 * it was sent when receipt is unknown) → deemed abandoned (（六）2).
 */
export function checkFeeAbandonment(options: CommandCheck<'deemAbandonedForFee'>): CheckOutcome {
  const { state, command, calendar } = options;
  const fee = state.processingFee;
  if (fee === null) return reject('wrongStatus', '没有收费通知');
  const dueDate = calendar.addWorkingDays(fee.applicantReceivedOn ?? fee.sentOn, feePaymentWorkingDays);
  if (command.date <= dueDate) {
    return reject('tooEarly', `缴费期限${formatChineseDate(dueDate)}尚未届满，不能视为放弃申请`);
  }
  return [{ type: 'deemedAbandoned', date: command.date, cause: 'feeNotPaid' }];
}

/** Art. 32, 34: an open letter; an answer any time, a lapse only after the 15 working days. */
export function checkConsultationClosing(
  options: CommandCheck<'recordConsultationAnswer'> | CommandCheck<'recordConsultationLapse'>,
): CheckOutcome {
  const { state, command, calendar } = options;
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
    const { date, consultationId, hasObjection, summary } = command;
    return [{ type: 'consultationAnswered', date, consultationId, hasObjection, summary }];
  }
  const answerDueDate = calendar.addWorkingDays(consultation.sentOn, consultationAnswerWorkingDays);
  if (command.date <= answerDueDate) {
    return reject(
      'tooEarly',
      `征求意见期限${formatChineseDate(answerDueDate)}尚未届满（第三十二条、第三十四条）`,
    );
  }
  return [{ type: 'consultationLapsed', date: command.date, consultationId: command.consultationId }];
}
