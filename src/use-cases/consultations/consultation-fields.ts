import type { z } from 'zod';
import { checkPeriod, defaultClosesOn } from '../../domain/consultations/consultation-period.ts';
import type { Executor } from '../../db/database.ts';
import type { NewConsultationRow } from '../../db/repositories/consultations.ts';
import { findPublicationItemById } from '../../db/repositories/publications.ts';
import { ValidationError } from '../errors.ts';
import type { consultationFieldsSchema } from './consultation-input.ts';

type ValidFields = z.output<typeof consultationFieldsSchema>;

export type ConsultationColumns = Required<
  Pick<
    NewConsultationRow,
    'title' | 'explanation' | 'draftText' | 'opensOn' | 'closesOn' | 'shortPeriodReason' | 'publicationItemId'
  >
>;

/**
 * The columns of a consultation from its validated fields: the default closing date when none is
 * given, the period rules (never closing before opening; a reason below 30 days), and the linked
 * catalogue item, which must be the same agency's. Returns the period's warnings for the page.
 */
export async function consultationColumnsOf(
  executor: Executor,
  options: { fields: ValidFields; agencyId: string },
): Promise<{ columns: ConsultationColumns; warnings: string[] }> {
  const { fields } = options;
  const closesOn = fields.closesOn ?? defaultClosesOn(fields.opensOn);
  const period = checkPeriod({
    opensOn: fields.opensOn,
    closesOn,
    shortPeriodReason: fields.shortPeriodReason,
  });
  const problems: Record<string, string> = { ...period.problems };
  if (fields.publicationItemId !== null) {
    const item = await findPublicationItemById(executor, { itemId: fields.publicationItemId });
    if (!item || item.agencyId !== options.agencyId)
      problems.publicationItemId = '找不到本机关的该公开目录条目';
  }
  if (Object.keys(problems).length > 0)
    throw new ValidationError(Object.values(problems).join('；'), problems);
  return {
    columns: {
      title: fields.title,
      explanation: fields.explanation,
      draftText: fields.draftText,
      opensOn: fields.opensOn,
      closesOn,
      // The reason is kept only when the period is short.
      shortPeriodReason: period.warnings.length > 0 ? fields.shortPeriodReason : '',
      publicationItemId: fields.publicationItemId,
    },
    warnings: period.warnings,
  };
}
