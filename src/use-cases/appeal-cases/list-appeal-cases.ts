import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { listAppealCases as listAppealCaseRows } from '../../db/repositories/appeal-cases.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { appealCaseViewOf, type AppealCaseView } from './appeal-case-input.ts';

const inputSchema = z.object({
  agencyId: z.uuid({ error: '机关无效' }),
  requestId: z.uuid({ error: '申请编号无效' }).optional(),
});

/** An agency's appeal cases (or one request's); needs `request.viewSummary` (no personal data). */
export async function listAppealCases(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; requestId?: string },
): Promise<AppealCaseView[]> {
  const valid = parseInput(inputSchema, input);
  assertMay(actor, 'request.viewSummary', await agencyTarget(context.db, valid.agencyId));
  const rows = await listAppealCaseRows(context.db, {
    agencyId: valid.agencyId,
    ...(valid.requestId === undefined ? {} : { requestId: valid.requestId }),
  });
  return rows.filter((row) => row.agencyId === valid.agencyId).map(appealCaseViewOf);
}
