/**
 * Where a public consultation (公开征求意见) stands: drafted by staff, open for comments during its
 * period, closed, and finally answered by the published feedback (意见采纳情况反馈); or withdrawn.
 * Changed only by `applyConsultationCommand` through `consultationTransitionTable`.
 */
export const consultationStatuses = ['draft', 'open', 'closed', 'feedbackPublished', 'withdrawn'] as const;

export type ConsultationStatus = (typeof consultationStatuses)[number];

export const consultationStatusLabels: Record<ConsultationStatus, string> = {
  draft: '草稿',
  open: '征求意见中',
  closed: '已截止，待反馈',
  feedbackPublished: '已反馈',
  withdrawn: '已撤回',
};

export function isConsultationStatus(value: string): value is ConsultationStatus {
  return (consultationStatuses as readonly string[]).includes(value);
}

/** The statuses the public sees: a draft or a withdrawn consultation is never on the portal. */
export const publicConsultationStatuses: readonly ConsultationStatus[] = [
  'open',
  'closed',
  'feedbackPublished',
];
