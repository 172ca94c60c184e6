import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import type { ConsultationRow } from '../../src/db/repositories/consultations.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import { closeConsultation } from '../../src/use-cases/consultations/close-consultation.ts';
import { createConsultation } from '../../src/use-cases/consultations/create-consultation.ts';
import { getConsultation } from '../../src/use-cases/consultations/get-consultation.ts';
import { moderateComment } from '../../src/use-cases/consultations/moderate-comment.ts';
import { openConsultation } from '../../src/use-cases/consultations/open-consultation.ts';
import { publishFeedback } from '../../src/use-cases/consultations/publish-feedback.ts';
import { recordAdoption } from '../../src/use-cases/consultations/record-adoption.ts';
import { submitComment } from '../../src/use-cases/consultations/submit-comment.ts';
import { makeAgency, makeStaff } from '../support/factories.ts';
import { createWebClient, csrfTokenIn } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

const day = 86_400_000;
let server: WebTestServer;
let agency: AgencyRow;
let drafter: StaffActor;
let running: ConsultationRow;
let answered: ConsultationRow;
let draft: ConsultationRow;

const fields = {
  title: '示例市养犬管理办法（征求意见稿）',
  explanation: '为规范养犬行为，起草了本办法。',
  draftText: '第一条 为了规范养犬行为，制定本办法。\n第二条 本办法适用于本市行政区域。',
};

function hiddenKeyIn(body: string): string {
  const match = /name="idempotencyKey" value="([^"]+)"/.exec(body);
  if (!match?.[1]) throw new Error('no idempotency key on the page');
  return match[1];
}

async function open(overrides: Record<string, string>): Promise<ConsultationRow> {
  const { consultation } = await createConsultation(server.context, drafter, {
    agencyId: agency.id,
    ...fields,
    ...overrides,
  });
  return openConsultation(server.context, drafter, { consultationId: consultation.id, expectedVersion: 1 });
}

beforeAll(async () => {
  // The clock starts on 2025-03-03 at 09:00 in Shanghai.
  server = await startWebTestServer();
  agency = await makeAgency(server.context, { slug: 'sifa', name: '示例市司法局' });
  drafter = (await makeStaff(server.context, { agency, roles: ['contributor'] })).actor;
  running = await open({ opensOn: '2025-03-01', closesOn: '2025-04-30' });
  answered = await open({
    title: '示例市停车管理规定（征求意见稿）',
    opensOn: '2025-03-01',
    closesOn: '2025-03-05',
    shortPeriodReason: '上位法4月1日施行',
  });
  draft = (
    await createConsultation(server.context, drafter, {
      agencyId: agency.id,
      ...fields,
      title: '尚未发布的草稿',
      opensOn: '2025-05-01',
    })
  ).consultation;
  const comment = await submitComment(server.context, {
    agencySlug: agency.slug,
    consultationId: answered.id,
    body: '建议增加夜间停车的优惠。',
    paragraphReference: '第五条',
    contact: '',
    idempotencyKey: 'web-test-answered-1',
  });
  await moderateComment(server.context, drafter, { commentId: comment.commentId, decision: 'publish' });
  server.advanceClock(3 * day); // 2025-03-06
  answered = await closeConsultation(server.context, drafter, {
    consultationId: answered.id,
    expectedVersion: answered.version,
  });
  await recordAdoption(server.context, drafter, {
    commentId: comment.commentId,
    adoption: 'notAdopted',
    reason: '停车收费标准由价格主管部门另行制定',
  });
  answered = await publishFeedback(server.context, drafter, {
    consultationId: answered.id,
    expectedVersion: answered.version,
    summary: '感谢社会各界提出的宝贵意见。',
  });
});
afterAll(async () => {
  await server.close();
});

