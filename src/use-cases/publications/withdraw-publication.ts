import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import type { PublicationItemRow } from '../../db/repositories/publications.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { itemCommandSchema } from './publication-input.ts';
import { runReviewCommand } from './run-review-command.ts';

const withdrawSchema = itemCommandSchema.extend({
  reason: z.string({ error: '请填写撤回理由' }).trim().max(2000, '撤回理由不能超过2000个字'),
});

/**
 * 撤回: a published item leaves the portal, with its reason. Its 索引号 and publication time stay
 * on the record (the number is never reused).
 */
export async function withdrawPublication(
  context: UseCaseContext,
  actor: Actor,
  input: z.input<typeof withdrawSchema> | RawInput,
): Promise<PublicationItemRow> {
  const valid = parseInput(withdrawSchema, input);
  return runReviewCommand(context, actor, {
    itemId: valid.itemId,
    expectedVersion: valid.expectedVersion,
    action: 'publication.review',
    command: () => ({ type: 'withdraw', reason: valid.reason }),
    save: async ({ now }) => ({
      changes: { withdrawnAt: now, withdrawalReason: valid.reason },
      eventKind: 'publication.withdrawn',
      payload: { reason: valid.reason },
    }),
  });
}
