import { maskPersonName } from '../../../domain/applications/applicant/mask-personal-data.ts';
import { applicantTypeLabel } from '../../../domain/applications/applicant/applicant-type.ts';
import {
  workQueuePhaseLabels,
  workQueuePhases,
} from '../../../domain/applications/lifecycle/work-queue-phase.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar.ts';
import type { WorkQueue, WorkQueueEntry } from '../../../use-cases/disclosure-requests/list-work-queue.ts';
import { dueDateView } from './due-date-view.ts';
import type { WorkQueueRowView, WorkQueueView } from './work-queue-page.ts';
import type { WorkQueueTab } from './request-links.ts';

export const workQueueTabs: readonly WorkQueueTab[] = ['open', ...workQueuePhases];

export function isWorkQueueTab(value: string): value is WorkQueueTab {
  return (workQueueTabs as readonly string[]).includes(value);
}

function applicantLabel(entry: WorkQueueEntry): string {
  if (entry.applicantName === null) return applicantTypeLabel(entry.applicantType);
  return entry.applicantType === 'naturalPerson' ? maskPersonName(entry.applicantName) : entry.applicantName;
}

/** Statuses whose reply clock no longer concerns the handler: the queue shows what happened when. */
const answeredStatuses: ReadonlySet<WorkQueueEntry['status']> = new Set([
  'decided',
  'delivered',
  'closed',
  'withdrawn',
  'deemedAbandoned',
]);

/**
 * A decided, delivered or finished case in the queue: the date of its decision, delivery or end
 * instead of working days left (Art. 33: the reply period ends with the reply).
 */
function answeredLabels(entry: WorkQueueEntry): { dateLabel: string; note: string } | null {
  if (!answeredStatuses.has(entry.status)) return null;
  const inTime =
    entry.isAnsweredInTime === null ? '' : entry.isAnsweredInTime ? '在答复期限内' : '超过答复期限';
  if (entry.deliveredOn !== null) {
    return { dateLabel: `${formatChineseDate(entry.deliveredOn)}送达`, note: inTime };
  }
  if (entry.status === 'decided' && entry.decidedOn !== null) {
    return { dateLabel: `${formatChineseDate(entry.decidedOn)}批准答复`, note: '待送达' };
  }
  if (entry.concludedOn !== null) {
    return { dateLabel: `${formatChineseDate(entry.concludedOn)}${entry.statusLabel}`, note: '' };
  }
  return { dateLabel: entry.statusLabel, note: '' };
}

function rowOf(options: {
  entry: WorkQueueEntry;
  today: WorkQueue['today'];
  calendar: WorkingCalendar;
}): WorkQueueRowView {
  const { entry } = options;
  return {
    caseNumber: entry.caseNumber,
    receivedOnLabel: formatChineseDate(entry.receivedOn),
    applicantLabel: applicantLabel(entry),
    informationTitle: entry.informationTitle,
    statusLabel: entry.statusLabel,
    phaseLabel: entry.phaseLabel,
    answered: answeredLabels(entry),
    due:
      entry.replyDueDate === null || entry.phase === 'closed' || answeredStatuses.has(entry.status)
        ? null
        : dueDateView({ dueDate: entry.replyDueDate, today: options.today, calendar: options.calendar }),
    noDueDateReason: entry.calendarWarning ?? entry.clockStateReason ?? '—',
  };
}

/** The view of the queue: the open cases and the closed ones come from two calls of `listWorkQueue`. */
export function workQueueView(options: {
  tab: WorkQueueTab;
  text: string;
  open: WorkQueue;
  closed: WorkQueue;
  calendar: WorkingCalendar;
  canRegister: boolean;
}): WorkQueueView {
  const { open, closed, tab } = options;
  const counts = { ...open.phaseCounts, closed: closed.phaseCounts.closed };
  const openCount = open.entries.filter((entry) => entry.phase !== 'closed').length;
  const entries =
    tab === 'closed'
      ? closed.entries
      : open.entries.filter((entry) => (tab === 'open' ? entry.phase !== 'closed' : entry.phase === tab));
  return {
    tab,
    tabs: workQueueTabs.map((entry) => ({
      tab: entry,
      label: entry === 'open' ? '全部在办' : workQueuePhaseLabels[entry],
      count: entry === 'open' ? openCount : counts[entry],
    })),
    text: options.text,
    rows: entries.map((entry) => rowOf({ entry, today: open.today, calendar: options.calendar })),
    todayLabel: formatChineseDate(open.today),
    canRegister: options.canRegister,
  };
}