describe('portal consultations', () => {
  it('lists the open consultation first and the answered one after it, never a draft', async () => {
    const home = await createWebClient(server.app).get('/a/sifa/');
    expect(home.body).toContain('href="/a/sifa/consultations"');
    const response = await createWebClient(server.app).get('/a/sifa/consultations');
    expect(response.statusCode).toBe(200);
    const openAt = response.body.indexOf('正在征求意见');
    const endedAt = response.body.indexOf('已结束');
    expect(response.body.indexOf(`/a/sifa/consultations/${running.id}`)).toBeGreaterThan(openAt);
    expect(response.body.indexOf(`/a/sifa/consultations/${running.id}`)).toBeLessThan(endedAt);
    expect(response.body.indexOf(`/a/sifa/consultations/${answered.id}`)).toBeGreaterThan(endedAt);
    expect(response.body).not.toContain('尚未发布的草稿');
    expect((await createWebClient(server.app).get(`/a/sifa/consultations/${draft.id}`)).statusCode).toBe(404);
  });

  it('shows the draft, the period and the days left with the comment form while open', async () => {
    const response = await createWebClient(server.app).get(`/a/sifa/consultations/${running.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('第二条 本办法适用于本市行政区域。');
    expect(response.body).toContain('2025年3月1日至2025年4月30日（61日）');
    // 6 March to 30 April, both included: 26 + 30 = 56 days.
    expect(response.body).toContain('剩余56天');
    expect(response.body).toContain('<label for="field-body">意见内容');
  });

  it('shows the feedback, the short-period reason and no form once answered', async () => {
    const response = await createWebClient(server.app).get(`/a/sifa/consultations/${answered.id}`);
    expect(response.body).toContain('共收到意见1条，采纳0条，部分采纳0条，未采纳1条。');
    expect(response.body).toContain('停车收费标准由价格主管部门另行制定');
    expect(response.body).toContain('上位法4月1日施行');
    expect(response.body).not.toContain('name="body"');
  });

  it('takes a comment, escapes it once published and never shows the contact', async () => {
    const client = createWebClient(server.app);
    const page = await client.get(`/a/sifa/consultations/${running.id}`);
    const response = await client.postForm(`/a/sifa/consultations/${running.id}/comments`, {
      body: '<script>alert(1)</script>建议删除第一条',
      paragraphReference: '第一条',
      contact: '13912345678',
      idempotencyKey: hiddenKeyIn(page.body),
    });
    expect(response.statusCode).toBe(303);
    const staffView = await getConsultation(server.context, drafter, { consultationId: running.id });
    const stored = staffView.comments.find((comment) => comment.contact === '13912345678');
    expect(stored?.moderationStatus).toBe('pending');
    const before = await client.get(`/a/sifa/consultations/${running.id}`);
    expect(before.body).not.toContain('建议删除第一条');
    await moderateComment(server.context, drafter, { commentId: stored?.id ?? '', decision: 'publish' });
    const after = await client.get(`/a/sifa/consultations/${running.id}`);
    expect(after.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;建议删除第一条');
    expect(after.body).not.toContain('<script>alert(1)');
    expect(after.body).not.toContain('13912345678');
    expect(after.body).not.toContain('139****5678');
  });

  it('counts the same form submitted twice once', async () => {
    const client = createWebClient(server.app);
    const page = await client.get(`/a/sifa/consultations/${running.id}`);
    const form = {
      body: '建议明确犬只登记的办理时限。',
      paragraphReference: '',
      contact: '',
      idempotencyKey: hiddenKeyIn(page.body),
    };
    const token = csrfTokenIn(page.body);
    const first = await client.postForm(`/a/sifa/consultations/${running.id}/comments`, form, {
      csrf: token,
    });
    const second = await client.postForm(`/a/sifa/consultations/${running.id}/comments`, form, {
      csrf: token,
    });
    expect([first.statusCode, second.statusCode]).toEqual([303, 303]);
    const staffView = await getConsultation(server.context, drafter, { consultationId: running.id });
    expect(staffView.comments.filter((comment) => comment.body === form.body)).toHaveLength(1);
  });

  it('keeps what was typed and says what to fix', async () => {
    const client = createWebClient(server.app);
    const page = await client.get(`/a/sifa/consultations/${running.id}`);
    const response = await client.postForm(`/a/sifa/consultations/${running.id}/comments`, {
      body: '好',
      paragraphReference: '第三条',
      contact: '',
      idempotencyKey: hiddenKeyIn(page.body),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('意见内容至少5个字');
    expect(response.body).toContain('value="第三条"');
  });

  it('refuses a comment without the CSRF token', async () => {
    const client = createWebClient(server.app);
    await client.get(`/a/sifa/consultations/${running.id}`);
    const response = await client.postForm(
      `/a/sifa/consultations/${running.id}/comments`,
      { body: '没有令牌的意见内容', idempotencyKey: 'no-csrf-key-123' },
      { csrf: 'none' },
    );
    expect(response.statusCode).toBe(403);
  });

  it('rate-limits the comments of one address', async () => {
    const client = createWebClient(server.app);
    const token = csrfTokenIn((await client.get(`/a/sifa/consultations/${running.id}`)).body);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const response = await client.postForm(
        `/a/sifa/consultations/${running.id}/comments`,
        { body: '', idempotencyKey: `rate-limit-key-${attempt}` },
        { csrf: token },
      );
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
