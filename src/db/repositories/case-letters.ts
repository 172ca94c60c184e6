import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { caseLetters } from '../schema/index.ts';
import { lockAgencyRow } from './agencies.ts';

export type CaseLetterRow = typeof caseLetters.$inferSelect;
export type NewCaseLetterRow = typeof caseLetters.$inferInsert;

export const caseLetterSubjectType = 'caseLetter';

/**
 * The next 文号 sequence of an agency's year: max + 1 of the numbered letters, inside the caller's
 * transaction. The agency row is locked (FOR NO KEY UPDATE, which does not block inserts
 * referencing it) so letters of the agency's different cases queue for the number; the unique
 * (agency, year, sequence) constraint is the second line of defence.
 */
export async function nextLetterSequence(
  executor: Executor,
  options: { agencyId: string; year: number },
): Promise<number> {
  await lockAgencyRow(executor, options.agencyId);
  const [row] = await executor
    .select({ last: sql<number | null>`max(${caseLetters.documentSequence})` })
    .from(caseLetters)
    .where(
      and(
        eq(caseLetters.agencyId, options.agencyId),
        eq(caseLetters.documentYear, options.year),
        gt(caseLetters.documentSequence, 0),
      ),
    );
  return Number(row?.last ?? 0) + 1;
}

/**
 * The sequence of a letter without 文号 (a receipt the agency does not number): -1, -2, … in the
 * agency's year, so the row keeps the unique (agency, year, sequence) key while the 文号 of the
 * numbered letters run on without gaps. Same lock as `nextLetterSequence`.
 */
export async function nextUnnumberedLetterSequence(
  executor: Executor,
  options: { agencyId: string; year: number },
): Promise<number> {
  await lockAgencyRow(executor, options.agencyId);
  const [row] = await executor
    .select({ last: sql<number | null>`min(${caseLetters.documentSequence})` })
    .from(caseLetters)
    .where(
      and(
        eq(caseLetters.agencyId, options.agencyId),
        eq(caseLetters.documentYear, options.year),
        lt(caseLetters.documentSequence, 0),
      ),
    );
  return Number(row?.last ?? 0) - 1;
}

export async function insertCaseLetter(executor: Executor, row: NewCaseLetterRow): Promise<CaseLetterRow> {
  const [inserted] = await executor.insert(caseLetters).values(row).returning();
  if (!inserted) throw new Error('case letter insert returned nothing');
  return inserted;
}

/**
 * The letters of a request in the order they were issued: by time, then by sequence (unnumbered
 * letters count -1, -2, …, so by its absolute value).
 */
export async function listCaseLetterRows(executor: Executor, requestId: string): Promise<CaseLetterRow[]> {
  return executor
    .select()
    .from(caseLetters)
    .where(eq(caseLetters.requestId, requestId))
    .orderBy(asc(caseLetters.issuedAt), asc(sql`abs(${caseLetters.documentSequence})`));
}

export async function findCaseLetter(
  executor: Executor,
  options: { requestId: string; letterId: string },
): Promise<CaseLetterRow | undefined> {
  const [row] = await executor
    .select()
    .from(caseLetters)
    .where(and(eq(caseLetters.requestId, options.requestId), eq(caseLetters.id, options.letterId)));
  return row;
}
