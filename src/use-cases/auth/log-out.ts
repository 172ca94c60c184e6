import { appendEvent } from '../../db/repositories/event-log.ts';
import { deleteSession } from '../../db/repositories/users.ts';
import type { UseCaseContext } from '../context.ts';
import { hashSessionToken } from './sessions.ts';

/** Ends a session; logging out twice is harmless. */
export async function logOut(context: UseCaseContext, token: string): Promise<void> {
  await context.db.transaction(async (transaction) => {
    const session = await deleteSession(transaction, hashSessionToken(token));
    if (!session) return;
    await appendEvent(transaction, {
      agencyId: session.agencyId,
      actor: `staff:${session.userId}`,
      kind: 'user.logged-out',
      subjectType: 'user',
      subjectId: session.userId,
      payload: {},
      occurredAt: context.now(),
    });
  });
}
