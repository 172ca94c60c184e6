import { publicConsultationStatuses } from '../../domain/consultations/consultation-status.ts';
import { findAgencyBySlug } from '../../db/repositories/agencies.ts';
import { findConsultationById, findFeedback, listCommentRows } from '../../db/repositories/consultations.ts';
import { findPublicationItemById } from '../../db/repositories/publications.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import {
  consultationSummaryOf,
  feedbackViewOf,
  publicCommentOf,
  type ConsultationSummaryView,
  type FeedbackView,
  type PublicCommentView,
} from './consultation-view.ts';

export type PublicConsultationView = {
  summary: ConsultationSummaryView;
  explanation: string;
  draftText: string;
  /** Published comments only, without contacts. */
  comments: PublicCommentView[];
  feedback: FeedbackView | null;
  /** The catalogue item the consultation concerns, when it is published in the catalogue. */
  linkedItem: { itemId: string; title: string } | null;
};

/** One consultation on its agency's portal; a draft, a withdrawn one or another agency's is not found. */
export async function getPublicConsultation(
  context: UseCaseContext,
  options: { agencySlug: string; consultationId: string },
): Promise<PublicConsultationView> {
  const agency = await findAgencyBySlug(context.db, options.agencySlug);
  const row = agency
    ? await findConsultationById(context.db, { consultationId: options.consultationId })
    : undefined;
  if (
    !agency ||
    !row ||
    row.agencyId !== agency.id ||
    !publicConsultationStatuses.some((status) => status === row.status)
  ) {
    throw new NotFoundError('找不到该征求意见');
  }
  const [comments, feedback, item] = await Promise.all([
    listCommentRows(context.db, { consultationId: row.id, moderationStatuses: ['published'] }),
    findFeedback(context.db, row.id),
    row.publicationItemId === null
      ? undefined
      : findPublicationItemById(context.db, { itemId: row.publicationItemId }),
  ]);
  const isItemPublished = item !== undefined && item.agencyId === agency.id && item.status === 'published';
  return {
    summary: consultationSummaryOf({ row, now: context.now() }),
    explanation: row.explanation,
    draftText: row.draftText,
    comments: comments.map(publicCommentOf),
    feedback: feedbackViewOf(feedback),
    linkedItem: isItemPublished ? { itemId: item.id, title: item.title } : null,
  };
}
