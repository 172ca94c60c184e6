import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { appealCases } from '../schema/index.ts';

export type AppealCaseRow = typeof appealCases.$inferSelect;
export type NewAppealCaseRow = typeof appealCases.$inferInsert;

export async function insertAppealCase(executor: Executor, row: NewAppealCaseRow): Promise<AppealCaseRow> {
  const [inserted] = await executor.insert(appealCases).values(row).returning();
  if (!inserted) throw new Error('appeal case insert returned nothing');
  return inserted;
}

export async function findAppealCaseById(
  executor: Executor,
  options: { appealCaseId: string; isLocked?: boolean },
): Promise<AppealCaseRow | undefined> {
  const query = executor.select().from(appealCases).where(eq(appealCases.id, options.appealCaseId));
  const [row] = options.isLocked ? await query.for('update') : await query;
  return row;
}

export async function updateAppealCaseRow(
  executor: Executor,
  options: { appealCaseId: string; changes: Partial<NewAppealCaseRow> },
): Promise<AppealCaseRow> {
  const [row] = await executor
    .update(appealCases)
    .set(options.changes)
    .where(eq(appealCases.id, options.appealCaseId))
    .returning();
  if (!row) throw new Error(`appeal case ${options.appealCaseId} not found`);
  return row;
}

/** An agency's appeal cases (or one request's), by filing date. */
export async function listAppealCases(
  executor: Executor,
  options: { agencyId: string; requestId?: string },
): Promise<AppealCaseRow[]> {
  return executor
    .select()
    .from(appealCases)
    .where(
      options.requestId === undefined
        ? eq(appealCases.agencyId, options.agencyId)
        : eq(appealCases.requestId, options.requestId),
    )
    .orderBy(asc(appealCases.filedOn), asc(appealCases.createdAt));
}
