import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import type { PublicationItemRow } from '../../db/repositories/publications.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { itemCommandSchema } from './publication-input.ts';
import { runReviewCommand } from './run-review-command.ts';

const returnSchema = itemCommandSchema.extend({
  reason: z.string({ error: '请填写退回理由' }).trim().max(2000, '退回理由不能超过2000个字'),
});

/** A reviewer returns the item to its contributor at the pending level, with reasons (recorded as a sign-off). */
export async function returnPublication(
  context: UseCaseContext,
  actor: Actor,
  input: z.input<typeof returnSchema> | RawInput,
): Promise<PublicationItemRow> {
  const valid = parseInput(returnSchema, input);
  return runReviewCommand(context, actor, {
    itemId: valid.itemId,
    expectedVersion: valid.expectedVersion,
    action: 'publication.review',
    command: () => ({ type: 'returnToContributor', reason: valid.reason }),
    save: async () => ({ eventKind: 'publication.returned', payload: {} }),
  });
}
