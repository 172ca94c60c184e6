import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { appendEvent, listEventsForSubject } from '../../src/db/repositories/event-log.ts';
import { verifyEventLog } from '../../src/use-cases/audit/verify-event-log.ts';
import { contextFor, makeAgency } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe('append-only event log', () => {
  it('chains events per agency and verifies', async () => {
    const context = contextFor(handle);
    const agency = await makeAgency(context);
    for (let index = 0; index < 5; index += 1) {
      await handle.db.transaction((transaction) =>
        appendEvent(transaction, {
          agencyId: agency.id,
          actor: 'system:test',
          kind: 'test.step',
          subjectType: 'test',
          subjectId: 'subject-1',
          payload: { index, 文字: '中文', nested: { b: 2, a: 1 } },
          occurredAt: new Date('2025-03-03T01:02:03.456Z'),
        }),
      );
    }
    const chainEvents = await listEventsForSubject(handle.db, {
      subjectType: 'test',
      subjectId: 'subject-1',
    });
    expect(chainEvents.map((event) => event.sequence)).toEqual([2, 3, 4, 5, 6]);
    expect(chainEvents[0]?.occurredAt).toBe('2025-03-03T01:02:03.456Z');
    const report = await verifyEventLog(handle.db, { chain: agency.id });
    expect(report).toEqual({ chains: 1, events: 6, problems: [] });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of events', async () => {
    await expect(handle.db.execute(sql`update events set kind = 'x'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from events`)).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate events`)).rejects.toThrow();
  });

  it('detects tampering done behind the trigger’s back', async () => {
    const context = contextFor(handle);
    const agency = await makeAgency(context);
    await handle.db.transaction((transaction) =>
      appendEvent(transaction, {
        agencyId: agency.id,
        actor: 'system:test',
        kind: 'test.secret',
        subjectType: 'test',
        subjectId: 'tamper',
        payload: { amount: 100 },
        occurredAt: new Date('2025-03-04T00:00:00Z'),
      }),
    );
    await handle.execute(`
      alter table events disable trigger events_no_update_delete;
      update events set payload = '{"amount": 1}' where subject_id = 'tamper';
      alter table events enable trigger events_no_update_delete;`);
    const report = await verifyEventLog(handle.db, { chain: agency.id });
    expect(report.problems.map((problem) => problem.problem)).toEqual(['hash-mismatch']);
  });

  it('never forks a chain under concurrent writers', async () => {
    const context = contextFor(handle);
    const agency = await makeAgency(context);
    const writers = 8;
    const perWriter = 10;
    await Promise.all(
      Array.from({ length: writers }, (_unused, writer) =>
        (async () => {
          for (let index = 0; index < perWriter; index += 1) {
            await handle.db.transaction(async (transaction) => {
              await appendEvent(transaction, {
                agencyId: agency.id,
                actor: `system:writer-${writer}`,
                kind: 'test.concurrent',
                subjectType: 'test',
                subjectId: `w${writer}`,
                payload: { writer, index },
                occurredAt: new Date(),
              });
              // Hold the transaction open a little so the writers really overlap.
              await transaction.execute(sql`select pg_sleep(0.002)`);
            });
          }
        })(),
      ),
    );
    const report = await verifyEventLog(handle.db, { chain: agency.id });
    expect(report.problems).toEqual([]);
    expect(report.events).toBe(1 + writers * perWriter);
  });

  it('rolls the event back with the change when the transaction fails', async () => {
    const context = contextFor(handle);
    const agency = await makeAgency(context);
    await expect(
      handle.db.transaction(async (transaction) => {
        await appendEvent(transaction, {
          agencyId: agency.id,
          actor: 'system:test',
          kind: 'test.rolled-back',
          subjectType: 'test',
          subjectId: 'rollback',
          payload: {},
          occurredAt: new Date(),
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await listEventsForSubject(handle.db, { subjectType: 'test', subjectId: 'rollback' })).toEqual([]);
    expect((await verifyEventLog(handle.db, { chain: agency.id })).problems).toEqual([]);
  });
});
