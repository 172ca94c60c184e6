import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import {
  consultationSubjectType,
  consultationCommentSubjectType,
} from '../../src/db/repositories/consultations.ts';
import { listEventsForSubject } from '../../src/db/repositories/event-log.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { closeConsultation } from '../../src/use-cases/consultations/close-consultation.ts';
import { createConsultation } from '../../src/use-cases/consultations/create-consultation.ts';
import { editConsultation } from '../../src/use-cases/consultations/edit-consultation.ts';
import { getConsultation } from '../../src/use-cases/consultations/get-consultation.ts';
import { getPublicConsultation } from '../../src/use-cases/consultations/get-public-consultation.ts';
import { listPublicConsultations } from '../../src/use-cases/consultations/list-public-consultations.ts';
import { moderateComment } from '../../src/use-cases/consultations/moderate-comment.ts';
import { openConsultation } from '../../src/use-cases/consultations/open-consultation.ts';
import { publishFeedback } from '../../src/use-cases/consultations/publish-feedback.ts';
import { recordAdoption } from '../../src/use-cases/consultations/record-adoption.ts';
import { submitComment } from '../../src/use-cases/consultations/submit-comment.ts';
import { summariseConsultationYear } from '../../src/use-cases/consultations/summarise-consultation-year.ts';
import { withdrawConsultation } from '../../src/use-cases/consultations/withdraw-consultation.ts';
import {
  AccessDeniedError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from '../../src/use-cases/errors.ts';
import { makeAgency, makeStaff } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';
import { validPublicationDraft } from '../support/publications.ts';
import { createPublicationDraft } from '../../src/use-cases/publications/create-publication-draft.ts';
import { publishPublication } from '../../src/use-cases/publications/publish-publication.ts';
import { signOffPublication } from '../../src/use-cases/publications/sign-off-publication.ts';
import { submitPublication } from '../../src/use-cases/publications/submit-publication.ts';

let handle: DatabaseHandle;
let context: UseCaseContext;
let current: Date;
let agency: AgencyRow;
let otherAgency: AgencyRow;
let drafter: StaffActor;
let admin: StaffActor;
let otherDrafter: StaffActor;

/** Sets the clock to a time in Asia/Shanghai, e.g. '2025-03-01T09:00'. */
function setShanghaiTime(localTime: string): void {
  current = new Date(`${localTime}:00+08:00`);
}

beforeAll(async () => {
  handle = await createTestDatabase();
  setShanghaiTime('2025-02-20T09:00');
  context = { db: handle.db, now: () => current };
  agency = await makeAgency(context, { name: '示例市司法局' });
  otherAgency = await makeAgency(context, { name: '示例市教育局' });
  drafter = (await makeStaff(context, { agency, roles: ['contributor'] })).actor;
  admin = (await makeStaff(context, { agency, roles: ['agencyAdmin'] })).actor;
  otherDrafter = (await makeStaff(context, { agency: otherAgency, roles: ['contributor'] })).actor;
});
afterAll(async () => {
  await handle.close();
});

const fields = {
  title: '示例市养犬管理办法（征求意见稿）',
  explanation: '为规范养犬行为，起草了本办法。',
  draftText: '第一条 为了规范养犬行为……\n第二条 本办法适用于本市行政区域。',
  opensOn: '2025-03-01',
};

async function openedConsultation() {
  setShanghaiTime('2025-02-20T09:00');
  const { consultation } = await createConsultation(context, drafter, { agencyId: agency.id, ...fields });
  return openConsultation(context, drafter, {
    consultationId: consultation.id,
    expectedVersion: consultation.version,
  });
}

let formCounter = 0;
function commentForm(consultationId: string, overrides: Record<string, string> = {}) {
  formCounter += 1;
  return {
    agencySlug: agency.slug,
    consultationId,
    body: '建议第二条明确适用于农村地区。',
    paragraphReference: '第二条',
    contact: '13812345678',
    idempotencyKey: `form-key-${formCounter}-abcdefgh`,
    ...overrides,
  };
}

describe('drafting a consultation', () => {
  it('defaults to a 30-day period and records the event', async () => {
    const { consultation, warnings } = await createConsultation(context, drafter, {
      agencyId: agency.id,
      ...fields,
    });
    expect(consultation).toMatchObject({
      status: 'draft',
      opensOn: '2025-03-01',
      closesOn: '2025-03-30',
      version: 1,
    });
    expect(warnings).toEqual([]);
    const events = await listEventsForSubject(handle.db, {
      subjectType: consultationSubjectType,
      subjectId: consultation.id,
    });
    expect(events.map((event) => event.kind)).toEqual(['consultation.drafted']);
  });

  it('asks for a reason below 30 days and keeps it with the warning', async () => {
    const short = { agencyId: agency.id, ...fields, closesOn: '2025-03-15' };
    await expect(createConsultation(context, drafter, short)).rejects.toMatchObject({
      fieldErrors: { shortPeriodReason: '征求意见期限少于30日，请说明理由' },
    });
    const { consultation, warnings } = await createConsultation(context, drafter, {
      ...short,
      shortPeriodReason: '上位法4月1日施行，需在此前出台',
    });
    expect(consultation.shortPeriodReason).toBe('上位法4月1日施行，需在此前出台');
    expect(warnings).toEqual(['征求意见期限为15日，少于一般不少于30日的要求']);
  });

  it('refuses a closing date before the opening date', async () => {
    await expect(
      createConsultation(context, drafter, {
        agencyId: agency.id,
        ...fields,
        closesOn: '2025-02-28',
        shortPeriodReason: '急',
      }),
    ).rejects.toMatchObject({ fieldErrors: { closesOn: '截止日期不能早于开始日期' } });
  });

  it("is refused to an administrator by rank alone and to another agency's staff", async () => {
    await expect(createConsultation(context, admin, { agencyId: agency.id, ...fields })).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(
      createConsultation(context, otherDrafter, { agencyId: agency.id, ...fields }),
    ).rejects.toThrow(AccessDeniedError);
  });

  it('refuses a catalogue item that is not the agency’s', async () => {
    await expect(
      createConsultation(context, drafter, {
        agencyId: agency.id,
        ...fields,
        publicationItemId: '00000000-0000-4000-8000-000000000000',
      }),
    ).rejects.toMatchObject({ fieldErrors: { publicationItemId: '找不到本机关的该公开目录条目' } });
  });

  it('edits a draft with its version, never a stale form or an open consultation', async () => {
    const { consultation } = await createConsultation(context, drafter, { agencyId: agency.id, ...fields });
    const { consultation: edited } = await editConsultation(context, drafter, {
      consultationId: consultation.id,
      expectedVersion: 1,
      ...fields,
      title: '示例市养犬管理规定（征求意见稿）',
    });
    expect(edited).toMatchObject({ title: '示例市养犬管理规定（征求意见稿）', version: 2 });
    await expect(
      editConsultation(context, drafter, { consultationId: consultation.id, expectedVersion: 1, ...fields }),
    ).rejects.toThrow(ConflictError);
    const opened = await openConsultation(context, drafter, {
      consultationId: consultation.id,
      expectedVersion: 2,
    });
    await expect(
      editConsultation(context, drafter, {
        consultationId: consultation.id,
        expectedVersion: opened.version,
        ...fields,
      }),
    ).rejects.toThrow('该征求意见征求意见中，不能修改');
  });
});

describe('comments', () => {
  it('are refused before the opening day and after the closing day (Asia/Shanghai dates)', async () => {
    const consultation = await openedConsultation();
    setShanghaiTime('2025-02-28T23:59');
    await expect(submitComment(context, commentForm(consultation.id))).rejects.toThrow(
      '征求意见自2025-03-01开始',
    );
    setShanghaiTime('2025-03-01T00:00');
    await expect(submitComment(context, commentForm(consultation.id))).resolves.toMatchObject({
      isDuplicate: false,
    });
    setShanghaiTime('2025-03-30T23:59');
    await expect(submitComment(context, commentForm(consultation.id))).resolves.toMatchObject({
      isDuplicate: false,
    });
    setShanghaiTime('2025-03-31T00:00');
    await expect(submitComment(context, commentForm(consultation.id))).rejects.toThrow(
      '征求意见已截止，不再接收意见',
    );
  });

  it('are not taken on a draft, nor through another agency’s portal', async () => {
    setShanghaiTime('2025-03-05T10:00');
    const { consultation } = await createConsultation(context, drafter, { agencyId: agency.id, ...fields });
    await expect(submitComment(context, commentForm(consultation.id))).rejects.toThrow(NotFoundError);
    const opened = await openedConsultation();
    setShanghaiTime('2025-03-05T10:00');
    await expect(
      submitComment(context, commentForm(opened.id, { agencySlug: otherAgency.slug })),
    ).rejects.toThrow(NotFoundError);
  });

  it('counts a double submission of the same form once, and logs no contact', async () => {
    const consultation = await openedConsultation();
    setShanghaiTime('2025-03-05T10:00');
    const form = commentForm(consultation.id);
    const first = await submitComment(context, form);
    const second = await submitComment(context, form);
    expect(second).toEqual({ commentId: first.commentId, isDuplicate: true });
    const events = await listEventsForSubject(handle.db, {
      subjectType: consultationCommentSubjectType,
      subjectId: first.commentId,
    });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0]?.payload)).not.toContain('13812345678');
    expect(events[0]?.payload).toMatchObject({ hasContact: true });
  });

  it('validates the comment with messages per field', async () => {
    const consultation = await openedConsultation();
    setShanghaiTime('2025-03-05T10:00');
    await expect(
      submitComment(context, commentForm(consultation.id, { body: '好', contact: '随时' })),
    ).rejects.toMatchObject({
      fieldErrors: { body: '意见内容至少5个字', contact: '联系方式请填写电话号码或电子邮箱，也可以不填' },
    });
  });
});

