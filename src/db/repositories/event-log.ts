import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { eventChainHeads, events } from '../schema/index.ts';
import { genesisHash, hashEvent, type ChainedEvent } from '../../domain/audit/event-chain.ts';

export const systemChain = 'system';

export type NewEvent = {
  /** The agency the change belongs to; null for events of no agency (the `system` chain). */
  agencyId: string | null;
  /** Who did it: `staff:<user id>`, `system:<name>` or `public` (see describeActor). */
  actor: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
};

/**
 * Appends an event to its agency's chain. Must run inside the transaction of the change it records.
 * The chain head row is locked (SELECT … FOR UPDATE) so concurrent appends to one chain serialise
 * and can never fork it; the unique (chain, sequence) constraint is the second line of defence.
 */
export async function appendEvent(executor: Executor, event: NewEvent): Promise<ChainedEvent> {
  const chain = event.agencyId ?? systemChain;
  await executor
    .insert(eventChainHeads)
    .values({ chain, sequence: 0, hash: genesisHash })
    .onConflictDoNothing();
  const [head] = await executor
    .select()
    .from(eventChainHeads)
    .where(eq(eventChainHeads.chain, chain))
    .for('update');
  if (!head) throw new Error(`event chain head ${chain} missing`);
  const content = {
    chain,
    sequence: head.sequence + 1,
    agencyId: event.agencyId,
    actor: event.actor,
    kind: event.kind,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    payload: event.payload,
    occurredAt: event.occurredAt.toISOString(),
    previousHash: head.hash,
  };
  const hash = hashEvent(content);
  const [row] = await executor
    .insert(events)
    .values({ ...content, hash })
    .returning({ id: events.id });
  await executor
    .update(eventChainHeads)
    .set({ sequence: content.sequence, hash })
    .where(eq(eventChainHeads.chain, chain));
  return { ...content, id: row?.id ?? 0, hash };
}

function toChainedEvent(row: typeof events.$inferSelect): ChainedEvent {
  return {
    id: row.id,
    chain: row.chain,
    sequence: row.sequence,
    agencyId: row.agencyId,
    actor: row.actor,
    kind: row.kind,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    payload: row.payload,
    occurredAt: new Date(row.occurredAt).toISOString(),
    previousHash: row.previousHash,
    hash: row.hash,
  };
}

export async function listChains(
  executor: Executor,
): Promise<Array<{ chain: string; sequence: number; hash: string }>> {
  return executor.select().from(eventChainHeads).orderBy(asc(eventChainHeads.chain));
}

/** The events of one chain in sequence order, read in pages to bound memory. */
export async function* readChain(
  executor: Executor,
  chain: string,
  pageSize = 5000,
): AsyncGenerator<ChainedEvent[]> {
  let after = 0;
  for (;;) {
    const rows = await executor
      .select()
      .from(events)
      .where(sql`${events.chain} = ${chain} and ${events.sequence} > ${after}`)
      .orderBy(asc(events.sequence))
      .limit(pageSize);
    if (rows.length === 0) return;
    yield rows.map(toChainedEvent);
    after = rows[rows.length - 1]?.sequence ?? after;
  }
}

export async function listEventsForSubject(
  executor: Executor,
  subject: { subjectType: string; subjectId: string },
): Promise<ChainedEvent[]> {
  const rows = await executor
    .select()
    .from(events)
    .where(sql`${events.subjectType} = ${subject.subjectType} and ${events.subjectId} = ${subject.subjectId}`)
    .orderBy(asc(events.id));
  return rows.map(toChainedEvent);
}
