import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import {
  findConsultationById,
  findFeedback,
  listCommentRows,
  type ConsultationRow,
} from '../../db/repositories/consultations.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import {
  consultationSummaryOf,
  feedbackViewOf,
  staffCommentOf,
  type ConsultationSummaryView,
  type FeedbackView,
  type StaffCommentView,
} from './consultation-view.ts';

export type StaffConsultationView = {
  summary: ConsultationSummaryView;
  row: ConsultationRow;
  comments: StaffCommentView[];
  feedback: FeedbackView | null;
};

/** One consultation with every comment (the moderation queue) for the staff handling it. */
export async function getConsultation(
  context: UseCaseContext,
  actor: Actor,
  options: { consultationId: string },
): Promise<StaffConsultationView> {
  const row = await findConsultationById(context.db, { consultationId: options.consultationId });
  if (!row) throw new NotFoundError('找不到该征求意见');
  assertMay(actor, 'consultation.manage', await agencyTarget(context.db, row.agencyId));
  const [comments, feedback] = await Promise.all([
    listCommentRows(context.db, { consultationId: row.id }),
    findFeedback(context.db, row.id),
  ]);
  return {
    summary: consultationSummaryOf({ row, now: context.now() }),
    row,
    comments: comments.map(staffCommentOf),
    feedback: feedbackViewOf(feedback),
  };
}