describe('moderation, closing and feedback', () => {
  it('runs from comments to the published feedback, rejected comments counted', async () => {
    const consultation = await openedConsultation();
    setShanghaiTime('2025-03-10T10:00');
    const kept = await submitComment(context, commentForm(consultation.id));
    const partly = await submitComment(
      context,
      commentForm(consultation.id, { body: '建议增加养犬登记的网上办理渠道。', contact: '' }),
    );
    const spam = await submitComment(context, commentForm(consultation.id, { body: '广告广告广告广告' }));

    // Only published comments reach the portal, never with the contact.
    await moderateComment(context, drafter, { commentId: kept.commentId, decision: 'publish' });
    await moderateComment(context, drafter, { commentId: partly.commentId, decision: 'publish' });
    await expect(
      moderateComment(context, drafter, { commentId: spam.commentId, decision: 'reject' }),
    ).rejects.toThrow('请填写不予公开的理由');
    await moderateComment(context, drafter, {
      commentId: spam.commentId,
      decision: 'reject',
      reason: '广告',
    });
    await expect(
      moderateComment(context, admin, { commentId: kept.commentId, decision: 'reject', reason: 'x' }),
    ).rejects.toThrow(AccessDeniedError);
    const portal = await getPublicConsultation(context, {
      agencySlug: agency.slug,
      consultationId: consultation.id,
    });
    expect(portal.comments.map((comment) => comment.id).sort()).toEqual(
      [kept.commentId, partly.commentId].sort(),
    );
    expect(JSON.stringify(portal)).not.toContain('13812345678');
    expect(portal.summary).toMatchObject({ isAcceptingComments: true, daysLeft: 21 });

    // The staff page shows the contact masked (and in full for the handler).
    const staffView = await getConsultation(context, drafter, { consultationId: consultation.id });
    expect(staffView.comments.find((comment) => comment.id === kept.commentId)).toMatchObject({
      maskedContact: '138****5678',
      contact: '13812345678',
    });

    await expect(
      closeConsultation(context, drafter, {
        consultationId: consultation.id,
        expectedVersion: consultation.version,
      }),
    ).rejects.toThrow('期限届满后才能结束');
    setShanghaiTime('2025-03-31T09:00');
    const closed = await closeConsultation(context, drafter, {
      consultationId: consultation.id,
      expectedVersion: consultation.version,
    });
    expect(closed.status).toBe('closed');

    await recordAdoption(context, drafter, { commentId: kept.commentId, adoption: 'adopted' });
    await expect(
      publishFeedback(context, drafter, {
        consultationId: consultation.id,
        expectedVersion: closed.version,
        summary: '感谢',
      }),
    ).rejects.toThrow('还有1条已公开的意见未填写采纳情况');
    await expect(
      recordAdoption(context, drafter, { commentId: partly.commentId, adoption: 'partlyAdopted' }),
    ).rejects.toThrow('部分采纳的意见请说明理由');
    await recordAdoption(context, drafter, {
      commentId: partly.commentId,
      adoption: 'partlyAdopted',
      reason: '网上办理渠道将另行规定',
    });
    const answered = await publishFeedback(context, drafter, {
      consultationId: consultation.id,
      expectedVersion: closed.version,
      summary: '感谢社会各界的意见。',
    });
    expect(answered.status).toBe('feedbackPublished');
    const published = await getPublicConsultation(context, {
      agencySlug: agency.slug,
      consultationId: consultation.id,
    });
    expect(published.feedback?.totals).toEqual({
      received: 3,
      published: 2,
      rejected: 1,
      adopted: 1,
      partlyAdopted: 1,
      notAdopted: 0,
    });
    await expect(
      moderateComment(context, drafter, { commentId: kept.commentId, decision: 'reject', reason: '晚了' }),
    ).rejects.toThrow(ValidationError);
    const events = await listEventsForSubject(handle.db, {
      subjectType: consultationSubjectType,
      subjectId: consultation.id,
    });
    expect(events.map((event) => event.kind)).toEqual([
      'consultation.drafted',
      'consultation.opened',
      'consultation.closed',
      'consultation.feedbackPublished',
    ]);
  });

  it('withdraws with a reason; a withdrawn consultation leaves the portal', async () => {
    const consultation = await openedConsultation();
    await expect(
      withdrawConsultation(context, drafter, {
        consultationId: consultation.id,
        expectedVersion: consultation.version,
      }),
    ).rejects.toThrow('请填写撤回理由');
    await withdrawConsultation(context, drafter, {
      consultationId: consultation.id,
      expectedVersion: consultation.version,
      reason: '上位法正在修订',
    });
    await expect(
      getPublicConsultation(context, { agencySlug: agency.slug, consultationId: consultation.id }),
    ).rejects.toThrow(NotFoundError);
  });
});

