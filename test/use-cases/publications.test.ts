import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { listPublicationSignOffs } from '../../src/db/repositories/publications.ts';
import { queryRows } from '../../src/db/query-rows.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import { AccessDeniedError, ConflictError, ValidationError } from '../../src/use-cases/errors.ts';
import { changePublicationValidity } from '../../src/use-cases/publications/change-publication-validity.ts';
import { createPublicationDraft } from '../../src/use-cases/publications/create-publication-draft.ts';
import { editPublicationDraft } from '../../src/use-cases/publications/edit-publication-draft.ts';
import { getPublicationItem } from '../../src/use-cases/publications/get-publication-item.ts';
import { listPublicationItems } from '../../src/use-cases/publications/list-publication-items.ts';
import { publishPublication } from '../../src/use-cases/publications/publish-publication.ts';
import { returnPublication } from '../../src/use-cases/publications/return-publication.ts';
import { signOffPublication } from '../../src/use-cases/publications/sign-off-publication.ts';
import { submitPublication } from '../../src/use-cases/publications/submit-publication.ts';
import { updatePublicationSettings } from '../../src/use-cases/publications/update-publication-settings.ts';
import { withdrawPublication } from '../../src/use-cases/publications/withdraw-publication.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { createTestDatabase } from '../support/test-database.ts';
import { makeAgency, makeStaff, manualClock } from '../support/factories.ts';
import { validPublicationDraft } from '../support/publications.ts';

let handle: DatabaseHandle;
let context: UseCaseContext;
let clock: ReturnType<typeof manualClock>;
let agency: AgencyRow;
let agencyWithoutCode: AgencyRow;
const staff: Record<
  'author' | 'first' | 'second' | 'final' | 'otherFinal' | 'handler' | 'otherAuthor',
  StaffActor
> = {} as never;

beforeAll(async () => {
  handle = await createTestDatabase();
  clock = manualClock();
  context = { db: handle.db, now: clock.now };
  agency = await makeAgency(context, { name: '示例市商务局', unifiedSocialCreditCode: '91350100M000100Y43' });
  agencyWithoutCode = await makeAgency(context, { name: '示例市教育局' });
  const make = async (roles: Parameters<typeof makeStaff>[1]['roles'], target = agency) =>
    (await makeStaff(context, { agency: target, roles })).actor;
  staff.author = await make(['contributor']);
  staff.first = await make(['reviewer1']);
  staff.second = await make(['reviewer2']);
  staff.final = await make(['reviewer3']);
  staff.otherFinal = await make(['reviewer3']);
  staff.handler = await make(['caseHandler']);
  staff.otherAuthor = await make(['contributor', 'reviewer3'], agencyWithoutCode);
});
afterAll(async () => {
  await handle.close();
});

async function draft(overrides = {}) {
  return createPublicationDraft(context, staff.author, {
    agencyId: agency.id,
    ...validPublicationDraft(overrides),
  });
}

/** Submits and signs the three levels; returns the approved row. */
async function approved(overrides = {}) {
  let row = await draft(overrides);
  row = await submitPublication(context, staff.author, { itemId: row.id, expectedVersion: row.version });
  row = await signOffPublication(context, staff.first, {
    itemId: row.id,
    expectedVersion: row.version,
    opinion: '经保密审查，不涉密，同意',
    isConfidentialityCleared: true,
  });
  row = await signOffPublication(context, staff.second, {
    itemId: row.id,
    expectedVersion: row.version,
    opinion: '同意',
  });
  return signOffPublication(context, staff.final, {
    itemId: row.id,
    expectedVersion: row.version,
    opinion: '同意发布',
  });
}

async function eventsOf(itemId: string) {
  return queryRows<{ kind: string; actor: string; payload: Record<string, unknown> }>(
    handle.db,
    sql`select kind, actor, payload from events where subject_id = ${itemId} order by sequence`,
  );
}

