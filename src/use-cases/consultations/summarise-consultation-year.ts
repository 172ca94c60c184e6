import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import {
  consultationYearSentence,
  countConsultationsInYear,
} from '../../domain/consultations/count-consultations-in-year.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { listOpenedConsultationsOfYear } from '../../db/repositories/consultations.ts';
import type { UseCaseContext } from '../context.ts';

export type ConsultationYearSummary = { consultationCount: number; commentCount: number; sentence: string };

/** The year's consultations and comments for section 一 of the annual report (`report.view`). */
export async function summariseConsultationYear(
  context: UseCaseContext,
  actor: Actor,
  options: { agencyId: string; year: number },
): Promise<ConsultationYearSummary> {
  assertMay(actor, 'report.view', await agencyTarget(context.db, options.agencyId));
  const rows = await listOpenedConsultationsOfYear(context.db, options);
  const consultationCount = countConsultationsInYear({
    year: options.year,
    consultations: rows.map((row) => ({ opensOn: row.opensOn as IsoDate, openedAt: row.openedAt })),
  });
  const commentCount = rows.reduce((total, row) => total + row.commentCount, 0);
  return {
    consultationCount,
    commentCount,
    sentence: consultationYearSentence({ consultationCount, commentCount }),
  };
}
