import { formatChineseDate } from '../../calendar/iso-date.ts';
import type { WorkingCalendar } from '../../calendar/working-calendar.ts';
import type { DeadlineSettings } from './deadline-settings.ts';
import {
  consultationArticle,
  consultedPartyName,
  isAwaitingClarification,
  type DeadlineState,
} from './deadline-state.ts';
import { deriveReplyDue } from './derive-reply-plan.ts';
import type { Conclusion, DisclosureRequestEvent } from './disclosure-request-event.ts';
import { describeReceiptRule } from './receipt-channel.ts';
import {
  clarificationNoticeWorkingDays,
  consultationAnswerWorkingDays,
  feePaymentWorkingDays,
  maximumExtensionWorkingDays,
  replyWorkingDays,
} from './statutory-periods.ts';

type Context = { calendar: WorkingCalendar; settings: DeadlineSettings };

const conclusionNames: Record<Conclusion, string> = {
  decided: '作出答复',
  withdrawn: '申请人撤回申请',
  deemedAbandoned: '申请视为放弃',
};

/** Applies one event to the state and appends its line to the explanation (and any warning). */
export function applyDeadlineEvent(
  options: Context & { state: DeadlineState; event: DisclosureRequestEvent },
): void {
  const { state, event, calendar, settings } = options;
  const day = formatChineseDate(event.date);
  const say = (line: string): void => void state.explanation.push(`${day}${line}`);
  const warn = (warning: string): void => void state.warnings.push(`${day}：${warning}`);
  const dueNow = (): string => {
    const due = deriveReplyDue({ calendar, state, asOf: event.date });
    if (!due) return '暂不计算';
    if (due.dueDate === null) return '待暂停结束后确定';
    return `${formatChineseDate(due.dueDate)}${due.isProvisional ? '（暂定）' : ''}`;
  };
  if (event.type !== 'received' && state.receivedOn === null) {
    warn('在收到申请之前记录了其他事件，已忽略');
    return;
  }
  if (state.conclusion !== null) {
    warn('申请已办结后又记录了事件，已忽略');
    return;
  }

  switch (event.type) {
    case 'received': {
      if (state.receivedOn !== null) {
        warn('重复记录收到申请，以第一次为准');
        return;
      }
      state.receivedOn = event.date;
      state.channel = event.channel;
      state.periodStart = event.date;
      const noticeDue = calendar.addWorkingDays(event.date, clarificationNoticeWorkingDays);
      say(
        `收到申请：${describeReceiptRule(event.channel)}。应自收到申请之日起${replyWorkingDays}个工作日内答复（第三十三条第二款），答复期限为${dueNow()}；` +
          `申请内容不明确的，应在${formatChineseDate(noticeDue)}前一次性告知补正（第三十条）。`,
      );
      return;
    }
    case 'clarificationRequested': {
      if (state.clarification !== null) warn('补正应一次性告知（第三十条），本申请已发出过补正通知');
      const receivedOn = state.receivedOn ?? event.date;
      const noticeDue = calendar.addWorkingDays(receivedOn, clarificationNoticeWorkingDays);
      if (event.date > noticeDue) {
        warn(
          `补正通知晚于收到申请后${clarificationNoticeWorkingDays}个工作日（应在${formatChineseDate(noticeDue)}前发出，第三十条）`,
        );
      }
      const supplementWorkingDays = event.supplementWorkingDays ?? settings.supplementWorkingDays;
      const supplementDueDate = calendar.addWorkingDays(event.date, supplementWorkingDays);
      state.clarification = { requestedOn: event.date, supplementDueDate, correctedOn: null };
      say(
        `发出补正通知（第三十条）：申请人应在${supplementWorkingDays}个工作日内即${formatChineseDate(supplementDueDate)}前补正，` +
          '无正当理由逾期不补正的视为放弃申请；答复期限自收到补正后的申请之日起重新计算。',
      );
      return;
    }
    case 'clarificationReceived': {
      if (!isAwaitingClarification(state) || state.clarification === null) {
        warn('没有待补正的补正通知，仍按收到补正材料重新计算答复期限');
        state.clarification = {
          requestedOn: event.date,
          supplementDueDate: event.date,
          correctedOn: event.date,
        };
      } else {
        state.clarification.correctedOn = event.date;
        if (event.date > state.clarification.supplementDueDate)
          warn('补正晚于补正期限，请确认申请人有正当理由');
      }
      state.periodStart = event.date;
      state.extension = null;
      state.laterDeadline = null;
      say(
        `收到补正后的申请：答复期限自该日起重新计算${replyWorkingDays}个工作日（第三十条），答复期限为${dueNow()}。`,
      );
      return;
    }
    case 'consultationSent': {
      const party = consultedPartyName(event.consultedParty);
      if (state.consultations.some((consultation) => consultation.consultationId === event.consultationId)) {
        warn(`征求意见函“${event.consultationId}”重复记录，已忽略`);
        return;
      }
      const answerDueDate = calendar.addWorkingDays(event.date, consultationAnswerWorkingDays);
      state.consultations.push({
        consultationId: event.consultationId,
        consultedParty: event.consultedParty,
        sentOn: event.date,
        answerDueDate,
        answeredOn: null,
      });
      say(
        `向${party}发出征求意见函（${consultationArticle(event.consultedParty)}）：${party}应在${consultationAnswerWorkingDays}个工作日内即${formatChineseDate(answerDueDate)}前提出意见；` +
          `征求意见所需时间不计入答复期限，自次日起暂停计算，答复期限为${dueNow()}。`,
      );
      return;
    }
    case 'consultationAnswered': {
      const consultation = state.consultations.find(
        (candidate) => candidate.consultationId === event.consultationId,
      );
      if (!consultation) {
        warn(`收到的意见找不到对应的征求意见函“${event.consultationId}”，已忽略`);
        return;
      }
      consultation.answeredOn = event.date;
      const party = consultedPartyName(consultation.consultedParty);
      const isLate = event.date > consultation.answerDueDate;
      say(
        isLate
          ? `收到${party}意见，已超过${consultationAnswerWorkingDays}个工作日的期限，暂停已于${formatChineseDate(consultation.answerDueDate)}结束，答复期限为${dueNow()}。`
          : `收到${party}意见：暂停计算至该日（含该日）结束，答复期限为${dueNow()}。`,
      );
      return;
    }
    case 'feeNoticeSent': {
      const noticeReceivedOn = event.applicantReceivedOn ?? event.date;
      const paymentDueDate = calendar.addWorkingDays(noticeReceivedOn, feePaymentWorkingDays);
      state.processingFee = {
        sentOn: event.date,
        paymentDueDate,
        paidOn: null,
        isPausing: settings.isFeeNoticePausingReplyPeriod,
      };
      const receipt = event.applicantReceivedOn
        ? `申请人于${formatChineseDate(noticeReceivedOn)}收到通知，`
        : '以发出之日作为申请人收到之日，';
      say(
        `发出信息处理费收费通知（国办函〔2020〕109号）：${receipt}申请人应在${feePaymentWorkingDays}个工作日内即${formatChineseDate(paymentDueDate)}前缴费，逾期不缴视为放弃申请。` +
          (settings.isFeeNoticePausingReplyPeriod
            ? '按本机关设置，缴费前暂停计算答复期限。'
            : '按本机关设置，收费通知不暂停答复期限。'),
      );
      return;
    }
    case 'feePaid': {
      if (state.processingFee === null) {
        warn('没有收费通知却记录了缴费，已忽略');
        return;
      }
      state.processingFee.paidOn = event.date;
      say(
        `申请人缴纳信息处理费${state.processingFee.isPausing ? '：答复期限恢复计算' : ''}，答复期限为${dueNow()}。`,
      );
      return;
    }
    case 'extended': {
      if (state.extension !== null) {
        warn('答复期限只能延长一次（第三十三条第二款），本次延期已忽略');
        return;
      }
      const original = deriveReplyDue({ calendar, state, asOf: event.date, isOriginalPeriod: true });
      const workingDays = Math.min(Math.max(Math.trunc(event.workingDays), 1), maximumExtensionWorkingDays);
      if (workingDays !== event.workingDays)
        warn(
          `延长期限最长${maximumExtensionWorkingDays}个工作日（第三十三条第二款），按${workingDays}个工作日计算`,
        );
      if (original?.dueDate && event.date > original.dueDate) {
        warn(
          `延期决定晚于原答复期限${formatChineseDate(original.dueDate)}（第三十三条第二款要求在期限届满前决定并告知申请人）`,
        );
      }
      const before = dueNow();
      state.extension = { decidedOn: event.date, workingDays, reason: event.reason };
      say(
        `经政府信息公开工作机构负责人同意延长答复期限${workingDays}个工作日（第三十三条第二款，理由：${event.reason}），答复期限由${before}延至${dueNow()}。`,
      );
      return;
    }
    case 'laterDeadlineSet': {
      const statutory = deriveReplyDue({ calendar, state, asOf: event.date });
      if (statutory?.dueDate && event.dueDate <= statutory.dueDate) {
        warn(`第三十五条确定的答复期限应晚于法定期限${formatChineseDate(statutory.dueDate)}`);
      }
      state.laterDeadline = { setOn: event.date, dueDate: event.dueDate, reason: event.reason };
      say(
        `因申请数量、频次明显超过合理范围，确定延迟答复，答复期限为${formatChineseDate(event.dueDate)}（第三十五条，理由：${event.reason}）。`,
      );
      return;
    }
    case 'concluded': {
      const due = deriveReplyDue({ calendar, state, asOf: event.date });
      state.conclusion = { date: event.date, conclusion: event.conclusion };
      const timeliness =
        event.conclusion === 'decided' && due?.dueDate
          ? event.date <= due.dueDate
            ? '，在答复期限内'
            : `，已超过答复期限${formatChineseDate(due.dueDate)}`
          : '';
      say(`${conclusionNames[event.conclusion]}${timeliness}，期限计算终止。`);
      return;
    }
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
