import type { Actor } from '../../domain/access/actor.ts';
import { may } from '../../domain/access/policy.ts';
import { reviewTaskConditionsOf } from '../../domain/publications/review-tasks.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { countReviewTasks } from '../../db/repositories/publications.ts';
import type { UseCaseContext } from '../context.ts';

/**
 * How many catalogue items wait for this member of staff in their agency (their drafts to finish,
 * the reviews at their level), or null when they have no part in the catalogue.
 */
export async function countPublicationTasks(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string },
): Promise<number | null> {
  if (actor.kind !== 'staff') return null;
  const target = await agencyTarget(context.db, input.agencyId);
  if (!may(actor, 'publication.contribute', target).isAllowed) return null;
  return countReviewTasks(context.db, {
    agencyId: input.agencyId,
    userId: actor.userId,
    conditions: reviewTaskConditionsOf({ userId: actor.userId, roles: actor.roles }),
  });
}
