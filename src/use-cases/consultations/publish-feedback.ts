import type { Actor } from '../../domain/access/actor.ts';
import type { ModerationStatus } from '../../domain/consultations/comment-moderation.ts';
import {
  findFeedbackProblems,
  isAdoption,
  summariseFeedback,
  type FeedbackComment,
} from '../../domain/consultations/consultation-feedback.ts';
import {
  insertFeedback,
  listCommentRows,
  type ConsultationCommentRow,
  type ConsultationRow,
} from '../../db/repositories/consultations.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { publishFeedbackSchema } from './consultation-input.ts';
import { runConsultationCommand, staffOnly } from './run-consultation-command.ts';

export function feedbackCommentOf(row: ConsultationCommentRow): FeedbackComment {
  return {
    moderationStatus: row.moderationStatus as ModerationStatus,
    adoption: row.adoption !== null && isAdoption(row.adoption) ? row.adoption : null,
    adoptionReason: row.adoptionReason,
  };
}

/**
 * Publishes 意见采纳情况反馈 after the consultation closed: every comment moderated, every published
 * one decided (reasons where not adopted), a summary; the totals are stored as published.
 */
export async function publishFeedback(
  context: UseCaseContext,
  actor: Actor,
  input: RawInput,
): Promise<ConsultationRow> {
  const valid = parseInput(publishFeedbackSchema, input);
  const staff = staffOnly(actor);
  return runConsultationCommand(context, actor, {
    consultationId: valid.consultationId,
    expectedVersion: valid.expectedVersion,
    command: { type: 'publishFeedback' },
    save: async ({ transaction, row, now }) => {
      const comments = (await listCommentRows(transaction, { consultationId: row.id })).map(
        feedbackCommentOf,
      );
      const problems = findFeedbackProblems({ comments, summary: valid.summary });
      if (problems.length > 0) throw new ValidationError(problems.join('；'));
      const totals = summariseFeedback(comments);
      await insertFeedback(transaction, {
        consultationId: row.id,
        agencyId: row.agencyId,
        summary: valid.summary,
        totals,
        publishedBy: staff.userId,
        publishedAt: now,
      });
      return { eventKind: 'consultation.feedbackPublished', payload: { totals } };
    },
  });
}
