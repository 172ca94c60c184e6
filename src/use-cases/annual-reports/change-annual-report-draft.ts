import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import type { ReportDraft } from '../../domain/annual-report/draft/report-draft.ts';
import type { Executor } from '../../db/database.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import {
  findAnnualReportDraft,
  updateAnnualReportDraftIfVersion,
} from '../../db/repositories/annual-report-drafts.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { staleDraftError, storedDraftOf, type StoredAnnualReportDraft } from './stored-draft.ts';

/** What a change of the draft produced: the new state and its event's payload, or nothing to save. */
export type DraftChange = { draft: ReportDraft; payload: Record<string, unknown> } | null;

/**
 * The one way a draft changes: load it locked → authorise `report.manage` → check the version the
 * editor saw (a stale edit saves nothing) → the domain change → save with the next version and its
 * event, in one transaction. A change that alters nothing writes nothing.
 */
export async function changeAnnualReportDraft(
  context: UseCaseContext,
  actor: Actor,
  options: {
    agencyId: string;
    year: number;
    expectedVersion: number;
    eventKind: string;
    isRecomputation?: boolean;
    change: (draft: StoredAnnualReportDraft, executor: Executor) => DraftChange | Promise<DraftChange>;
  },
): Promise<{ draft: StoredAnnualReportDraft; isChanged: boolean }> {
  return context.db.transaction(async (transaction) => {
    const row = await findAnnualReportDraft(transaction, {
      agencyId: options.agencyId,
      year: options.year,
      isLocked: true,
    });
    if (!row) throw new NotFoundError('该年度报告尚未开始编制');
    assertMay(actor, 'report.manage', await agencyTarget(transaction, row.agencyId));
    if (row.version !== options.expectedVersion) throw staleDraftError();
    const stored = storedDraftOf(row);
    const result = await options.change(stored, transaction);
    if (result === null) return { draft: stored, isChanged: false };
    const now = context.now();
    const by = describeActor(actor);
    const updated = await updateAnnualReportDraftIfVersion(transaction, {
      id: row.id,
      expectedVersion: options.expectedVersion,
      changes: {
        report: result.draft.report,
        cellSources: result.draft.cellSources,
        updatedAt: now,
        updatedBy: by,
        ...(options.isRecomputation ? { computedAt: now } : {}),
      },
    });
    if (!updated) throw staleDraftError();
    await appendEvent(transaction, {
      agencyId: row.agencyId,
      actor: by,
      kind: options.eventKind,
      subjectType: 'annualReportDraft',
      subjectId: row.id,
      payload: { year: row.year, version: updated.version, ...result.payload },
      occurredAt: now,
    });
    return { draft: storedDraftOf(updated), isChanged: true };
  });
}
