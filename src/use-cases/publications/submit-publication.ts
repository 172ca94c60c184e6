import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import type { PublicationItemRow } from '../../db/repositories/publications.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { itemCommandSchema } from './publication-input.ts';
import { runReviewCommand } from './run-review-command.ts';

const submitSchema = itemCommandSchema.extend({
  personalInformationJustification: z.string().trim().max(2000, '理由不能超过2000个字').default(''),
});

/**
 * The contributor submits for review (先审后发). The personal-information scan runs first; with
 * findings, a justification (lawfully required) must be given and is recorded.
 */
export async function submitPublication(
  context: UseCaseContext,
  actor: Actor,
  input: z.input<typeof submitSchema> | RawInput,
): Promise<PublicationItemRow> {
  const valid = parseInput(submitSchema, input);
  return runReviewCommand(context, actor, {
    itemId: valid.itemId,
    expectedVersion: valid.expectedVersion,
    action: 'publication.contribute',
    command: (findings) => ({
      type: 'submit',
      findings,
      personalInformationJustification: valid.personalInformationJustification,
    }),
    save: async ({ findings }) => {
      const justification = findings.length > 0 ? valid.personalInformationJustification : null;
      return {
        changes: { personalInformationJustification: justification },
        eventKind: 'publication.submitted',
        payload: { findingCount: findings.length, personalInformationJustification: justification },
      };
    },
  });
}
