import { describeActor, type Actor } from '../../domain/access/actor.ts';
import {
  moderateComment as applyModeration,
  type ModerationStatus,
} from '../../domain/consultations/comment-moderation.ts';
import {
  consultationCommentSubjectType,
  updateCommentRow,
  type ConsultationCommentRow,
} from '../../db/repositories/consultations.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { moderateCommentSchema } from './consultation-input.ts';
import { loadCommentForStaff } from './load-comment-for-staff.ts';

/** Publishes a pending comment on the portal or rejects it with a reason (it still counts). */
export async function moderateComment(
  context: UseCaseContext,
  actor: Actor,
  input: RawInput,
): Promise<ConsultationCommentRow> {
  const valid = parseInput(moderateCommentSchema, input);
  return context.db.transaction(async (transaction) => {
    const { comment } = await loadCommentForStaff(transaction, { actor, commentId: valid.commentId });
    const result = applyModeration({
      status: comment.moderationStatus as ModerationStatus,
      decision:
        valid.decision === 'publish' ? { decision: 'publish' } : { decision: 'reject', reason: valid.reason },
    });
    if (!result.isAccepted) throw new ValidationError(result.message);
    const now = context.now();
    const updated = await updateCommentRow(transaction, {
      commentId: comment.id,
      changes: {
        moderationStatus: result.status,
        rejectionReason: result.reason,
        moderatedBy: actor.kind === 'staff' ? actor.userId : null,
        moderatedAt: now,
      },
    });
    await appendEvent(transaction, {
      agencyId: comment.agencyId,
      actor: describeActor(actor),
      kind: 'consultation.commentModerated',
      subjectType: consultationCommentSubjectType,
      subjectId: comment.id,
      payload: {
        consultationId: comment.consultationId,
        moderationStatus: result.status,
        reason: result.reason,
      },
      occurredAt: now,
    });
    return updated;
  });
}