describe('the portal list and the year', () => {
  it('lists open consultations first, never drafts, and counts the year for the annual report', async () => {
    const fresh = await makeAgency(context, { name: '示例市民政局' });
    const writer = (await makeStaff(context, { agency: fresh, roles: ['officeHead'] })).actor;
    setShanghaiTime('2025-01-02T09:00');
    const early = await createConsultation(context, writer, {
      agencyId: fresh.id,
      ...fields,
      opensOn: '2025-01-02',
    });
    const earlyOpen = await openConsultation(context, writer, {
      consultationId: early.consultation.id,
      expectedVersion: 1,
    });
    setShanghaiTime('2025-02-05T09:00');
    await closeConsultation(context, writer, {
      consultationId: earlyOpen.id,
      expectedVersion: earlyOpen.version,
    });
    const later = await createConsultation(context, writer, {
      agencyId: fresh.id,
      ...fields,
      opensOn: '2025-02-10',
    });
    await openConsultation(context, writer, { consultationId: later.consultation.id, expectedVersion: 1 });
    await createConsultation(context, writer, {
      agencyId: fresh.id,
      ...fields,
      opensOn: '2025-04-01',
      title: '草稿',
    });

    // Still open (not yet closed by staff) but its period ended on 6 February.
    const lapsed = await createConsultation(context, writer, {
      agencyId: fresh.id,
      ...fields,
      opensOn: '2025-02-05',
      closesOn: '2025-02-06',
      shortPeriodReason: '紧急',
    });
    await openConsultation(context, writer, { consultationId: lapsed.consultation.id, expectedVersion: 1 });
    setShanghaiTime('2025-02-12T09:00');
    const listed = await listPublicConsultations(context, { agencySlug: fresh.slug });
    expect(listed.map((view) => view.id)).toEqual([
      later.consultation.id,
      lapsed.consultation.id,
      early.consultation.id,
    ]);
    await submitComment(context, { ...commentForm(later.consultation.id), agencySlug: fresh.slug });

    const year = await summariseConsultationYear(context, writer, { agencyId: fresh.id, year: 2025 });
    expect(year).toEqual({
      consultationCount: 3,
      commentCount: 1,
      sentence: '全年公开征求意见3次，收到意见1条。',
    });
    expect(
      (await summariseConsultationYear(context, writer, { agencyId: fresh.id, year: 2024 }))
        .consultationCount,
    ).toBe(0);
  });
});

