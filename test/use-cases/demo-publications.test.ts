import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { queryRows } from '../../src/db/query-rows.ts';
import { findAgencyBySlug, type AgencyRow } from '../../src/db/repositories/agencies.ts';
import { listPublicationSignOffs } from '../../src/db/repositories/publications.ts';
import { findUserByUsername } from '../../src/db/repositories/users.ts';
import { verifyEventLog } from '../../src/use-cases/audit/verify-event-log.ts';
import { staffActorOf } from '../../src/use-cases/auth/sessions.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { loadDemo } from '../../src/use-cases/demo/load-demo.ts';
import { listPublicationItems } from '../../src/use-cases/publications/list-publication-items.ts';
import { listPublishedItems } from '../../src/use-cases/publications/list-published-items.ts';
import { contextFor, testSystemActor } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';

// The demo is loaded with the clock on Thursday 26 November 2026, 10:00 Beijing time.
const now = () => new Date('2026-11-26T10:00:00+08:00');
let handle: DatabaseHandle;
let context: UseCaseContext;
let agency: AgencyRow;
let first: Awaited<ReturnType<typeof loadDemo>>;

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  first = await loadDemo(context, { actor: testSystemActor, passwordFor: () => 'demo-password-42' });
  const found = await findAgencyBySlug(handle.db, 'demo');
  if (!found) throw new Error('demo agency missing');
  agency = found;
}, 180_000);
afterAll(async () => handle.close());

async function actorOf(username: string) {
  const user = await findUserByUsername(handle.db, username);
  if (!user) throw new Error(`${username} missing`);
  return staffActorOf(user);
}

async function titlesOf(username: string, filter: string): Promise<string[]> {
  const list = await listPublicationItems(context, await actorOf(username), { agencyId: agency.id, filter });
  return list.entries.map((entry) => entry.title);
}

describe('demo 主动公开 catalogue', () => {
  it('publishes twelve items with 索引号 in order of publication, and lists none withdrawn', async () => {
    expect(first.publications.warnings).toEqual([]);
    expect(first.publications.created).toHaveLength(17);
    const portal = await listPublishedItems(context, { agencyId: agency.id });
    expect(portal.total).toBe(12);
    // Default pattern {code}/{yyyy}-{nnnnn}; number 10 went to the item withdrawn later.
    const code = '11330400MB00000281/2025-';
    expect(portal.items.map((item) => [item.publishedOn, item.indexNumber])).toEqual([
      ['2025-10-15', `${code}00013`],
      ['2025-08-22', `${code}00012`],
      ['2025-07-25', `${code}00011`],
      ['2025-06-13', `${code}00009`],
      ['2025-05-16', `${code}00008`],
      ['2025-05-09', `${code}00007`],
      ['2025-04-03', `${code}00006`],
      ['2025-03-24', `${code}00005`],
      ['2025-03-14', `${code}00004`],
      ['2025-02-21', `${code}00003`],
      ['2025-01-10', `${code}00002`],
      ['2025-01-08', `${code}00001`],
    ]);
    const normative = portal.items.find((item) => item.documentNumber === '示商规〔2025〕1号');
    expect(normative).toMatchObject({
      isNormativeDocument: true,
      statutoryItem: 'article20.1',
      validity: 'effective',
      effectiveOn: '2025-04-10',
      validUntil: '2030-04-09',
    });
    const items = new Set(portal.items.map((item) => item.statutoryItem));
    for (const item of ['article20.1', 'article20.5', 'article20.7', 'article20.9'])
      expect(items).toContain(item);
    expect(
      (await listPublishedItems(context, { agencyId: agency.id, query: '招标公告' })).items,
    ).toHaveLength(1);
  });

  it('signs every published item at three levels by the demo reviewers, and keeps the withdrawal reason', async () => {
    const published = await listPublicationItems(context, await actorOf('reviewer3'), {
      agencyId: agency.id,
      filter: 'published',
    });
    expect(published.total).toBe(12);
    for (const entry of published.entries) {
      const signOffs = await listPublicationSignOffs(handle.db, entry.itemId);
      expect(signOffs.map((signOff) => [signOff.level, signOff.decision, signOff.reviewerName])).toEqual([
        [1, 'approved', '赵初审'],
        [2, 'approved', '钱复审'],
        [3, 'approved', '孙终审'],
      ]);
      expect(signOffs[0]?.isConfidentialityCleared).toBe(true);
    }
    const withdrawn = await listPublicationItems(context, await actorOf('reviewer3'), {
      agencyId: agency.id,
      filter: 'withdrawn',
    });
    expect(
      withdrawn.entries.map((entry) => [entry.title, entry.indexNumber, entry.withdrawalReason]),
    ).toEqual([
      [
        '2025年第一批外贸发展专项资金拟支持项目公示',
        '11330400MB00000281/2025-00010',
        '公示名单中一家企业名称有误，已撤回核对，更正后另行公示',
      ],
    ]);
  });

  it('gives the contributor and each reviewer a task, and flags the one item published late', async () => {
    expect(await titlesOf('contributor', 'myTasks')).toEqual(['示例市商务局2026年政府信息公开工作要点']);
    expect(await titlesOf('reviewer1', 'myTasks')).toEqual([
      '示例市促进消费提质扩容若干措施（征求意见稿）起草说明',
    ]);
    expect(await titlesOf('reviewer2', 'myTasks')).toEqual([
      '示例市商务局关于2026年度外贸发展专项资金项目申报的通知',
    ]);
    expect(await titlesOf('reviewer3', 'myTasks')).toEqual(['示例市成品油零售网点布局规划（2026—2030年）']);
    // Formed 1 Sep 2025, due 28 Sep 2025 (20 working days, the Sunday make-up day counted), published 15 Oct.
    const late = await listPublicationItems(context, await actorOf('reviewer3'), {
      agencyId: agency.id,
      filter: 'late',
    });
    expect(late.entries.map((entry) => [entry.title, entry.timeliness?.dueDate])).toEqual([
      ['示例市商务系统突发事件应急预案（2025年修订）', '2025-09-28'],
    ]);
  });

  it('writes an event for every step, and adds nothing on a second run', async () => {
    // 12 published × 6 steps, the withdrawn item 7, in review 2 + 3 + 4, the draft 1.
    const counted = async () =>
      (
        await queryRows<{ count: number }>(
          handle.db,
          sql`select count(*)::int as count from events
              where agency_id = ${agency.id} and subject_type = 'publicationItem'`,
        )
      )[0]?.count;
    expect(await counted()).toBe(89);
    expect((await verifyEventLog(handle.db)).problems).toEqual([]);
    const again = await loadDemo(context, { actor: testSystemActor });
    expect(again.publications).toEqual({ created: [], skipped: 17, warnings: [] });
    expect(await counted()).toBe(89);
  });
});
