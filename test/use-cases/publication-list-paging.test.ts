import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import {
  listPublicationItems,
  type PublicationList,
} from '../../src/use-cases/publications/list-publication-items.ts';
import { createTestDatabase } from '../support/test-database.ts';
import { makeAgency, makeStaff, manualClock } from '../support/factories.ts';

/**
 * 670 items inserted in one statement (numbered in `summary`; item n changed n minutes before the
 * clock, so the list order is 1, 2, 3 …). Today is Mon 2025-03-03.
 * - 1–300 drafts of the author; odd ones formed 2025-01-20 (due 2025-02-21: overdue), even ones
 *   2025-02-20 (due 2025-03-20: pending).
 * - 301–450 submitted (formed 2025-02-20); on 301–320 `both` returned the item at level 2 before.
 * - 451–540 first-reviewed, formed 2025-01-20 (overdue); level 1 signed by `first`, on 451–460 by `both`.
 * - 541–640 published, formed 2025-01-20: on 2025-02-21 (in time) up to 590, on 2025-02-24 (late) after.
 * - 641–660 withdrawn, published late on 2025-02-24 (withdrawn items are never listed as late).
 * - 661–670 drafts of `first`, formed 2018-06-01 (a year the calendar lacks: not computable, not late).
 * Items whose number is a multiple of 10 mention 统计.
 */
let handle: DatabaseHandle;
let context: UseCaseContext;
let agency: AgencyRow;
const staff: Record<'author' | 'first' | 'both' | 'second' | 'final', StaffActor> = {} as never;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

beforeAll(async () => {
  handle = await createTestDatabase();
  const clock = manualClock();
  context = { db: handle.db, now: clock.now };
  agency = await makeAgency(context, { name: '示例市商务局' });
  const make = async (roles: Parameters<typeof makeStaff>[1]['roles']) =>
    (await makeStaff(context, { agency, roles })).actor;
  staff.author = await make(['contributor']);
  staff.first = await make(['reviewer1']);
  staff.both = await make(['reviewer1', 'reviewer2']);
  staff.second = await make(['reviewer2']);
  staff.final = await make(['reviewer3']);
  await handle.db.execute(sql`
    insert into publication_items (id, agency_id, status, index_number, title, summary, body,
      formed_or_changed_on, publishing_organisation, statutory_item, disclosure_method, keywords,
      contributor_id, published_at, published_on, published_by, withdrawn_at, withdrawal_reason,
      search_vector, version, created_at, updated_at)
    select gen_random_uuid(), ${agency.id},
      case when n <= 300 then 'draft' when n <= 450 then 'submitted' when n <= 540 then 'firstReviewed'
           when n <= 640 then 'published' when n <= 660 then 'withdrawn' else 'draft' end,
      case when n between 541 and 660 then 'SY-' || n end,
      '条目' || n, n::text, '正文',
      (case when n > 660 then '2018-06-01' when n <= 300 and n % 2 = 0 then '2025-02-20'
            when n between 301 and 450 then '2025-02-20' else '2025-01-20' end)::date,
      '示例市商务局', 'article20.5', 'proactive', '[]'::jsonb,
      case when n > 660 then ${staff.first.userId}::uuid else ${staff.author.userId}::uuid end,
      case when n between 541 and 590 then '2025-02-21T10:00:00+08:00'::timestamptz
           when n between 591 and 660 then '2025-02-24T10:00:00+08:00'::timestamptz end,
      (case when n between 541 and 590 then '2025-02-21' when n between 591 and 660 then '2025-02-24' end)::date,
      case when n between 541 and 660 then ${staff.final.userId}::uuid end,
      case when n > 640 and n <= 660 then '2025-02-28T10:00:00+08:00'::timestamptz end,
      case when n > 640 and n <= 660 then '内容有误' end,
      case when n % 10 = 0 then array_to_tsvector(array['条', '目', '条目', '统', '计', '统计'])
           else array_to_tsvector(array['条', '目', '条目']) end,
      1, '2025-01-01T00:00:00Z'::timestamptz,
      '2025-03-03T09:00:00+08:00'::timestamptz - make_interval(mins => n)
    from generate_series(1, 670) as n`);
  await handle.db.execute(sql`
    insert into publication_sign_offs (id, agency_id, item_id, item_version, level, decision,
      reviewer_id, opinion, is_confidentiality_cleared, signed_at)
    select gen_random_uuid(), agency_id, id, 0, 2, 'returned', ${staff.both.userId}, '请补充', false,
      '2025-02-25T10:00:00+08:00'::timestamptz
    from publication_items where agency_id = ${agency.id} and summary::int between 301 and 320
    union all
    select gen_random_uuid(), agency_id, id, 0, 1, 'approved',
      case when summary::int <= 460 then ${staff.both.userId}::uuid else ${staff.first.userId}::uuid end,
      '同意', true, '2025-02-25T10:00:00+08:00'::timestamptz
    from publication_items where agency_id = ${agency.id} and summary::int between 451 and 540`);
}, 60_000);
afterAll(async () => {
  await handle.close();
});

