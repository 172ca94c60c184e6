import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { apiTokens, users } from '../schema/index.ts';
import type { UserRow } from './users.ts';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertApiToken(
  executor: Executor,
  row: typeof apiTokens.$inferInsert,
): Promise<ApiTokenRow> {
  const [inserted] = await executor.insert(apiTokens).values(row).returning();
  if (!inserted) throw new Error('api token insert returned nothing');
  return inserted;
}

/** The live (not revoked) token of a hash, with its user. */
export async function findLiveApiToken(
  executor: Executor,
  tokenHash: string,
): Promise<{ token: ApiTokenRow; user: UserRow } | undefined> {
  const [row] = await executor
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function touchApiToken(
  executor: Executor,
  options: { tokenId: string; usedAt: Date },
): Promise<void> {
  await executor
    .update(apiTokens)
    .set({ lastUsedAt: options.usedAt })
    .where(eq(apiTokens.id, options.tokenId));
}
