import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import {
  publicConsultationComments,
  publicConsultationFeedback,
  publicConsultations,
} from '../schema/index.ts';

export type ConsultationRow = typeof publicConsultations.$inferSelect;
export type NewConsultationRow = typeof publicConsultations.$inferInsert;
export type ConsultationCommentRow = typeof publicConsultationComments.$inferSelect;
export type NewConsultationCommentRow = typeof publicConsultationComments.$inferInsert;
export type ConsultationFeedbackRow = typeof publicConsultationFeedback.$inferSelect;

/** The subject types of public consultations and their comments in the event log. */
export const consultationSubjectType = 'publicConsultation';
export const consultationCommentSubjectType = 'publicConsultationComment';

export async function insertConsultation(
  executor: Executor,
  row: NewConsultationRow,
): Promise<ConsultationRow> {
  const [inserted] = await executor.insert(publicConsultations).values(row).returning();
  if (!inserted) throw new Error('consultation insert returned nothing');
  return inserted;
}

export async function updateConsultationRow(
  executor: Executor,
  options: { consultationId: string; changes: Partial<NewConsultationRow> },
): Promise<ConsultationRow> {
  const [row] = await executor
    .update(publicConsultations)
    .set(options.changes)
    .where(eq(publicConsultations.id, options.consultationId))
    .returning();
  if (!row) throw new Error(`consultation ${options.consultationId} not found`);
  return row;
}

export async function findConsultationById(
  executor: Executor,
  options: { consultationId: string; isLocked?: boolean },
): Promise<ConsultationRow | undefined> {
  const query = executor
    .select()
    .from(publicConsultations)
    .where(eq(publicConsultations.id, options.consultationId));
  const [row] = options.isLocked ? await query.for('update') : await query;
  return row;
}

/** An agency's consultations, latest period first; optionally only some statuses. */
export async function listConsultationRows(
  executor: Executor,
  options: { agencyId: string; statuses?: readonly string[] },
): Promise<ConsultationRow[]> {
  const conditions = [eq(publicConsultations.agencyId, options.agencyId)];
  if (options.statuses !== undefined)
    conditions.push(inArray(publicConsultations.status, [...options.statuses]));
  return executor
    .select()
    .from(publicConsultations)
    .where(and(...conditions))
    .orderBy(
      desc(publicConsultations.opensOn),
      desc(publicConsultations.createdAt),
      asc(publicConsultations.id),
    )
    .limit(500);
}

/** The opened consultations of an agency whose period began in the year, with their comment counts. */
export async function listOpenedConsultationsOfYear(
  executor: Executor,
  options: { agencyId: string; year: number },
): Promise<Array<ConsultationRow & { commentCount: number }>> {
  const rows = await executor
    .select({
      consultation: publicConsultations,
      // Written out qualified: drizzle leaves columns unqualified inside a correlated subquery.
      commentCount: sql<number>`(select count(*)::int from public_consultation_comments as comment
        where comment.consultation_id = public_consultations.id)`,
    })
    .from(publicConsultations)
    .where(
      and(
        eq(publicConsultations.agencyId, options.agencyId),
        isNotNull(publicConsultations.openedAt),
        sql`extract(year from ${publicConsultations.opensOn}) = ${options.year}`,
      ),
    );
  return rows.map((row) => ({ ...row.consultation, commentCount: Number(row.commentCount) }));
}

/** Inserts a comment; the same idempotency key again returns the comment first stored. */
export async function insertCommentOnce(
  executor: Executor,
  row: NewConsultationCommentRow,
): Promise<{ comment: ConsultationCommentRow; isDuplicate: boolean }> {
  const [inserted] = await executor
    .insert(publicConsultationComments)
    .values(row)
    .onConflictDoNothing({
      target: [publicConsultationComments.consultationId, publicConsultationComments.idempotencyKey],
    })
    .returning();
  if (inserted) return { comment: inserted, isDuplicate: false };
  const [existing] = await executor
    .select()
    .from(publicConsultationComments)
    .where(
      and(
        eq(publicConsultationComments.consultationId, row.consultationId),
        eq(publicConsultationComments.idempotencyKey, row.idempotencyKey),
      ),
    );
  if (!existing) throw new Error('comment neither inserted nor found');
  return { comment: existing, isDuplicate: true };
}

export async function findCommentById(
  executor: Executor,
  options: { commentId: string; isLocked?: boolean },
): Promise<ConsultationCommentRow | undefined> {
  const query = executor
    .select()
    .from(publicConsultationComments)
    .where(eq(publicConsultationComments.id, options.commentId));
  const [row] = options.isLocked ? await query.for('update') : await query;
  return row;
}

export async function updateCommentRow(
  executor: Executor,
  options: { commentId: string; changes: Partial<NewConsultationCommentRow> },
): Promise<ConsultationCommentRow> {
  const [row] = await executor
    .update(publicConsultationComments)
    .set(options.changes)
    .where(eq(publicConsultationComments.id, options.commentId))
    .returning();
  if (!row) throw new Error(`comment ${options.commentId} not found`);
  return row;
}

/** A consultation's comments in the order received; optionally only some moderation statuses. */
export async function listCommentRows(
  executor: Executor,
  options: { consultationId: string; moderationStatuses?: readonly string[] },
): Promise<ConsultationCommentRow[]> {
  const conditions = [eq(publicConsultationComments.consultationId, options.consultationId)];
  if (options.moderationStatuses !== undefined) {
    conditions.push(inArray(publicConsultationComments.moderationStatus, [...options.moderationStatuses]));
  }
  return executor
    .select()
    .from(publicConsultationComments)
    .where(and(...conditions))
    .orderBy(asc(publicConsultationComments.submittedAt), asc(publicConsultationComments.id));
}

export async function insertFeedback(
  executor: Executor,
  row: typeof publicConsultationFeedback.$inferInsert,
): Promise<ConsultationFeedbackRow> {
  const [inserted] = await executor.insert(publicConsultationFeedback).values(row).returning();
  if (!inserted) throw new Error('feedback insert returned nothing');
  return inserted;
}

export async function findFeedback(
  executor: Executor,
  consultationId: string,
): Promise<ConsultationFeedbackRow | undefined> {
  const [row] = await executor
    .select()
    .from(publicConsultationFeedback)
    .where(eq(publicConsultationFeedback.consultationId, consultationId));
  return row;
}
