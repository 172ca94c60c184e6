import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { assembleReportDraft } from '../../domain/annual-report/draft/assemble-report-draft.ts';
import { isoDateInShanghai, yearOf } from '../../domain/calendar/iso-date.ts';
import { agencyTarget, findAgencyById } from '../../db/repositories/agencies.ts';
import {
  findAnnualReportDraft,
  insertAnnualReportDraft,
} from '../../db/repositories/annual-report-drafts.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { computeAnnualRequestTables } from '../disclosure-requests/compute-annual-request-tables.ts';
import { ConflictError, NotFoundError, ValidationError, translateUniqueViolation } from '../errors.ts';
import { agencyYearSchema, storedDraftOf, type StoredAnnualReportDraft } from './stored-draft.ts';

/**
 * Opens the agency's draft annual report for `year`, creating it when there is none (Art. 50): the
 * six sections, tables 三 and 四 computed from the records, table 二 for staff to enter. Needs
 * `report.manage`. Opening an existing draft changes nothing.
 */
export async function openAnnualReportDraft(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; year: number },
): Promise<{ draft: StoredAnnualReportDraft; isNew: boolean }> {
  const { agencyId, year } = parseInput(agencyYearSchema, input);
  const agency = await findAgencyById(context.db, agencyId);
  if (!agency) throw new NotFoundError('机关不存在');
  assertMay(actor, 'report.manage', await agencyTarget(context.db, agencyId));
  const existing = await findAnnualReportDraft(context.db, { agencyId, year });
  if (existing) return { draft: storedDraftOf(existing), isNew: false };
  if (year > yearOf(isoDateInShanghai(context.now()))) {
    throw new ValidationError(`${year}年度尚未开始，不能编制该年度报告`, { year: '年度尚未开始' });
  }
  const tables = await computeAnnualRequestTables(context, actor, { agencyId, year });
  return context.db
    .transaction(async (transaction) => {
      const raced = await findAnnualReportDraft(transaction, { agencyId, year, isLocked: true });
      if (raced) return { draft: storedDraftOf(raced), isNew: false };
      const now = context.now();
      const by = describeActor(actor);
      const { report, cellSources } = assembleReportDraft({
        agencyName: agency.name,
        year,
        tables,
        enteredBy: by,
      });
      const row = await insertAnnualReportDraft(transaction, {
        id: randomUUID(),
        agencyId,
        year,
        report,
        cellSources,
        version: 1,
        computedAt: now,
        createdAt: now,
        updatedAt: now,
        updatedBy: by,
      });
      await appendEvent(transaction, {
        agencyId,
        actor: by,
        kind: 'annualReport.draftCreated',
        subjectType: 'annualReportDraft',
        subjectId: row.id,
        payload: { year, format: report.format, warnings: tables.warnings },
        occurredAt: now,
      });
      return { draft: storedDraftOf(row), isNew: true };
    })
    .catch(async (error: unknown) => {
      // A colleague created the draft at the same moment (unique agency + year): theirs is the draft.
      if (!(translateUniqueViolation(error) instanceof ConflictError)) throw error;
      const created = await findAnnualReportDraft(context.db, { agencyId, year });
      if (!created) throw error;
      return { draft: storedDraftOf(created), isNew: false };
    });
}
