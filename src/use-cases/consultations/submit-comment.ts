import { randomUUID } from 'node:crypto';
import { describeActor, type PublicActor } from '../../domain/access/actor.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { isAcceptingComments } from '../../domain/consultations/apply-consultation-command.ts';
import { validateComment } from '../../domain/consultations/consultation-comment.ts';
import { findAgencyBySlug } from '../../db/repositories/agencies.ts';
import {
  consultationCommentSubjectType,
  findConsultationById,
  insertCommentOnce,
} from '../../db/repositories/consultations.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { submitCommentSchema } from './consultation-input.ts';
import { consultationStateOf } from './run-consultation-command.ts';

const publicActor: PublicActor = { kind: 'public' };

export type SubmittedComment = { commentId: string; isDuplicate: boolean };

/**
 * A comment of the public on the portal (no login). Accepted only while the consultation is open
 * and today (Asia/Shanghai) is within its period; waits for moderation. The same form submitted
 * twice (same idempotency key) is one comment. The event keeps neither the text nor the contact.
 */
export async function submitComment(context: UseCaseContext, input: RawInput): Promise<SubmittedComment> {
  const valid = parseInput(submitCommentSchema, input);
  const problems = validateComment(valid);
  if (Object.keys(problems).length > 0)
    throw new ValidationError(Object.values(problems).join('；'), problems);
  return context.db.transaction(async (transaction) => {
    const agency = await findAgencyBySlug(transaction, valid.agencySlug);
    // Locked: a comment and the closing of the consultation never cross.
    const consultation = await findConsultationById(transaction, {
      consultationId: valid.consultationId,
      isLocked: true,
    });
    if (!agency || !consultation || consultation.agencyId !== agency.id || consultation.openedAt === null) {
      throw new NotFoundError('找不到该征求意见');
    }
    const now = context.now();
    const today = isoDateInShanghai(now);
    if (!isAcceptingComments({ state: consultationStateOf(consultation), today })) {
      throw new ValidationError(
        today < consultation.opensOn
          ? `征求意见自${consultation.opensOn}开始，届时欢迎提出意见`
          : '征求意见已截止，不再接收意见',
      );
    }
    const { comment, isDuplicate } = await insertCommentOnce(transaction, {
      id: randomUUID(),
      agencyId: agency.id,
      consultationId: consultation.id,
      body: valid.body.trim(),
      paragraphReference: valid.paragraphReference.trim(),
      contact: valid.contact.trim(),
      idempotencyKey: valid.idempotencyKey,
      moderationStatus: 'pending',
      submittedAt: now,
    });
    if (!isDuplicate) {
      await appendEvent(transaction, {
        agencyId: agency.id,
        actor: describeActor(publicActor),
        kind: 'consultation.commentReceived',
        subjectType: consultationCommentSubjectType,
        subjectId: comment.id,
        payload: {
          consultationId: consultation.id,
          paragraphReference: comment.paragraphReference,
          hasContact: comment.contact !== '',
        },
        occurredAt: now,
      });
    }
    return { commentId: comment.id, isDuplicate };
  });
}
