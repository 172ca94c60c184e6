import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { isoDateInShanghai, yearOf } from '../../domain/calendar/iso-date.ts';
import { formatIndexNumber } from '../../domain/publications/index-number.ts';
import type { Executor } from '../../db/database.ts';
import { findAgencyById } from '../../db/repositories/agencies.ts';
import { nextIndexSequence, type PublicationItemRow } from '../../db/repositories/publications.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { searchTermsOfItem } from './draft-rules.ts';
import { itemCommandSchema } from './publication-input.ts';
import { runReviewCommand } from './run-review-command.ts';
import { getPublicationSettings } from './update-publication-settings.ts';

const publishSchema = itemCommandSchema.extend({
  personalInformationJustification: z.string().trim().max(2000, '理由不能超过2000个字').default(''),
});

/** The pattern and organisation code of the agency's 索引号 (settings, else the defaults). */
async function indexNumberSettings(
  executor: Executor,
  agencyId: string,
): Promise<{ pattern: string; organisationCode: string }> {
  const settings = await getPublicationSettings(executor, agencyId);
  const agency = await findAgencyById(executor, agencyId);
  const organisationCode = settings.organisationCode ?? agency?.unifiedSocialCreditCode ?? null;
  if (!organisationCode) {
    throw new ValidationError(
      '本机关尚未登记统一社会信用代码，无法生成索引号。请机关管理员在“本机关信息”中填写统一社会信用代码后再发布',
    );
  }
  return { pattern: settings.indexNumberPattern, organisationCode };
}

/**
 * 发布 after the 终审 (先审后发). The publication time is the clock's now, never a date typed in
 * (rules.md §5: never back-date); the 索引号 is assigned now from the agency's pattern and the
 * yearly sequence, once and for good. The personal-information scan runs again: with findings,
 * the publisher records why the law requires them to be published.
 */
export async function publishPublication(
  context: UseCaseContext,
  actor: Actor,
  input: z.input<typeof publishSchema> | RawInput,
): Promise<PublicationItemRow> {
  const valid = parseInput(publishSchema, input);
  return runReviewCommand(context, actor, {
    itemId: valid.itemId,
    expectedVersion: valid.expectedVersion,
    action: 'publication.review',
    command: (findings) => ({
      type: 'publish',
      findings,
      personalInformationJustification: valid.personalInformationJustification,
    }),
    save: async ({ transaction, row, findings, now }) => {
      const publishedOn = isoDateInShanghai(now);
      const year = yearOf(publishedOn);
      const settings = await indexNumberSettings(transaction, row.agencyId);
      const indexNumber =
        row.indexNumber ??
        formatIndexNumber({
          ...settings,
          year,
          sequence: await nextIndexSequence(transaction, { agencyId: row.agencyId, year }),
        });
      const justification = findings.length > 0 ? valid.personalInformationJustification : null;
      return {
        changes: {
          indexNumber,
          publishedAt: now,
          publishedOn,
          publishedBy: actor.kind === 'staff' ? actor.userId : null,
          personalInformationJustification: justification,
        },
        searchTerms: searchTermsOfItem({ ...row, indexNumber }),
        eventKind: 'publication.published',
        payload: {
          indexNumber,
          publishedOn,
          findingCount: findings.length,
          personalInformationJustification: justification,
        },
      };
    },
  });
}
