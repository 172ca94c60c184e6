import { compareIsoDates, formatChineseDate, type IsoDate } from '../../calendar/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import { applyDeadlineEvent } from './apply-deadline-event.ts';
import type { ClockState, DeadlineReport, PendingObligation } from './deadline-report.ts';
import { defaultDeadlineSettings, type DeadlineSettings } from './deadline-settings.ts';
import {
  consultationArticle,
  consultedPartyName,
  emptyDeadlineState,
  isAwaitingClarification,
  type DeadlineState,
} from './deadline-state.ts';
import { consultationPauseEnd, deriveReplyDue, type ReplyDue } from './derive-reply-plan.ts';
import type { DisclosureRequestEvent } from './disclosure-request-event.ts';
import { explainReplyPeriod, summarizeReplyPeriod } from './explain-reply-period.ts';
import { clarificationNoticeWorkingDays } from './statutory-periods.ts';

/**
 * Computes a disclosure request's deadlines from its stored events (rules.md §1–2). `now` is the
 * current date in Asia/Shanghai, injected by the caller. Events are applied in date order (stable
 * for equal dates). Throws `CalendarYearMissingError` when a date falls outside the calendar.
 */
export function computeDeadlines(options: {
  calendar: WorkingCalendar;
  events: readonly DisclosureRequestEvent[];
  now: IsoDate;
  settings?: DeadlineSettings;
}): DeadlineReport {
  const { calendar, now } = options;
  const settings = options.settings ?? defaultDeadlineSettings;
  const state = emptyDeadlineState();
  const events = [...options.events].sort((left, right) => compareIsoDates(left.date, right.date));
  for (const event of events) {
    if (event.date > now) state.warnings.push(`${formatChineseDate(event.date)}：事件日期晚于当前日期`);
    applyDeadlineEvent({ state, event, calendar, settings });
  }
  const due = deriveReplyDue({ calendar, state, asOf: now });
  const { clockState, clockStateReason } = describeClock({ state, now });
  const explanation = [...state.explanation];
  if (due) {
    const heading = state.laterDeadline
      ? '法定答复期限计算明细（第三十五条另定期限之前）：'
      : '答复期限计算明细：';
    explanation.push(heading, ...explainReplyPeriod({ plan: due.plan, count: due.count }));
    if (state.laterDeadline)
      explanation.push(`依第三十五条，答复期限确定为${formatChineseDate(state.laterDeadline.dueDate)}。`);
  }
  if (due?.dueDate)
    explanation.push(
      `当前答复期限：${formatChineseDate(due.dueDate)}${due.isProvisional ? '（暂定，收到意见后可能提前）' : ''}。`,
    );
  const conclusion = state.conclusion
    ? {
        ...state.conclusion,
        isInTime:
          state.conclusion.conclusion === 'decided' && due?.dueDate
            ? state.conclusion.date <= due.dueDate
            : null,
      }
    : null;
  return {
    clockState,
    clockStateReason,
    replyDueDate: due?.dueDate ?? null,
    isReplyDueDateProvisional: due?.isProvisional ?? false,
    remainingWorkingDays:
      due && due.dueDate === null ? due.plan.workingDays - due.count.countedWorkingDays : null,
    replyPeriodSummary: due ? summarizeReplyPeriod(due.count.days) : null,
    obligations: state.conclusion ? [] : listObligations({ calendar, state, due, now }),
    explanation,
    warnings: state.warnings,
    conclusion,
  };
}

function describeClock(options: { state: DeadlineState; now: IsoDate }): {
  clockState: ClockState;
  clockStateReason: string;
} {
  const { state, now } = options;
  if (state.receivedOn === null) return { clockState: 'notStarted', clockStateReason: '尚未收到申请' };
  if (state.conclusion) return { clockState: 'stopped', clockStateReason: '已办结，期限计算终止' };
  if (isAwaitingClarification(state)) {
    return {
      clockState: 'stopped',
      clockStateReason: '等待申请人补正，收到补正后的申请之日起重新计算（第三十条）',
    };
  }
  const fee = state.processingFee;
  if (fee && fee.paidOn === null && now > fee.paymentDueDate) {
    return {
      clockState: 'stopped',
      clockStateReason: '申请人逾期未缴纳信息处理费，视为放弃申请（国办函〔2020〕109号），请办结',
    };
  }
  if (fee && fee.isPausing && fee.sentOn <= now && (fee.paidOn === null || now <= fee.paidOn)) {
    return { clockState: 'paused', clockStateReason: '已发出收费通知，缴费前暂停计算（本机关设置）' };
  }
  const openConsultation = state.consultations.find(
    (consultation) => consultation.sentOn <= now && now <= consultationPauseEnd(consultation),
  );
  if (openConsultation) {
    const party = consultedPartyName(openConsultation.consultedParty);
    return {
      clockState: 'paused',
      clockStateReason: `正在征求${party}意见，征求意见期间不计入答复期限（${consultationArticle(openConsultation.consultedParty)}）`,
    };
  }
  return { clockState: 'running', clockStateReason: '答复期限计算中' };
}

function listObligations(options: {
  calendar: WorkingCalendar;
  state: DeadlineState;
  due: ReplyDue | null;
  now: IsoDate;
}): PendingObligation[] {
  const { calendar, state, due, now } = options;
  const obligations: PendingObligation[] = [];
  const add = (
    obligation: Omit<PendingObligation, 'isOverdue' | 'isProvisional'> & { isProvisional?: boolean },
  ): void => {
    obligations.push({
      ...obligation,
      isProvisional: obligation.isProvisional ?? false,
      isOverdue: now > obligation.dueDate,
    });
  };
  if (due?.dueDate) {
    add({
      kind: 'reply',
      party: 'agency',
      dueDate: due.dueDate,
      description: '作出答复',
      legalBasis: state.laterDeadline ? '第三十五条' : '第三十三条第二款',
      isProvisional: due.isProvisional,
    });
  }
  if (state.receivedOn && state.clarification === null) {
    const noticeDue = calendar.addWorkingDays(state.receivedOn, clarificationNoticeWorkingDays);
    if (now <= noticeDue) {
      add({
        kind: 'clarificationNotice',
        party: 'agency',
        dueDate: noticeDue,
        description: '申请内容不明确的，一次性告知补正',
        legalBasis: '第三十条',
      });
    }
  }
  if (state.clarification && isAwaitingClarification(state)) {
    add({
      kind: 'supplement',
      party: 'applicant',
      dueDate: state.clarification.supplementDueDate,
      description: '申请人补正申请',
      legalBasis: '第三十条',
    });
  }
  for (const consultation of state.consultations) {
    if (consultation.answeredOn === null && now <= consultation.answerDueDate) {
      add({
        kind: 'consultationAnswer',
        party: 'consultedParty',
        dueDate: consultation.answerDueDate,
        description: `${consultedPartyName(consultation.consultedParty)}提出意见`,
        legalBasis: consultationArticle(consultation.consultedParty),
        consultationId: consultation.consultationId,
      });
    }
  }
  if (state.processingFee && state.processingFee.paidOn === null) {
    add({
      kind: 'feePayment',
      party: 'applicant',
      dueDate: state.processingFee.paymentDueDate,
      description: '申请人缴纳信息处理费',
      legalBasis: '国办函〔2020〕109号',
    });
  }
  return obligations.sort((left, right) => compareIsoDates(left.dueDate, right.dueDate));
}
