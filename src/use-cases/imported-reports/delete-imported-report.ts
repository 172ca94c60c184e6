import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { agencyTarget, lockAgencyRow } from '../../db/repositories/agencies.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { deleteImportedReportRow, findImportedReportById } from '../../db/repositories/imported-reports.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';

const inputSchema = z.object({ id: z.uuid({ error: '找不到该年度报告' }) });

/**
 * Deletes an imported report (`report.import` on the agency that imported it), e.g. one read from
 * the wrong file. Nothing is lost: the `report.deleted` event, written in the same transaction,
 * carries the whole stored row (model, findings, source, hash), and the event log is append-only.
 */
export async function deleteImportedReport(
  context: UseCaseContext,
  actor: Actor,
  input: { id: string },
): Promise<{ id: string; ownerAgencyId: string }> {
  const { id } = parseInput(inputSchema, input);
  return context.db.transaction(async (transaction) => {
    const found = await findImportedReportById(transaction, id);
    if (!found) throw new NotFoundError('找不到该年度报告');
    assertMay(actor, 'report.import', await agencyTarget(transaction, found.agencyId));
    // The same lock as storing an import, so a re-import of these bytes waits for the delete.
    await lockAgencyRow(transaction, found.agencyId);
    const row = await findImportedReportById(transaction, id);
    if (!row) throw new NotFoundError('找不到该年度报告');
    await deleteImportedReportRow(transaction, row.id);
    const now = context.now();
    await appendEvent(transaction, {
      agencyId: row.agencyId,
      actor: describeActor(actor),
      kind: 'report.deleted',
      subjectType: 'importedReport',
      subjectId: row.id,
      payload: { ...row, importedAt: row.importedAt.toISOString() },
      occurredAt: now,
    });
    return { id: row.id, ownerAgencyId: row.agencyId };
  });
}
