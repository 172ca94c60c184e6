import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { agencyTarget, findAgencyBySlug } from '../../db/repositories/agencies.ts';
import { insertApiToken } from '../../db/repositories/api-tokens.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { findUserByUsername } from '../../db/repositories/users.ts';
import { parseInput } from '../agencies/agency-input.ts';
import { hashSessionToken } from '../auth/sessions.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';

/** Prefix that makes a leaked token recognisable (secret scanners, logs). */
export const apiTokenPrefix = 'gk_';

const inputSchema = z.object({
  agencySlug: z.string().trim().min(1, '请指定机关'),
  username: z.string().trim().min(1, '请指定用户'),
  label: z.string().trim().max(100, '说明不能超过100个字').default(''),
});

export type CreatedApiToken = { tokenId: string; token: string; username: string; agencySlug: string };

/**
 * Creates an API token for a user of an agency (`gongkai token add`): the token acts as that user
 * with the user's roles. Only its SHA-256 is stored; the token is returned this once.
 */
export async function createApiToken(
  context: UseCaseContext,
  actor: Actor,
  input: { agencySlug: string; username: string; label?: string },
): Promise<CreatedApiToken> {
  const valid = parseInput(inputSchema, input);
  return context.db.transaction(async (transaction) => {
    const agency = await findAgencyBySlug(transaction, valid.agencySlug);
    if (!agency) throw new ValidationError(`机关“${valid.agencySlug}”不存在`, { agencySlug: '机关不存在' });
    assertMay(actor, 'apiToken.manage', await agencyTarget(transaction, agency.id));
    const user = await findUserByUsername(transaction, valid.username);
    if (!user || user.agencyId !== agency.id) {
      throw new ValidationError(`机关“${agency.slug}”没有用户“${valid.username}”`, {
        username: '用户不存在',
      });
    }
    if (!user.isActive) throw new ValidationError('该用户已停用', { username: '该用户已停用' });
    const token = `${apiTokenPrefix}${randomBytes(32).toString('base64url')}`;
    const now = context.now();
    const row = await insertApiToken(transaction, {
      id: randomUUID(),
      tokenHash: hashSessionToken(token),
      agencyId: agency.id,
      userId: user.id,
      label: valid.label,
      createdAt: now,
    });
    await appendEvent(transaction, {
      agencyId: agency.id,
      actor: describeActor(actor),
      kind: 'apiToken.created',
      subjectType: 'apiToken',
      subjectId: row.id,
      payload: { userId: user.id, label: valid.label },
      occurredAt: now,
    });
    return { tokenId: row.id, token, username: user.username, agencySlug: agency.slug };
  });
}
