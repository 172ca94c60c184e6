import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import {
  newMediaAccounts,
  newMediaStatistics,
  serviceStatistics,
  websiteCheckFindings,
  websiteCheckRuns,
  websiteColumns,
} from '../schema/index.ts';

export type WebsiteColumnRow = typeof websiteColumns.$inferSelect;
export type NewMediaAccountRow = typeof newMediaAccounts.$inferSelect;
export type NewMediaStatisticsRow = typeof newMediaStatistics.$inferSelect;
export type ServiceStatisticsRow = typeof serviceStatistics.$inferSelect;
export type WebsiteCheckRunRow = typeof websiteCheckRuns.$inferSelect;
export type WebsiteCheckFindingRow = typeof websiteCheckFindings.$inferSelect;

export const websiteColumnSubjectType = 'websiteColumn';
export const newMediaAccountSubjectType = 'newMediaAccount';
export const websiteStatisticsSubjectType = 'websiteStatistics';
export const websiteCheckRunSubjectType = 'websiteCheckRun';

export async function listWebsiteColumns(executor: Executor, agencyId: string): Promise<WebsiteColumnRow[]> {
  return executor
    .select()
    .from(websiteColumns)
    .where(eq(websiteColumns.agencyId, agencyId))
    .orderBy(asc(websiteColumns.createdAt), asc(websiteColumns.name));
}

export async function insertWebsiteColumn(
  executor: Executor,
  row: typeof websiteColumns.$inferInsert,
): Promise<WebsiteColumnRow> {
  const [saved] = await executor.insert(websiteColumns).values(row).returning();
  if (!saved) throw new Error('website column not saved');
  return saved;
}

/** Deletes one column of the agency; the deleted row, or undefined when there was none. */
export async function deleteWebsiteColumn(
  executor: Executor,
  options: { agencyId: string; columnId: string },
): Promise<WebsiteColumnRow | undefined> {
  const [deleted] = await executor
    .delete(websiteColumns)
    .where(and(eq(websiteColumns.agencyId, options.agencyId), eq(websiteColumns.id, options.columnId)))
    .returning();
  return deleted;
}

export async function listNewMediaAccounts(
  executor: Executor,
  agencyId: string,
): Promise<NewMediaAccountRow[]> {
  return executor
    .select()
    .from(newMediaAccounts)
    .where(eq(newMediaAccounts.agencyId, agencyId))
    .orderBy(asc(newMediaAccounts.createdAt), asc(newMediaAccounts.name));
}

export async function findNewMediaAccount(
  executor: Executor,
  options: { agencyId: string; accountId: string },
): Promise<NewMediaAccountRow | undefined> {
  const [row] = await executor
    .select()
    .from(newMediaAccounts)
    .where(and(eq(newMediaAccounts.agencyId, options.agencyId), eq(newMediaAccounts.id, options.accountId)));
  return row;
}

export async function insertNewMediaAccount(
  executor: Executor,
  row: typeof newMediaAccounts.$inferInsert,
): Promise<NewMediaAccountRow> {
  const [saved] = await executor.insert(newMediaAccounts).values(row).returning();
  if (!saved) throw new Error('new-media account not saved');
  return saved;
}

export async function setNewMediaLastUpdatedOn(
  executor: Executor,
  options: { accountId: string; lastUpdatedOn: string | null },
): Promise<void> {
  await executor
    .update(newMediaAccounts)
    .set({ lastUpdatedOn: options.lastUpdatedOn })
    .where(eq(newMediaAccounts.id, options.accountId));
}

export async function listNewMediaStatistics(
  executor: Executor,
  options: { agencyId: string; year: number },
): Promise<NewMediaStatisticsRow[]> {
  return executor
    .select()
    .from(newMediaStatistics)
    .where(and(eq(newMediaStatistics.agencyId, options.agencyId), eq(newMediaStatistics.year, options.year)))
    .orderBy(asc(newMediaStatistics.month));
}

/** Inserts or replaces an account's figures of one period (year, or year and month). */
export async function upsertNewMediaStatistics(
  executor: Executor,
  row: typeof newMediaStatistics.$inferInsert,
): Promise<void> {
  const { accountId: _accountId, agencyId: _agencyId, year: _year, month: _month, ...changes } = row;
  await executor
    .insert(newMediaStatistics)
    .values(row)
    .onConflictDoUpdate({
      target: [newMediaStatistics.accountId, newMediaStatistics.year, newMediaStatistics.month],
      set: changes,
    });
}

export async function listServiceStatistics(
  executor: Executor,
  options: { agencyId: string; year: number },
): Promise<ServiceStatisticsRow[]> {
  return executor
    .select()
    .from(serviceStatistics)
    .where(and(eq(serviceStatistics.agencyId, options.agencyId), eq(serviceStatistics.year, options.year)))
    .orderBy(asc(serviceStatistics.month));
}

/** Inserts or replaces the agency's service figures of one period (year, or year and month). */
export async function upsertServiceStatistics(
  executor: Executor,
  row: typeof serviceStatistics.$inferInsert,
): Promise<void> {
  const { agencyId: _agencyId, year: _year, month: _month, ...changes } = row;
  await executor
    .insert(serviceStatistics)
    .values(row)
    .onConflictDoUpdate({
      target: [serviceStatistics.agencyId, serviceStatistics.year, serviceStatistics.month],
      set: changes,
    });
}

export async function insertWebsiteCheckRun(
  executor: Executor,
  options: {
    run: typeof websiteCheckRuns.$inferInsert;
    findings: Array<typeof websiteCheckFindings.$inferInsert>;
  },
): Promise<void> {
  await executor.insert(websiteCheckRuns).values(options.run);
  if (options.findings.length > 0) await executor.insert(websiteCheckFindings).values(options.findings);
}

/** The agency's latest check run with its findings; undefined before the first run. */
export async function findLatestWebsiteCheckRun(
  executor: Executor,
  agencyId: string,
): Promise<{ run: WebsiteCheckRunRow; findings: WebsiteCheckFindingRow[] } | undefined> {
  const [run] = await executor
    .select()
    .from(websiteCheckRuns)
    .where(eq(websiteCheckRuns.agencyId, agencyId))
    .orderBy(desc(websiteCheckRuns.startedAt))
    .limit(1);
  if (!run) return undefined;
  const findings = await executor
    .select()
    .from(websiteCheckFindings)
    .where(eq(websiteCheckFindings.runId, run.id))
    .orderBy(asc(websiteCheckFindings.rule), asc(websiteCheckFindings.url));
  return { run, findings };
}