describe('the catalogue link', () => {
  it('shows the linked catalogue item on the portal once it is published, never a draft item', async () => {
    setShanghaiTime('2025-02-20T09:00');
    const bureau = await makeAgency(context, {
      name: '示例市商务局',
      unifiedSocialCreditCode: '91350100M000100Y43',
    });
    const make = async (role: 'contributor' | 'reviewer1' | 'reviewer2' | 'reviewer3') =>
      (await makeStaff(context, { agency: bureau, roles: [role] })).actor;
    const [author, first, second, final] = [
      await make('contributor'),
      await make('reviewer1'),
      await make('reviewer2'),
      await make('reviewer3'),
    ];
    let item = await createPublicationDraft(context, author, {
      agencyId: bureau.id,
      ...validPublicationDraft(),
    });
    const draftItem = await createPublicationDraft(context, author, {
      agencyId: bureau.id,
      ...validPublicationDraft({ title: '尚在审核的条目' }),
    });
    item = await submitPublication(context, author, { itemId: item.id, expectedVersion: item.version });
    item = await signOffPublication(context, first, {
      itemId: item.id,
      expectedVersion: item.version,
      opinion: '同意',
      isConfidentialityCleared: true,
    });
    item = await signOffPublication(context, second, {
      itemId: item.id,
      expectedVersion: item.version,
      opinion: '同意',
    });
    item = await signOffPublication(context, final, {
      itemId: item.id,
      expectedVersion: item.version,
      opinion: '同意',
    });
    item = await publishPublication(context, final, { itemId: item.id, expectedVersion: item.version });

    const linked = async (publicationItemId: string) => {
      const { consultation } = await createConsultation(context, author, {
        agencyId: bureau.id,
        ...fields,
        publicationItemId,
      });
      await openConsultation(context, author, { consultationId: consultation.id, expectedVersion: 1 });
      return getPublicConsultation(context, { agencySlug: bureau.slug, consultationId: consultation.id });
    };
    expect((await linked(item.id)).linkedItem).toEqual({ itemId: item.id, title: item.title });
    expect((await linked(draftItem.id)).linkedItem).toBeNull();
    // Another agency's item cannot be linked at all.
    await expect(
      createConsultation(context, drafter, { agencyId: agency.id, ...fields, publicationItemId: item.id }),
    ).rejects.toMatchObject({ fieldErrors: { publicationItemId: '找不到本机关的该公开目录条目' } });
  });
});
