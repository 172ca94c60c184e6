import { publicConsultationStatuses } from '../../domain/consultations/consultation-status.ts';
import { findAgencyBySlug } from '../../db/repositories/agencies.ts';
import { listConsultationRows } from '../../db/repositories/consultations.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { consultationSummaryOf, type ConsultationSummaryView } from './consultation-view.ts';

/**
 * The portal's list: consultations put to the public, those open for comment first (soonest
 * closing first), then those whose period ended, closed and answered ones (latest period first).
 * Drafts and withdrawn ones are not listed.
 */
export async function listPublicConsultations(
  context: UseCaseContext,
  options: { agencySlug: string },
): Promise<ConsultationSummaryView[]> {
  const agency = await findAgencyBySlug(context.db, options.agencySlug);
  if (!agency) throw new NotFoundError('找不到该机关');
  const now = context.now();
  const rows = await listConsultationRows(context.db, {
    agencyId: agency.id,
    statuses: publicConsultationStatuses,
  });
  const views = rows.map((row) => consultationSummaryOf({ row, now }));
  // Open for comment (or about to be) first, soonest closing first; then the ended ones.
  const isCurrent = (view: ConsultationSummaryView) => view.status === 'open' && view.phase !== 'ended';
  const current = views.filter(isCurrent).sort((left, right) => left.closesOn.localeCompare(right.closesOn));
  return [...current, ...views.filter((view) => !isCurrent(view))];
}
