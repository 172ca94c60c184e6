import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { ConsultationSummaryView } from '../../../use-cases/consultations/consultation-view.ts';

/** `2025年3月1日至2025年3月30日（30日）`. */
export function periodText(view: ConsultationSummaryView): string {
  return `${formatChineseDate(view.opensOn)}至${formatChineseDate(view.closesOn)}（${view.periodDays}日）`;
}

/** Where the consultation stands for the public: days left, not yet begun, or ended. */
export function phaseText(view: ConsultationSummaryView): string {
  if (view.status === 'feedbackPublished') return '已发布意见采纳情况反馈';
  if (view.status === 'closed' || view.phase === 'ended') return '征求意见已截止';
  if (view.phase === 'notYetOpen') return `将于${formatChineseDate(view.opensOn)}开始征求意见`;
  return `征求意见中，剩余${view.daysLeft}天（含今天）`;
}
