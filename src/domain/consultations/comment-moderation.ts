/**
 * Moderation of comments before they appear on the portal (product decision: 先审后发). A rejected
 * comment (abuse, advertising, personal data of others …) is never shown, keeps its reason, and is
 * still counted as received in the feedback.
 */
export const moderationStatuses = ['pending', 'published', 'rejected'] as const;

export type ModerationStatus = (typeof moderationStatuses)[number];

export const moderationStatusLabels: Record<ModerationStatus, string> = {
  pending: '待审核',
  published: '已公开',
  rejected: '不予公开',
};

export type ModerationDecision = { decision: 'publish' } | { decision: 'reject'; reason: string };

export type ModerationResult =
  | { isAccepted: true; status: ModerationStatus; reason: string | null }
  | { isAccepted: false; message: string };

const maximumReasonLength = 200;

/** A pending comment is published or rejected; a published one may still be rejected later. */
export function moderateComment(options: {
  status: ModerationStatus;
  decision: ModerationDecision;
}): ModerationResult {
  const { status, decision } = options;
  switch (decision.decision) {
    case 'publish':
      if (status !== 'pending') {
        return { isAccepted: false, message: `该意见${moderationStatusLabels[status]}，不能再公开` };
      }
      return { isAccepted: true, status: 'published', reason: null };
    case 'reject': {
      if (status === 'rejected') return { isAccepted: false, message: '该意见已不予公开' };
      const reason = decision.reason.trim();
      if (reason === '') return { isAccepted: false, message: '请填写不予公开的理由' };
      if (reason.length > maximumReasonLength) {
        return { isAccepted: false, message: `理由不能超过${maximumReasonLength}个字` };
      }
      return { isAccepted: true, status: 'rejected', reason };
    }
    default: {
      const unreachable: never = decision;
      return unreachable;
    }
  }
}

export function isModerationStatus(value: string): value is ModerationStatus {
  return (moderationStatuses as readonly string[]).includes(value);
}
