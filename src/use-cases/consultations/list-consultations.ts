import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { listConsultationRows } from '../../db/repositories/consultations.ts';
import type { UseCaseContext } from '../context.ts';
import { consultationSummaryOf, type ConsultationSummaryView } from './consultation-view.ts';

/** An agency's consultations for its staff (`consultation.manage`), latest period first. */
export async function listConsultations(
  context: UseCaseContext,
  actor: Actor,
  options: { agencyId: string },
): Promise<ConsultationSummaryView[]> {
  assertMay(actor, 'consultation.manage', await agencyTarget(context.db, options.agencyId));
  const now = context.now();
  const rows = await listConsultationRows(context.db, { agencyId: options.agencyId });
  return rows.map((row) => consultationSummaryOf({ row, now }));
}
