import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { findUserById } from '../../src/db/repositories/users.ts';
import { listEventsForSubject } from '../../src/db/repositories/event-log.ts';
import { changePassword } from '../../src/use-cases/auth/change-password.ts';
import { logIn, LoginFailedError, maximumFailedLogins } from '../../src/use-cases/auth/log-in.ts';
import { logOut } from '../../src/use-cases/auth/log-out.ts';
import { resolveSession, sessionIdleMilliseconds } from '../../src/use-cases/auth/sessions.ts';
import { ValidationError } from '../../src/use-cases/errors.ts';
import { contextFor, makeAgency, makeStaff, manualClock, testPassword } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

async function staffWithClock() {
  const clock = manualClock();
  const context = contextFor(handle, clock.now);
  const agency = await makeAgency(context);
  const { user } = await makeStaff(context, { agency, roles: ['caseHandler'] });
  return { clock, context, agency, user };
}

describe('login, sessions and logout', () => {
  it('stores an argon2id hash, never the password', async () => {
    const { user } = await staffWithClock();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(testPassword);
  });

  it('opens a session for the right password and resolves it to a staff actor', async () => {
    const { context, user } = await staffWithClock();
    const { token } = await logIn(context, {
      username: user.username,
      password: testPassword,
      clientAddress: '127.0.0.1',
    });
    const session = await resolveSession(context, token);
    expect(session?.actor).toEqual({
      kind: 'staff',
      userId: user.id,
      agencyId: user.agencyId,
      roles: ['caseHandler'],
      displayName: '测试用户',
    });
    const kinds = (await listEventsForSubject(handle.db, { subjectType: 'user', subjectId: user.id })).map(
      (event) => event.kind,
    );
    expect(kinds).toEqual(['user.created', 'user.logged-in']);
  });

  it('answers a wrong password and an unknown user with the same message', async () => {
    const { context, user } = await staffWithClock();
    const wrong = logIn(context, {
      username: user.username,
      password: 'wrong-password-1',
      clientAddress: 'x',
    });
    await expect(wrong).rejects.toThrow(new LoginFailedError('用户名或密码错误'));
    const unknown = logIn(context, {
      username: 'nobody-here',
      password: 'wrong-password-1',
      clientAddress: 'x',
    });
    await expect(unknown).rejects.toThrow(new LoginFailedError('用户名或密码错误'));
  });

  it('locks the account after repeated failures, even for the right password, and unlocks later', async () => {
    const { clock, context, user } = await staffWithClock();
    for (let attempt = 0; attempt < maximumFailedLogins; attempt += 1) {
      await expect(
        logIn(context, { username: user.username, password: 'wrong-password-1', clientAddress: 'x' }),
      ).rejects.toThrow(LoginFailedError);
    }
    await expect(
      logIn(context, { username: user.username, password: testPassword, clientAddress: 'x' }),
    ).rejects.toThrow(/暂时锁定/);
    clock.advance(16 * 60_000);
    await expect(
      logIn(context, { username: user.username, password: testPassword, clientAddress: 'x' }),
    ).resolves.toBeDefined();
  });

  it('expires an idle session and keeps an active one alive', async () => {
    const { clock, context, user } = await staffWithClock();
    const { token } = await logIn(context, {
      username: user.username,
      password: testPassword,
      clientAddress: 'x',
    });
    clock.advance(sessionIdleMilliseconds - 60_000);
    expect(await resolveSession(context, token)).toBeDefined();
    clock.advance(sessionIdleMilliseconds - 60_000);
    expect(await resolveSession(context, token)).toBeDefined();
    clock.advance(sessionIdleMilliseconds + 1);
    expect(await resolveSession(context, token)).toBeUndefined();
  });

  it('ends the session on logout, twice harmlessly', async () => {
    const { context, user } = await staffWithClock();
    const { token } = await logIn(context, {
      username: user.username,
      password: testPassword,
      clientAddress: 'x',
    });
    await logOut(context, token);
    await logOut(context, token);
    expect(await resolveSession(context, token)).toBeUndefined();
    expect(await resolveSession(context, 'forged-token')).toBeUndefined();
  });

  it('changes the password only with the current one, and ends other sessions', async () => {
    const { context, user } = await staffWithClock();
    const { token } = await logIn(context, {
      username: user.username,
      password: testPassword,
      clientAddress: 'x',
    });
    const session = await resolveSession(context, token);
    const actor = session!.actor;
    await expect(
      changePassword(context, actor, {
        currentPassword: 'nope',
        newPassword: 'new-password-77',
        confirmation: 'new-password-77',
      }),
    ).rejects.toThrow('当前密码不正确');
    await expect(
      changePassword(context, actor, {
        currentPassword: testPassword,
        newPassword: 'short1',
        confirmation: 'short1',
      }),
    ).rejects.toThrow(ValidationError);
    const before = (await findUserById(handle.db, user.id))!.passwordHash;
    await changePassword(context, actor, {
      currentPassword: testPassword,
      newPassword: 'new-password-77',
      confirmation: 'new-password-77',
    });
    expect((await findUserById(handle.db, user.id))!.passwordHash).not.toBe(before);
    expect(await resolveSession(context, token)).toBeUndefined();
    await expect(
      logIn(context, { username: user.username, password: 'new-password-77', clientAddress: 'x' }),
    ).resolves.toBeDefined();
  });

  it('refuses a disabled account', async () => {
    const { context, user } = await staffWithClock();
    const { token } = await logIn(context, {
      username: user.username,
      password: testPassword,
      clientAddress: 'x',
    });
    const { updateUser } = await import('../../src/db/repositories/users.ts');
    await updateUser(handle.db, user.id, { isActive: false });
    expect(await resolveSession(context, token)).toBeUndefined();
    await expect(
      logIn(context, { username: user.username, password: testPassword, clientAddress: 'x' }),
    ).rejects.toThrow(LoginFailedError);
  });
});
