import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import type { ComputedCellChange } from '../../domain/annual-report/draft/report-draft.ts';
import { recomputeReportDraft } from '../../domain/annual-report/draft/recompute-report-draft.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { computeAnnualRequestTables } from '../disclosure-requests/compute-annual-request-tables.ts';
import { changeAnnualReportDraft } from './change-annual-report-draft.ts';
import { agencyYearSchema, expectedVersionSchema, type StoredAnnualReportDraft } from './stored-draft.ts';

const inputSchema = agencyYearSchema.extend({ expectedVersion: expectedVersionSchema });

/**
 * Computes tables 三 and 四 again from the records (重新计算): computed cells take the new values,
 * entered and overridden cells stay. Returns the computed cells whose value changed. The
 * computation time is recorded even when nothing changed.
 */
export async function recomputeAnnualReportDraft(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; year: number; expectedVersion: number },
): Promise<{ draft: StoredAnnualReportDraft; changes: ComputedCellChange[] }> {
  const { agencyId, year, expectedVersion } = parseInput(inputSchema, input);
  assertMay(actor, 'report.manage', await agencyTarget(context.db, agencyId));
  const tables = await computeAnnualRequestTables(context, actor, { agencyId, year });
  let changes: ComputedCellChange[] = [];
  const { draft } = await changeAnnualReportDraft(context, actor, {
    agencyId,
    year,
    expectedVersion,
    eventKind: 'annualReport.recomputed',
    isRecomputation: true,
    change: (stored) => {
      const result = recomputeReportDraft({ draft: stored, tables });
      changes = result.changes;
      return { draft: result.draft, payload: { changes, warnings: tables.warnings } };
    },
  });
  return { draft, changes };
}
