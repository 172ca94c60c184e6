import { appendEvent } from '../../db/repositories/event-log.ts';
import { findUserByUsername, insertSession, updateUser, type UserRow } from '../../db/repositories/users.ts';
import type { UseCaseContext } from '../context.ts';
import { decoyPasswordHash, verifyPassword } from './password-hash.ts';
import { newSessionToken, sessionIdleMilliseconds } from './sessions.ts';

/** After this many wrong passwords in a row, the account is locked for `lockMinutes`. */
export const maximumFailedLogins = 5;
export const lockMinutes = 15;

export class LoginFailedError extends Error {
  constructor(message = '用户名或密码错误') {
    super(message);
    this.name = 'LoginFailedError';
  }
}

/**
 * Checks a username and password and opens a server-side session. The same message answers an
 * unknown user and a wrong password, and both take an argon2 verification (no user enumeration).
 */
export async function logIn(
  context: UseCaseContext,
  credentials: { username: string; password: string; clientAddress: string },
): Promise<{ token: string; user: UserRow }> {
  const username = credentials.username.trim().toLowerCase();
  const user = await findUserByUsername(context.db, username);
  const isPasswordRight = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    credentials.password,
  );
  if (!user || !user.isActive) throw new LoginFailedError();
  const now = context.now();
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new LoginFailedError(`连续登录失败次数过多，账号已暂时锁定，请${lockMinutes}分钟后再试`);
  }
  if (!isPasswordRight) {
    await context.db.transaction(async (transaction) => {
      const failedLoginCount = user.failedLoginCount + 1;
      const isLocking = failedLoginCount >= maximumFailedLogins;
      await updateUser(transaction, user.id, {
        failedLoginCount: isLocking ? 0 : failedLoginCount,
        lockedUntil: isLocking ? new Date(now.getTime() + lockMinutes * 60_000) : user.lockedUntil,
      });
      await appendEvent(transaction, {
        agencyId: user.agencyId,
        actor: 'public',
        kind: isLocking ? 'user.locked' : 'user.login-failed',
        subjectType: 'user',
        subjectId: user.id,
        payload: { clientAddress: credentials.clientAddress },
        occurredAt: now,
      });
    });
    throw new LoginFailedError();
  }
  const { token, tokenHash } = newSessionToken();
  await context.db.transaction(async (transaction) => {
    await insertSession(transaction, {
      tokenHash,
      userId: user.id,
      agencyId: user.agencyId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionIdleMilliseconds),
    });
    await updateUser(transaction, user.id, { failedLoginCount: 0, lockedUntil: null });
    await appendEvent(transaction, {
      agencyId: user.agencyId,
      actor: `staff:${user.id}`,
      kind: 'user.logged-in',
      subjectType: 'user',
      subjectId: user.id,
      payload: { clientAddress: credentials.clientAddress },
      occurredAt: now,
    });
  });
  return { token, user };
}