/** Every page of a filter; checks the pages fit together and each has the page's rows. */
async function allPages(actor: StaffActor, options: { filter: string; query?: string }) {
  const first = await listPublicationItems(context, actor, { agencyId: agency.id, ...options });
  const lists: PublicationList[] = [first];
  for (let page = 2; page <= first.pageCount; page += 1) {
    lists.push(await listPublicationItems(context, actor, { agencyId: agency.id, ...options, page }));
  }
  for (const list of lists) {
    expect(list.total).toBe(first.total);
    expect(list.entries.length).toBe(
      list.page < list.pageCount ? 50 : first.total - 50 * (list.pageCount - 1),
    );
  }
  const entries = lists.flatMap((list) => list.entries);
  return { first, entries, numbers: entries.map((entry) => Number(entry.summary)) };
}

describe('the back-office catalogue list with more items than a page', () => {
  it('pages through all items, newest change first', async () => {
    const { first, numbers } = await allPages(staff.author, { filter: 'all' });
    expect(first.total).toBe(670);
    expect(first.pageCount).toBe(14);
    expect(numbers).toEqual(range(1, 670));
  });

  it('finds the Art. 26 late items in the database, with their count', async () => {
    const { first, numbers, entries } = await allPages(staff.author, { filter: 'late' });
    const expected = [...range(1, 300).filter((n) => n % 2 === 1), ...range(451, 540), ...range(591, 640)];
    expect(first.total).toBe(290);
    expect(first.counts.late).toBe(290);
    expect(first.pageCount).toBe(6);
    expect(numbers).toEqual(expected);
    // The flag of each row (computed in TypeScript) agrees with the filter.
    expect(entries.every((entry) => entry.isLate)).toBe(true);
  });

  it("finds each person's review tasks in the database, with their count", async () => {
    const author = await allPages(staff.author, { filter: 'myTasks' });
    expect(author.first.counts.myTasks).toBe(300);
    expect(author.numbers).toEqual(range(1, 300));
    const first = await allPages(staff.first, { filter: 'myTasks' });
    expect(first.numbers).toEqual([...range(301, 450), ...range(661, 670)]);
    expect(first.first.counts.myTasks).toBe(160);
    // One person, one level: `both` returned 301–320 at level 2 and signed level 1 of 451–460.
    const both = await allPages(staff.both, { filter: 'myTasks' });
    expect(both.numbers).toEqual([...range(321, 450), ...range(461, 540)]);
    expect(both.first.counts.myTasks).toBe(210);
    const second = await allPages(staff.second, { filter: 'myTasks' });
    expect(second.numbers).toEqual(range(451, 540));
    for (const list of [author, first, both, second]) {
      expect(list.entries.every((entry) => entry.isTask)).toBe(true);
    }
    const final = await listPublicationItems(context, staff.final, {
      agencyId: agency.id,
      filter: 'myTasks',
    });
    expect(final.total).toBe(0);
    expect(final.entries).toEqual([]);
  });

  it('filters by status, and combines the filters with the search', async () => {
    const drafts = await allPages(staff.author, { filter: 'draft' });
    expect(drafts.numbers).toEqual([...range(1, 300), ...range(661, 670)]);
    const withdrawn = await allPages(staff.author, { filter: 'withdrawn' });
    expect(withdrawn.numbers).toEqual(range(641, 660));
    const lateStatistics = await allPages(staff.second, { filter: 'late', query: '统计' });
    expect(lateStatistics.numbers).toEqual([
      460, 470, 480, 490, 500, 510, 520, 530, 540, 600, 610, 620, 630, 640,
    ]);
    expect(lateStatistics.first.counts).toEqual({ myTasks: 9, late: 14 });
  });

  it('answers a page past the end with no entries', async () => {
    const past = await listPublicationItems(context, staff.author, {
      agencyId: agency.id,
      filter: 'late',
      page: 7,
    });
    expect(past.entries).toEqual([]);
    expect(past.total).toBe(290);
  });
});
