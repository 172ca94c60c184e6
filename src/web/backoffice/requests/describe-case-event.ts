import { applicantTypeLabel } from '../../../domain/applications/applicant/applicant-type.ts';
import { describeReceiptRule } from '../../../domain/applications/deadlines/receipt-channel.ts';
import { deliveryMethodLabels, type CaseEvent } from '../../../domain/applications/lifecycle/case-event.ts';
import { letterKindLabels, type LetterKind } from '../../../domain/applications/letters/letter-kind.ts';
import { outcomeDefinitionOf } from '../../../domain/applications/outcomes/outcomes.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';

/** One line of the case timeline, in Chinese (Art. 45: every step, its actor and its time). */
export function describeCaseEvent(event: CaseEvent): { title: string; details: string } {
  switch (event.type) {
    case 'registered':
      return { title: '登记申请', details: describeReceiptRule(event.channel) };
    case 'applicantTypeCorrected':
      return {
        title: '更正申请人类型',
        details: `${applicantTypeLabel(event.applicantType)}；${event.reason}`,
      };
    case 'clarificationRequested':
      return {
        title: '发出补正通知',
        details: `补正事项：${event.whatToSupply}；补正期限${event.supplementWorkingDays}个工作日`,
      };
    case 'clarificationReceived':
      return { title: '收到补正后的申请', details: '答复期限自此日起重新计算（第三十条）' };
    case 'consultationSent':
      return {
        title: '发出征求意见函',
        details: `${event.consultedParty === 'thirdParty' ? '第三方' : '其他行政机关'}：${event.partyName}`,
      };
    case 'consultationAnswered':
      return {
        title: '收到征求意见答复',
        details: `${event.hasObjection ? '有异议' : '无异议'}；${event.summary}`,
      };
    case 'consultationLapsed':
      return { title: '征求意见期满未答复', details: '由本机关依法决定（第三十二条）' };
    case 'feeNoticeSent':
      return { title: '发出收费通知', details: `金额${event.amountYuan}元` };
    case 'feePaid':
      return { title: '申请人已缴费', details: '' };
    case 'extended':
      return { title: '批准延期答复', details: `延长${event.workingDays}个工作日；${event.reason}` };
    case 'laterDeadlineSet':
      return {
        title: '确定延迟答复期限',
        details: `答复期限为${formatChineseDate(event.dueDate)}；${event.reason}`,
      };
    case 'decisionProposed': {
      const outcome = outcomeDefinitionOf(event.decision.outcomeCode);
      return { title: '提交答复意见', details: `${outcome.label}（${event.decision.legalBasis}）` };
    }
    case 'decisionReturned':
      return { title: '退回答复意见', details: event.reason };
    case 'decisionApproved':
      return { title: '负责人审批同意答复', details: '' };
    case 'delivered':
      return { title: '送达答复', details: deliveryMethodLabels[event.method] };
    case 'closed':
      return { title: '办结归档', details: '' };
    case 'withdrawn':
      return { title: '申请人撤回申请', details: event.reason };
    case 'deemedAbandoned':
      return {
        title: '视为放弃申请',
        details: event.cause === 'clarificationNotSupplied' ? '逾期未补正（第三十条）' : '逾期未缴费',
      };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** A letter issued on the case, for its timeline: which letter and its 文号. */
export function describeLetterIssued(options: { kind: LetterKind; documentNumber: string | null }): {
  title: string;
  details: string;
} {
  return {
    title: `出具${letterKindLabels[options.kind]}`,
    details: options.documentNumber === null ? '无文号' : `文号：${options.documentNumber}`,
  };
}

/** Who recorded an event, as the timeline shows it (never a user id). */
export function describeEventActor(actor: string): string {
  if (actor.startsWith('staff:')) return '工作人员';
  if (actor === 'public') return '网上申请平台';
  if (actor.startsWith('system:')) return '系统';
  return actor;
}
