import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { passwordProblem } from '../../domain/access/password-policy.ts';
import { assertMay, AccessDeniedError } from '../../domain/access/policy.ts';
import { roles } from '../../domain/access/roles.ts';
import { agencyTarget, findAgencyBySlug } from '../../db/repositories/agencies.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { findUserByUsername, insertUser, type UserRow } from '../../db/repositories/users.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ConflictError, ValidationError } from '../errors.ts';
import { hashPassword } from '../auth/password-hash.ts';

export const userInputSchema = z.object({
  agencySlug: z.string().trim().min(1, '请选择所属机关'),
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, '用户名须为3至40位小写字母、数字、点、下划线或连字符'),
  displayName: z.string().trim().min(1, '请填写姓名').max(50, '姓名不能超过50个字符'),
  password: z.string().refine((value) => passwordProblem(value) === null, {
    message: '密码至少10个字符，且同时包含字母和数字',
  }),
  roles: z.array(z.enum(roles, { message: '角色不正确' })).min(1, '请至少选择一个角色'),
});

export type UserInput = z.input<typeof userInputSchema>;

/** Creates a staff account (agency administrators for their own agency; system administrators anywhere). */
export async function createUser(
  context: UseCaseContext,
  actor: Actor,
  input: UserInput | RawInput,
): Promise<UserRow> {
  const valid = parseInput(userInputSchema, input);
  const passwordHash = await hashPassword(valid.password);
  return context.db.transaction(async (transaction) => {
    const agency = await findAgencyBySlug(transaction, valid.agencySlug);
    if (!agency) throw new ValidationError(`机关“${valid.agencySlug}”不存在`, { agencySlug: '机关不存在' });
    assertMay(actor, 'user.manage', await agencyTarget(transaction, agency.id));
    const grantsSystemAdmin = valid.roles.includes('systemAdmin');
    const isSystemAdmin =
      actor.kind === 'system' || (actor.kind === 'staff' && actor.roles.includes('systemAdmin'));
    if (grantsSystemAdmin && !isSystemAdmin)
      throw new AccessDeniedError('只有系统管理员可以授予系统管理员角色');
    if (await findUserByUsername(transaction, valid.username))
      throw new ConflictError(`用户名“${valid.username}”已存在`);
    const now = context.now();
    const user = await insertUser(transaction, {
      id: randomUUID(),
      agencyId: agency.id,
      username: valid.username,
      displayName: valid.displayName,
      passwordHash,
      roles: [...new Set(valid.roles)],
      passwordChangedAt: now,
      createdAt: now,
    });
    await appendEvent(transaction, {
      agencyId: agency.id,
      actor: describeActor(actor),
      kind: 'user.created',
      subjectType: 'user',
      subjectId: user.id,
      payload: { username: user.username, displayName: user.displayName, roles: user.roles },
      occurredAt: now,
    });
    return user;
  });
}
