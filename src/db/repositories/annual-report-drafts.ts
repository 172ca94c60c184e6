import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { annualReportDrafts } from '../schema/index.ts';

export type AnnualReportDraftRow = typeof annualReportDrafts.$inferSelect;
export type NewAnnualReportDraftRow = typeof annualReportDrafts.$inferInsert;

/** Inserts a draft; a second draft for the same agency and year is refused by the unique key. */
export async function insertAnnualReportDraft(
  executor: Executor,
  row: NewAnnualReportDraftRow,
): Promise<AnnualReportDraftRow> {
  const [inserted] = await executor.insert(annualReportDrafts).values(row).returning();
  if (!inserted) throw new Error('annual report draft insert returned nothing');
  return inserted;
}

/** The agency's draft for the year; `isLocked` holds the row until the transaction ends. */
export async function findAnnualReportDraft(
  executor: Executor,
  options: { agencyId: string; year: number; isLocked?: boolean },
): Promise<AnnualReportDraftRow | undefined> {
  const query = executor
    .select()
    .from(annualReportDrafts)
    .where(and(eq(annualReportDrafts.agencyId, options.agencyId), eq(annualReportDrafts.year, options.year)));
  const [row] = options.isLocked ? await query.for('update') : await query;
  return row;
}

/**
 * Writes a new state of the draft when it is still at `expectedVersion` (optimistic concurrency)
 * and moves it to the next version; undefined when someone saved in between.
 */
export async function updateAnnualReportDraftIfVersion(
  executor: Executor,
  options: {
    id: string;
    expectedVersion: number;
    changes: Pick<NewAnnualReportDraftRow, 'report' | 'cellSources' | 'updatedAt' | 'updatedBy'> &
      Partial<Pick<NewAnnualReportDraftRow, 'computedAt'>>;
  },
): Promise<AnnualReportDraftRow | undefined> {
  const [updated] = await executor
    .update(annualReportDrafts)
    .set({ ...options.changes, version: options.expectedVersion + 1 })
    .where(
      and(eq(annualReportDrafts.id, options.id), eq(annualReportDrafts.version, options.expectedVersion)),
    )
    .returning();
  return updated;
}

/** The years the agency has a draft for, oldest first. */
export async function listAnnualReportDraftYears(executor: Executor, agencyId: string): Promise<number[]> {
  const rows = await executor
    .select({ year: annualReportDrafts.year })
    .from(annualReportDrafts)
    .where(eq(annualReportDrafts.agencyId, agencyId))
    .orderBy(asc(annualReportDrafts.year));
  return rows.map((row) => row.year);
}
