import { describeActor, type Actor } from '../../domain/access/actor.ts';
import { checkAdoption } from '../../domain/consultations/consultation-feedback.ts';
import {
  consultationCommentSubjectType,
  updateCommentRow,
  type ConsultationCommentRow,
} from '../../db/repositories/consultations.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { recordAdoptionSchema } from './consultation-input.ts';
import { loadCommentForStaff } from './load-comment-for-staff.ts';

/** Records whether a comment is adopted, partly adopted or not (with the reason) for the feedback. */
export async function recordAdoption(
  context: UseCaseContext,
  actor: Actor,
  input: RawInput,
): Promise<ConsultationCommentRow> {
  const valid = parseInput(recordAdoptionSchema, input);
  return context.db.transaction(async (transaction) => {
    const { comment } = await loadCommentForStaff(transaction, { actor, commentId: valid.commentId });
    if (comment.moderationStatus === 'pending') throw new ValidationError('请先审核该意见，再填写采纳情况');
    const problem = checkAdoption({ adoption: valid.adoption, reason: valid.reason });
    if (problem !== null) throw new ValidationError(problem, { reason: problem });
    const now = context.now();
    const updated = await updateCommentRow(transaction, {
      commentId: comment.id,
      changes: { adoption: valid.adoption, adoptionReason: valid.reason },
    });
    await appendEvent(transaction, {
      agencyId: comment.agencyId,
      actor: describeActor(actor),
      kind: 'consultation.adoptionRecorded',
      subjectType: consultationCommentSubjectType,
      subjectId: comment.id,
      payload: { consultationId: comment.consultationId, adoption: valid.adoption, reason: valid.reason },
      occurredAt: now,
    });
    return updated;
  });
}
