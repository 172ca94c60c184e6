import type { StaffActor } from '../../domain/access/actor.ts';
import { passwordProblem } from '../../domain/access/password-policy.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { deleteSessionsOfUser, findUserById, updateUser } from '../../db/repositories/users.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';

/** A user changes their own password; every other session of theirs ends. */
export async function changePassword(
  context: UseCaseContext,
  actor: StaffActor,
  input: { currentPassword: string; newPassword: string; confirmation: string },
): Promise<void> {
  const user = await findUserById(context.db, actor.userId);
  if (!user) throw new ValidationError('用户不存在');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError('当前密码不正确', { currentPassword: '当前密码不正确' });
  }
  const problem = passwordProblem(input.newPassword);
  if (problem) throw new ValidationError(problem, { newPassword: problem });
  if (input.newPassword !== input.confirmation) {
    throw new ValidationError('两次输入的新密码不一致', { confirmation: '两次输入的新密码不一致' });
  }
  if (input.newPassword === input.currentPassword) {
    throw new ValidationError('新密码不能与当前密码相同', { newPassword: '新密码不能与当前密码相同' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = context.now();
  await context.db.transaction(async (transaction) => {
    await updateUser(transaction, user.id, { passwordHash, passwordChangedAt: now });
    await deleteSessionsOfUser(transaction, user.id);
    await appendEvent(transaction, {
      agencyId: user.agencyId,
      actor: `staff:${user.id}`,
      kind: 'user.password-changed',
      subjectType: 'user',
      subjectId: user.id,
      payload: {},
      occurredAt: now,
    });
  });
}
