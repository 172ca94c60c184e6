import {
  isModerationStatus,
  moderationStatusLabels,
} from '../../../domain/consultations/comment-moderation.ts';
import {
  adoptionLabels,
  isAdoption,
  type FeedbackTotals,
} from '../../../domain/consultations/consultation-feedback.ts';
import { feedbackSentence } from '../../../domain/consultations/consultation-feedback.ts';

/** The event log's names of the public consultation events (征求意见). */
export const consultationEventKindLabels: Record<string, string> = {
  'consultation.drafted': '新建征求意见',
  'consultation.edited': '修改征求意见',
  'consultation.opened': '发布征求意见',
  'consultation.closed': '结束征求意见',
  'consultation.withdrawn': '撤回征求意见',
  'consultation.commentReceived': '收到公众意见',
  'consultation.commentModerated': '审核公众意见',
  'consultation.adoptionRecorded': '填写意见采纳情况',
  'consultation.feedbackPublished': '发布意见采纳情况反馈',
};

/** A one-line summary of a consultation event's payload (never a contact); null for other events. */
export function consultationEventDetail(kind: string, data: Record<string, unknown>): string | null {
  if (!kind.startsWith('consultation.')) return null;
  const period =
    typeof data.opensOn === 'string' && typeof data.closesOn === 'string'
      ? `${data.opensOn} 至 ${data.closesOn}`
      : '';
  switch (kind) {
    case 'consultation.drafted':
    case 'consultation.edited':
      return [typeof data.title === 'string' ? data.title : '', period].filter(Boolean).join('；');
    case 'consultation.opened':
      return typeof data.shortPeriodReason === 'string' && data.shortPeriodReason !== ''
        ? `${period}；期限少于30日的理由：${data.shortPeriodReason}`
        : period;
    case 'consultation.withdrawn':
      return `理由：${String(data.reason ?? '')}`;
    case 'consultation.commentReceived':
      return `${typeof data.paragraphReference === 'string' && data.paragraphReference ? `关于${data.paragraphReference}；` : ''}${data.hasContact === true ? '留有联系方式' : '未留联系方式'}`;
    case 'consultation.commentModerated': {
      const status =
        typeof data.moderationStatus === 'string' && isModerationStatus(data.moderationStatus)
          ? moderationStatusLabels[data.moderationStatus]
          : '';
      return typeof data.reason === 'string' ? `${status}；理由：${data.reason}` : status;
    }
    case 'consultation.adoptionRecorded': {
      const adoption =
        typeof data.adoption === 'string' && isAdoption(data.adoption) ? adoptionLabels[data.adoption] : '';
      return typeof data.reason === 'string' && data.reason !== ''
        ? `${adoption}；理由：${data.reason}`
        : adoption;
    }
    case 'consultation.feedbackPublished':
      return data.totals && typeof data.totals === 'object'
        ? feedbackSentence(data.totals as FeedbackTotals)
        : '';
    default:
      return '';
  }
}