describe('publication catalogue use cases', () => {
  it('takes an item from draft to published with an index number, sign-offs and one event per step', async () => {
    const row = await approved();
    expect(row.status).toBe('approved');
    clock.advance(60 * 60 * 1000);
    const published = await publishPublication(context, staff.final, {
      itemId: row.id,
      expectedVersion: row.version,
    });
    expect(published.status).toBe('published');
    // 2025-03-03 10:00 Beijing time: the clock's time, not a typed date.
    expect(published.publishedAt?.toISOString()).toBe('2025-03-03T02:00:00.000Z');
    expect(published.publishedOn).toBe('2025-03-03');
    expect(published.indexNumber).toBe('91350100M000100Y43/2025-00001');
    const signOffs = await listPublicationSignOffs(handle.db, row.id);
    expect(signOffs.map((signOff) => [signOff.level, signOff.decision, signOff.reviewerId])).toEqual([
      [1, 'approved', staff.first.userId],
      [2, 'approved', staff.second.userId],
      [3, 'approved', staff.final.userId],
    ]);
    expect(signOffs[0]?.isConfidentialityCleared).toBe(true);
    expect((await eventsOf(row.id)).map((event) => event.kind)).toEqual([
      'publication.drafted',
      'publication.submitted',
      'publication.signedOff',
      'publication.signedOff',
      'publication.signedOff',
      'publication.published',
    ]);
    const next = await approved({ title: '第二条信息' });
    const second = await publishPublication(context, staff.final, {
      itemId: next.id,
      expectedVersion: next.version,
    });
    expect(second.indexNumber).toBe('91350100M000100Y43/2025-00002');
  });

  it('returns to the contributor with reasons, and the contributor edits and resubmits', async () => {
    let row = await draft();
    row = await submitPublication(context, staff.author, { itemId: row.id, expectedVersion: row.version });
    row = await returnPublication(context, staff.first, {
      itemId: row.id,
      expectedVersion: row.version,
      reason: '内容概述不完整',
    });
    expect(row.status).toBe('returned');
    row = await editPublicationDraft(context, staff.author, {
      itemId: row.id,
      expectedVersion: row.version,
      ...validPublicationDraft({ summary: '补充后的内容概述' }),
    });
    expect(row.summary).toBe('补充后的内容概述');
    const events = await eventsOf(row.id);
    expect(events.at(-1)).toMatchObject({ kind: 'publication.edited', payload: { changed: ['summary'] } });
    expect(events.find((event) => event.kind === 'publication.returned')?.payload).toMatchObject({
      signOff: { level: 1, decision: 'returned', opinion: '内容概述不完整' },
    });
    row = await submitPublication(context, staff.author, { itemId: row.id, expectedVersion: row.version });
    expect(row.status).toBe('submitted');
  });

  it('refuses self-review, a second level by one person, other roles and stale forms, saving nothing', async () => {
    const writerReviewer = (
      await makeStaff(context, { agency, roles: ['contributor', 'reviewer1', 'reviewer2'] })
    ).actor;
    let row = await createPublicationDraft(context, writerReviewer, {
      agencyId: agency.id,
      ...validPublicationDraft(),
    });
    row = await submitPublication(context, writerReviewer, { itemId: row.id, expectedVersion: row.version });
    await expect(
      signOffPublication(context, writerReviewer, {
        itemId: row.id,
        expectedVersion: row.version,
        opinion: '同意',
        isConfidentialityCleared: true,
      }),
    ).rejects.toThrow(/不能审核自己供稿的信息/);
    const both = (await makeStaff(context, { agency, roles: ['reviewer1', 'reviewer2'] })).actor;
    row = await signOffPublication(context, both, {
      itemId: row.id,
      expectedVersion: row.version,
      opinion: '同意',
      isConfidentialityCleared: true,
    });
    await expect(
      signOffPublication(context, both, { itemId: row.id, expectedVersion: row.version, opinion: '同意' }),
    ).rejects.toThrow(/同一人不能签署同一条目的两个审核级别/);
    await expect(
      signOffPublication(context, staff.handler, {
        itemId: row.id,
        expectedVersion: row.version,
        opinion: '同意',
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      signOffPublication(context, staff.second, {
        itemId: row.id,
        expectedVersion: row.version - 1,
        opinion: '同意',
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await listPublicationSignOffs(handle.db, row.id)).length).toBe(1);
    await expect(
      signOffPublication(context, staff.otherAuthor, {
        itemId: row.id,
        expectedVersion: row.version,
        opinion: '同意',
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('needs a recorded justification to submit and to publish an item with personal information', async () => {
    let row = await draft({ body: '联系人：张三，手机13812345678。' });
    await expect(
      submitPublication(context, staff.author, { itemId: row.id, expectedVersion: row.version }),
    ).rejects.toThrow(/检查发现1处疑似个人信息/);
    row = await submitPublication(context, staff.author, {
      itemId: row.id,
      expectedVersion: row.version,
      personalInformationJustification: '依据招标公告要求公开项目联系人电话',
    });
    expect(row.personalInformationJustification).toBe('依据招标公告要求公开项目联系人电话');
    row = await signOffPublication(context, staff.first, {
      itemId: row.id,
      expectedVersion: row.version,
      opinion: '同意',
      isConfidentialityCleared: true,
    });
    row = await signOffPublication(context, staff.second, {
      itemId: row.id,
      expectedVersion: row.version,
      opinion: '同意',
    });
    row = await signOffPublication(context, staff.final, {
      itemId: row.id,
      expectedVersion: row.version,
      opinion: '同意',
    });
    await expect(
      publishPublication(context, staff.final, { itemId: row.id, expectedVersion: row.version }),
    ).rejects.toThrow(ValidationError);
    const details = await getPublicationItem(context, staff.final, { itemId: row.id });
    expect(details.findings).toEqual([
      {
        kindLabel: '手机号码',
        fieldLabel: '正文',
        line: 1,
        column: 10,
        start: 9,
        end: 20,
        maskedText: '138****5678',
      },
    ]);
    expect(details.availableCommands).toEqual(['returnToContributor', 'publish']);
    const published = await publishPublication(context, staff.final, {
      itemId: row.id,
      expectedVersion: row.version,
      personalInformationJustification: '招标公告须载明联系人及联系方式',
    });
    expect((await eventsOf(row.id)).at(-1)?.payload).toMatchObject({
      findingCount: 1,
      personalInformationJustification: '招标公告须载明联系人及联系方式',
    });
    expect(published.status).toBe('published');
  });

  it('withdraws a published item with a reason and keeps its index number', async () => {
    const row = await approved({ title: '将被撤回的信息' });
    const published = await publishPublication(context, staff.otherFinal, {
      itemId: row.id,
      expectedVersion: row.version,
    });
    const withdrawn = await withdrawPublication(context, staff.final, {
      itemId: row.id,
      expectedVersion: published.version,
      reason: '附件有误，更正后重新发布',
    });
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      indexNumber: published.indexNumber,
      withdrawalReason: '附件有误，更正后重新发布',
    });
    await expect(
      withdrawPublication(context, staff.final, {
        itemId: row.id,
        expectedVersion: withdrawn.version,
        reason: '再次',
      }),
    ).rejects.toThrow(/已撤回，不能撤回已发布信息/);
  });

  it('repeals a normative document with the date and the repealing document', async () => {
    const row = await approved({
      isNormativeDocument: true,
      effectiveOn: '2025-03-01',
      validUntil: '2027-02-28',
    });
    let published = await publishPublication(context, staff.final, {
      itemId: row.id,
      expectedVersion: row.version,
    });
    await expect(
      changePublicationValidity(context, staff.final, {
        itemId: row.id,
        expectedVersion: published.version,
        validity: 'repealed',
        effectiveOn: '2025-03-01',
        validUntil: '2027-02-28',
        validityEndedOn: '2025-03-03',
      }),
    ).rejects.toThrow('请填写废止该文件的文件名称或文号');
    published = await changePublicationValidity(context, staff.final, {
      itemId: row.id,
      expectedVersion: published.version,
      validity: 'repealed',
      effectiveOn: '2025-03-01',
      validUntil: '2027-02-28',
      validityEndedOn: '2025-03-03',
      repealingDocument: '示商规〔2025〕2号',
    });
    expect(published).toMatchObject({
      validity: 'repealed',
      validityEndedOn: '2025-03-03',
      repealingDocument: '示商规〔2025〕2号',
    });
  });

  it('refuses bad input with Chinese messages per field', async () => {
    const error = await draft({
      documentNumber: '示商发[2025]12号',
      formedOrChangedOn: '2025-03-04',
      title: '',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      title: '请填写名称',
      documentNumber: '文号中的年份应使用六角括号〔〕，例如“示商发〔2025〕12号”',
    });
    await expect(draft({ formedOrChangedOn: '2025-03-04' })).rejects.toThrow('形成或变更日期不能晚于今天');
    const row = await draft();
    await expect(submitPublication(context, staff.author, { itemId: row.id })).rejects.toThrow(
      '缺少表单版本号，请刷新页面后重试',
    );
    await expect(
      editPublicationDraft(context, staff.author, {
        itemId: row.id,
        expectedVersion: 0,
        ...validPublicationDraft({ writtenOn: null as unknown as string }),
      }),
    ).rejects.toThrow('缺少表单版本号，请刷新页面后重试');
  });

  it('cannot publish without an organisation code for the index number', async () => {
    const author = staff.otherAuthor;
    const reviewers = await Promise.all(
      (['reviewer1', 'reviewer2', 'reviewer3'] as const).map(
        async (role) => (await makeStaff(context, { agency: agencyWithoutCode, roles: [role] })).actor,
      ),
    );
    let row = await createPublicationDraft(context, author, {
      agencyId: agencyWithoutCode.id,
      ...validPublicationDraft(),
    });
    row = await submitPublication(context, author, { itemId: row.id, expectedVersion: row.version });
    for (const reviewer of reviewers) {
      row = await signOffPublication(context, reviewer, {
        itemId: row.id,
        expectedVersion: row.version,
        opinion: '同意',
        isConfidentialityCleared: true,
      });
    }
    await expect(
      publishPublication(context, reviewers[2] as StaffActor, {
        itemId: row.id,
        expectedVersion: row.version,
      }),
    ).rejects.toThrow(/尚未登记统一社会信用代码/);
  });

  it('lists tasks, late items (Art. 26) and search results', async () => {
    // Formed 2025-01-20: due 20 working days later, 2025-02-21 (Spring Festival skipped, 26 Jan worked);
    // still unpublished on 2025-03-03, so late.
    const late = await draft({
      title: '逾期未发布的统计信息',
      formedOrChangedOn: '2025-01-20',
      writtenOn: '2025-01-20',
    });
    const forFirst = await listPublicationItems(context, staff.first, {
      agencyId: agency.id,
      filter: 'myTasks',
    });
    expect(forFirst.entries.every((entry) => entry.status === 'submitted')).toBe(true);
    const lateItems = await listPublicationItems(context, staff.author, {
      agencyId: agency.id,
      filter: 'late',
    });
    expect(lateItems.entries.map((entry) => entry.itemId)).toEqual([late.id]);
    expect(lateItems.entries[0]?.timeliness).toEqual({
      dueDate: '2025-02-21',
      status: 'overdue',
      workingDaysLate: 6,
    });
    const found = await listPublicationItems(context, staff.author, {
      agencyId: agency.id,
      query: '统计信息',
    });
    expect(found.entries.map((entry) => entry.itemId)).toEqual([late.id]);
    const none = await listPublicationItems(context, staff.author, { agencyId: agency.id, query: '计信统' });
    expect(none.entries).toEqual([]);
  });

  it('keeps sign-offs append-only', async () => {
    const row = await approved({ title: '审核记录不可修改' });
    const refusal = async (statement: ReturnType<typeof sql>) => {
      const error = await handle.db.execute(statement).catch((caught: unknown) => caught);
      const cause = (error as { cause?: { message?: string } }).cause;
      return String(cause?.message ?? (error as Error).message);
    };
    expect(
      await refusal(sql`update publication_sign_offs set opinion = '改写' where item_id = ${row.id}`),
    ).toMatch(/append-only/);
    expect(await refusal(sql`delete from publication_sign_offs where item_id = ${row.id}`)).toMatch(
      /append-only/,
    );
    expect((await listPublicationSignOffs(handle.db, row.id)).map((signOff) => signOff.opinion)).toEqual([
      '经保密审查，不涉密，同意',
      '同意',
      '同意发布',
    ]);
  });

  it('uses the 索引号 pattern and organisation code once the administrator sets them', async () => {
    const administrator = (await makeStaff(context, { agency, roles: ['agencyAdmin'] })).actor;
    await expect(
      updatePublicationSettings(context, administrator, {
        agencyId: agency.id,
        indexNumberPattern: '{code}-{yyyy}',
      }),
    ).rejects.toThrow('索引号格式须含且只含一个序号占位符，如 {nnnnn}');
    await expect(
      updatePublicationSettings(context, staff.final, { agencyId: agency.id, indexNumberPattern: '' }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await updatePublicationSettings(context, administrator, {
      agencyId: agency.id,
      indexNumberPattern: 'SW{yyyy}-{nnn}',
      organisationCode: '',
    });
    const row = await approved({ title: '按新格式编号' });
    const published = await publishPublication(context, staff.final, {
      itemId: row.id,
      expectedVersion: row.version,
    });
    expect(published.indexNumber).toMatch(/^SW2025-\d{3}$/);
  });
});
