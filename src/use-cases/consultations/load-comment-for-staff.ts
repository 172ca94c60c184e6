import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import type { Transaction } from '../../db/database.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import {
  findCommentById,
  findConsultationById,
  type ConsultationCommentRow,
  type ConsultationRow,
} from '../../db/repositories/consultations.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { staffOnly } from './run-consultation-command.ts';

/**
 * A comment (locked) and its consultation for moderation or adoption, after the policy allowed
 * `consultation.manage`; refused once the feedback is published or the consultation withdrawn.
 */
export async function loadCommentForStaff(
  transaction: Transaction,
  options: { actor: Actor; commentId: string },
): Promise<{ comment: ConsultationCommentRow; consultation: ConsultationRow }> {
  staffOnly(options.actor);
  const comment = await findCommentById(transaction, { commentId: options.commentId, isLocked: true });
  if (!comment) throw new NotFoundError('找不到该意见');
  assertMay(options.actor, 'consultation.manage', await agencyTarget(transaction, comment.agencyId));
  const consultation = await findConsultationById(transaction, { consultationId: comment.consultationId });
  if (!consultation) throw new NotFoundError('找不到该征求意见');
  if (consultation.status === 'feedbackPublished')
    throw new ValidationError('意见采纳情况反馈已发布，不能再修改');
  if (consultation.status === 'withdrawn') throw new ValidationError('该征求意见已撤回');
  return { comment, consultation };
}
