import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import type { ReviewCommand } from '../../domain/publications/review-command.ts';
import type { PublicationItemRow } from '../../db/repositories/publications.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { itemCommandSchema } from './publication-input.ts';
import { runReviewCommand } from './run-review-command.ts';

const signOffSchema = itemCommandSchema.extend({
  opinion: z.string({ error: '请填写审核意见' }).trim().max(2000, '审核意见不能超过2000个字'),
  /** Level 1 only: the reviewer confirms the 保密审查 (Art. 17). */
  isConfidentialityCleared: z.boolean().default(false),
});

/** A reviewer approves the level the item waits for (初审 with 保密审查, 复审 or 终审), with an opinion. */
export async function signOffPublication(
  context: UseCaseContext,
  actor: Actor,
  input: z.input<typeof signOffSchema> | RawInput,
): Promise<PublicationItemRow> {
  const valid = parseInput(signOffSchema, input);
  return runReviewCommand(context, actor, {
    itemId: valid.itemId,
    expectedVersion: valid.expectedVersion,
    action: 'publication.review',
    command: (_findings, row): ReviewCommand => {
      if (row.status === 'firstReviewed') return { type: 'approveSecondReview', opinion: valid.opinion };
      if (row.status === 'secondReviewed') return { type: 'approveFinalReview', opinion: valid.opinion };
      return {
        type: 'approveFirstReview',
        opinion: valid.opinion,
        isConfidentialityCleared: valid.isConfidentialityCleared,
      };
    },
    save: async () => ({ eventKind: 'publication.signedOff', payload: {} }),
  });
}
