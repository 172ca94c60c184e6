import type { WorkQueuePhase } from '../../../domain/applications/lifecycle/work-queue-phase.ts';

/** The work queue's tabs: every open case, or one phase. */
export type WorkQueueTab = 'open' | WorkQueuePhase;

export function caseHref(caseNumber: string, suffix = ''): string {
  return `/admin/requests/${encodeURIComponent(caseNumber)}${suffix}`;
}

export function workQueueHref(options: { tab: WorkQueueTab; text?: string }): string {
  const query = new URLSearchParams();
  if (options.tab !== 'open') query.set('phase', options.tab);
  if (options.text) query.set('q', options.text);
  const text = query.toString();
  return text ? `/admin/requests?${text}` : '/admin/requests';
}
