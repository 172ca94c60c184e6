import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { PublicationItemView } from '../../../use-cases/publications/publication-view.ts';

/** Art. 26 in words: the due date and whether the item was (or is being) published late. */
export function timelinessLabel(item: PublicationItemView): { text: string; isLate: boolean } {
  if (item.timeliness === null) return { text: item.timelinessProblem ?? '无法计算', isLate: false };
  const { dueDate, status, workingDaysLate } = item.timeliness;
  const due = `应于${formatChineseDate(dueDate)}前发布`;
  switch (status) {
    case 'publishedInTime':
      return { text: `${due}；按时发布`, isLate: false };
    case 'publishedLate':
      return { text: `${due}；逾期${workingDaysLate}个工作日发布`, isLate: true };
    case 'pending':
      return { text: due, isLate: false };
    case 'overdue':
      return { text: `${due}；已逾期${workingDaysLate}个工作日未发布`, isLate: true };
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
