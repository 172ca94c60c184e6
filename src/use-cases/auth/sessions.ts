import { createHash, randomBytes } from 'node:crypto';
import type { StaffActor } from '../../domain/access/actor.ts';
import { isRole } from '../../domain/access/roles.ts';
import { findLiveSession, touchSession, type UserRow } from '../../db/repositories/users.ts';
import type { UseCaseContext } from '../context.ts';

/** Sliding session lifetime: a session unused for this long expires. */
export const sessionIdleMilliseconds = 8 * 60 * 60 * 1000;
/** Refresh the expiry at most this often, so every request does not write. */
const touchIntervalMilliseconds = 5 * 60 * 1000;

export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function staffActorOf(user: UserRow): StaffActor {
  return {
    kind: 'staff',
    userId: user.id,
    agencyId: user.agencyId,
    roles: user.roles.filter(isRole),
    displayName: user.displayName,
  };
}

export type ResolvedSession = { actor: StaffActor; user: UserRow; tokenHash: string };

/** The signed-in staff member for a session token, or undefined when unknown, expired or disabled. */
export async function resolveSession(
  context: UseCaseContext,
  token: string,
): Promise<ResolvedSession | undefined> {
  if (!token || token.length > 100) return undefined;
  const tokenHash = hashSessionToken(token);
  const now = context.now();
  const found = await findLiveSession(context.db, { tokenHash, now });
  if (!found || !found.user.isActive) return undefined;
  if (now.getTime() - found.session.lastSeenAt.getTime() > touchIntervalMilliseconds) {
    await touchSession(context.db, {
      tokenHash,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionIdleMilliseconds),
    });
  }
  return { actor: staffActorOf(found.user), user: found.user, tokenHash };
}
