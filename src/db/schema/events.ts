import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';

/**
 * The append-only event log (architecture rule 6; Art. 45 records). One hash chain per `chain`
 * (an agency id, or `system` for events that belong to no agency). Rows are never updated or
 * deleted: a trigger (see the migration) refuses UPDATE and DELETE.
 */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    chain: text('chain').notNull(),
    sequence: bigint('sequence', { mode: 'number' }).notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    actor: text('actor').notNull(),
    kind: text('kind').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    payload: jsonb('payload').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string', precision: 3 }).notNull(),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    unique('events_chain_sequence_key').on(table.chain, table.sequence),
    index('events_subject_idx').on(table.subjectType, table.subjectId),
    index('events_agency_idx').on(table.agencyId, table.id),
  ],
);

/** The head of each chain; appends lock this row, so concurrent writers cannot fork a chain. */
export const eventChainHeads = pgTable('event_chain_heads', {
  chain: text('chain').primaryKey(),
  sequence: bigint('sequence', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
