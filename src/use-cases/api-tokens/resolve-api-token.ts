import type { StaffActor } from '../../domain/access/actor.ts';
import { findLiveApiToken, touchApiToken } from '../../db/repositories/api-tokens.ts';
import { hashSessionToken, staffActorOf } from '../auth/sessions.ts';
import type { UseCaseContext } from '../context.ts';
import { apiTokenPrefix } from './create-api-token.ts';

/** Record the last use at most this often, so every API call does not write. */
const touchIntervalMilliseconds = 5 * 60 * 1000;

/** The staff actor an API token stands for; undefined for an unknown, revoked or disabled one. */
export async function resolveApiToken(
  context: UseCaseContext,
  token: string,
): Promise<StaffActor | undefined> {
  if (!token.startsWith(apiTokenPrefix) || token.length > 100) return undefined;
  const found = await findLiveApiToken(context.db, hashSessionToken(token));
  if (!found || !found.user.isActive || found.user.agencyId !== found.token.agencyId) return undefined;
  const now = context.now();
  const lastUsed = found.token.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - lastUsed > touchIntervalMilliseconds) {
    await touchApiToken(context.db, { tokenId: found.token.id, usedAt: now });
  }
  return staffActorOf(found.user);
}
