import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { agencies, caseLetters } from '../schema/index.ts';

export type CaseLetterRow = typeof caseLetters.$inferSelect;
export type NewCaseLetterRow = typeof caseLetters.$inferInsert;

export const caseLetterSubjectType = 'caseLetter';

/**
 * The next 文号 sequence of an agency's year: max + 1, inside the caller's transaction. The agency
 * row is locked (FOR NO KEY UPDATE, which does not block inserts referencing it) so letters of the
 * agency's different cases queue for the number; the unique (agency, year, sequence) constraint is
 * the second line of defence.
 */
export async function nextLetterSequence(
  executor: Executor,
  options: { agencyId: string; year: number },
): Promise<number> {
  await executor
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.id, options.agencyId))
    .for('no key update');
  const [row] = await executor
    .select({ last: sql<number | null>`max(${caseLetters.documentSequence})` })
    .from(caseLetters)
    .where(and(eq(caseLetters.agencyId, options.agencyId), eq(caseLetters.documentYear, options.year)));
  return Number(row?.last ?? 0) + 1;
}

export async function insertCaseLetter(executor: Executor, row: NewCaseLetterRow): Promise<CaseLetterRow> {
  const [inserted] = await executor.insert(caseLetters).values(row).returning();
  if (!inserted) throw new Error('case letter insert returned nothing');
  return inserted;
}

/** The letters of a request in the order they were issued. */
export async function listCaseLetterRows(executor: Executor, requestId: string): Promise<CaseLetterRow[]> {
  return executor
    .select()
    .from(caseLetters)
    .where(eq(caseLetters.requestId, requestId))
    .orderBy(asc(caseLetters.issuedAt), asc(caseLetters.documentSequence));
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
