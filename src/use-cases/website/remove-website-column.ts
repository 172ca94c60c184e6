import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { deleteWebsiteColumn, websiteColumnSubjectType } from '../../db/repositories/website.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { findWebsiteAgency } from './find-website-agency.ts';

/**
 * Removes a column from the checked ones (`website.manage`); earlier runs keep what they found.
 * Writes `website.columnRemoved` with the whole row.
 */
export async function removeWebsiteColumn(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; columnId: string },
): Promise<void> {
  await context.db.transaction(async (transaction) => {
    const agency = await findWebsiteAgency(transaction, {
      actor,
      agencyId: input.agencyId,
      action: 'website.manage',
    });
    const removed = await deleteWebsiteColumn(transaction, { agencyId: agency.id, columnId: input.columnId });
    if (!removed) throw new NotFoundError('栏目不存在或已删除');
    await appendEvent(transaction, {
      agencyId: agency.id,
      actor: describeActor(actor),
      kind: 'website.columnRemoved',
      subjectType: websiteColumnSubjectType,
      subjectId: removed.id,
      payload: { name: removed.name, url: removed.url, kind: removed.kind },
      occurredAt: context.now(),
    });
  });
}
