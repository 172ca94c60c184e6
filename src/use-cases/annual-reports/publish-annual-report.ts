import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { checkAnnualReport, hardFindingsOf } from '../../domain/annual-report/checks/check-annual-report.ts';
import { isSameReportContent } from '../../domain/annual-report/draft/is-same-report-content.ts';
import { planPublication } from '../../domain/annual-report/draft/plan-publication.ts';
import type { AnnualReport } from '../../domain/annual-report/annual-report.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { agencyTarget, findAgencyById } from '../../db/repositories/agencies.ts';
import { findAnnualReportDraft } from '../../db/repositories/annual-report-drafts.ts';
import {
  findLatestAnnualReportPublication,
  insertAnnualReportPublication,
} from '../../db/repositories/annual-report-publications.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError, ValidationError, translateUniqueViolation } from '../errors.ts';
import { findPreviousYearReport } from './find-previous-year-report.ts';
import {
  agencyYearSchema,
  expectedVersionSchema,
  staleDraftError,
  storedDraftOf,
  storedPublicationOf,
  type StoredAnnualReportPublication,
} from './stored-draft.ts';

const inputSchema = agencyYearSchema.extend({
  expectedVersion: expectedVersionSchema,
  correctionNote: z.string().default(''),
});

/**
 * Publishes the draft as the agency's report of the year (Art. 49–50), by the office head
 * (`report.publish`): refused while a hard check failure remains; the first publication is
 * revision 1, a later one a correction with its note. The publication row is append-only; the
 * draft stays for later corrections. The version guards against publishing what was not seen.
 */
export async function publishAnnualReport(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; year: number; expectedVersion: number; correctionNote?: string },
): Promise<StoredAnnualReportPublication> {
  const { agencyId, year, expectedVersion, correctionNote } = parseInput(inputSchema, input);
  return context.db
    .transaction(async (transaction) => {
      const agency = await findAgencyById(transaction, agencyId);
      if (!agency) throw new NotFoundError('机关不存在');
      assertMay(actor, 'report.publish', await agencyTarget(transaction, agencyId));
      // The draft row is locked: two publications of one year queue, and take successive revisions.
      const row = await findAnnualReportDraft(transaction, { agencyId, year, isLocked: true });
      if (!row) throw new NotFoundError('该年度报告尚未开始编制');
      if (row.version !== expectedVersion) throw staleDraftError();
      const draft = storedDraftOf(row);
      const previous = await findPreviousYearReport(transaction, { agencyId, agencyName: agency.name, year });
      const findings = checkAnnualReport(
        previous ? { report: draft.report, previousReport: previous.report } : { report: draft.report },
      );
      const latest = await findLatestAnnualReportPublication(transaction, { agencyId, year });
      const now = context.now();
      const plan = planPublication({
        year,
        today: isoDateInShanghai(now),
        hardFindings: hardFindingsOf(findings),
        latestRevision: latest?.revision ?? null,
        correctionNote,
        isSameAsLatest:
          latest !== undefined && isSameReportContent(draft.report, latest.report as AnnualReport),
      });
      if (!plan.isAllowed) throw new ValidationError(plan.reason, { correctionNote: plan.reason });
      const by = describeActor(actor);
      const publication = await insertAnnualReportPublication(transaction, {
        id: randomUUID(),
        agencyId,
        year,
        revision: plan.revision,
        report: draft.report,
        checkFindings: findings,
        correctionNote: plan.correctionNote,
        publishedAt: now,
        publishedBy: by,
      });
      await appendEvent(transaction, {
        agencyId,
        actor: by,
        kind: plan.revision === 1 ? 'annualReport.published' : 'annualReport.corrected',
        subjectType: 'annualReportPublication',
        subjectId: publication.id,
        payload: {
          year,
          revision: plan.revision,
          draftVersion: row.version,
          correctionNote: plan.correctionNote,
          softFindingCount: findings.length,
        },
        occurredAt: now,
      });
      return storedPublicationOf(publication);
    })
    .catch((error: unknown) => {
      throw translateUniqueViolation(error);
    });
}
