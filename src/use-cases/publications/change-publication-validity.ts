import type { Actor } from '../../domain/access/actor.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { checkValidity } from '../../domain/publications/validity.ts';
import type { PublicationItemRow } from '../../db/repositories/publications.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { validityChangeSchema, type ValidityChangeInput } from './publication-input.ts';
import { validityRecordOf } from './publication-view.ts';
import { runReviewCommand } from './run-review-command.ts';

/**
 * 有效性 of a published item (chiefly 规范性文件): its effective date and period, or 失效 / 废止
 * with the date and, for a repeal, the repealing document. Repealed stays repealed.
 */
export async function changePublicationValidity(
  context: UseCaseContext,
  actor: Actor,
  input: ValidityChangeInput | RawInput,
): Promise<PublicationItemRow> {
  const valid = parseInput(validityChangeSchema, input);
  return runReviewCommand(context, actor, {
    itemId: valid.itemId,
    expectedVersion: valid.expectedVersion,
    action: 'publication.review',
    command: () => ({ type: 'changeValidity' }),
    save: async ({ row, now }) => {
      const check = checkValidity({
        record: {
          validity: valid.validity,
          effectiveOn: valid.effectiveOn,
          validUntil: valid.validUntil,
          validityEndedOn: valid.validityEndedOn,
          repealingDocument: valid.repealingDocument,
        },
        previous: validityRecordOf(row),
        today: isoDateInShanghai(now),
      });
      if (!check.isValid) throw new ValidationError(check.message, check.fieldErrors);
      return {
        changes: check.record,
        eventKind: 'publication.validityChanged',
        payload: { ...check.record, previousValidity: row.validity },
      };
    },
  });
}
