import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import { queryRows } from '../query-rows.ts';
import type { Executor } from '../database.ts';
import { sessions, users } from '../schema/index.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;

export async function insertUser(executor: Executor, row: NewUserRow): Promise<UserRow> {
  const [inserted] = await executor.insert(users).values(row).returning();
  if (!inserted) throw new Error('user insert returned nothing');
  return inserted;
}

export async function updateUser(
  executor: Executor,
  id: string,
  changes: Partial<NewUserRow>,
): Promise<UserRow> {
  const [updated] = await executor.update(users).set(changes).where(eq(users.id, id)).returning();
  if (!updated) throw new Error(`user ${id} not found`);
  return updated;
}

export async function findUserByUsername(executor: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await executor.select().from(users).where(eq(users.username, username));
  return row;
}

export async function findUserById(executor: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await executor.select().from(users).where(eq(users.id, id));
  return row;
}

export async function listUsersOfAgency(executor: Executor, agencyId: string): Promise<UserRow[]> {
  return executor.select().from(users).where(eq(users.agencyId, agencyId)).orderBy(asc(users.username));
}

export async function insertSession(executor: Executor, row: SessionRow): Promise<void> {
  await executor.insert(sessions).values(row);
}

export async function findLiveSession(
  executor: Executor,
  options: { tokenHash: string; now: Date },
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const [row] = await executor
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, options.tokenHash), gt(sessions.expiresAt, options.now)));
  return row;
}

export async function touchSession(
  executor: Executor,
  options: { tokenHash: string; lastSeenAt: Date; expiresAt: Date },
): Promise<void> {
  await executor
    .update(sessions)
    .set({ lastSeenAt: options.lastSeenAt, expiresAt: options.expiresAt })
    .where(eq(sessions.tokenHash, options.tokenHash));
}

export async function deleteSession(executor: Executor, tokenHash: string): Promise<SessionRow | undefined> {
  const [row] = await executor.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning();
  return row;
}

export async function deleteSessionsOfUser(executor: Executor, userId: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(executor: Executor, now: Date): Promise<number> {
  const rows = await executor
    .delete(sessions)
    .where(lt(sessions.expiresAt, now))
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}

export async function countUsers(executor: Executor): Promise<number> {
  const result = await queryRows<{ count: number }>(executor, sql`select count(*)::int as count from users`);
  return Number(result[0]?.count ?? 0);
}
