import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitComment } from '../../src/use-cases/consultations/submit-comment.ts';
import { makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { createWebClient, type WebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

const day = 86_400_000;
let server: WebTestServer;
const base = '/admin/agencies/sifa/consultations';

async function signedIn(username: string): Promise<WebClient> {
  const client = createWebClient(server.app);
  const response = await client.logIn({ username, password: testPassword });
  expect(response.statusCode).toBe(303);
  return client;
}

/** Posts one action form of the consultation page, with the page's version. */
async function act(client: WebClient, path: string, action: string, fields: Record<string, string> = {}) {
  const page = await client.get(path);
  const version = /name="expectedVersion"\s+value="(\d+)"/.exec(page.body)?.[1] ?? '';
  return client.postForm(`${path}/actions/${action}`, { expectedVersion: version, ...fields });
}

beforeAll(async () => {
  // The clock starts on 2025-03-03 at 09:00 in Shanghai.
  server = await startWebTestServer();
  const agency = await makeAgency(server.context, { slug: 'sifa', name: '示例市司法局' });
  await makeStaff(server.context, { agency, roles: ['contributor'], username: 'drafter' });
  await makeStaff(server.context, { agency, roles: ['agencyAdmin'], username: 'admin' });
});
afterAll(async () => {
  await server.close();
});

describe('back-office consultations', () => {
  it('drafts, opens, moderates, closes and publishes the feedback', async () => {
    let client = await signedIn('drafter');
    expect((await client.get('/admin')).body).toContain(`href="${base}"`);
    await client.get(`${base}/new`);
    const short = await client.postForm(base, {
      title: '示例市养犬管理办法（征求意见稿）',
      draftText: '第一条 为了规范养犬行为，制定本办法。',
      opensOn: '2025-03-03',
      closesOn: '2025-03-10',
    });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('征求意见期限少于30日，请说明理由');
    const created = await client.postForm(base, {
      title: '示例市养犬管理办法（征求意见稿）',
      draftText: '第一条 为了规范养犬行为，制定本办法。',
      opensOn: '2025-03-03',
      closesOn: '',
    });
    expect(created.statusCode).toBe(303);
    const path = (created.headers.location ?? '').split('?')[0] ?? '';
    expect((await client.get(path)).body).toContain('2025-03-03 至 2025-04-01（30日）');
    expect((await act(client, path, 'open')).statusCode).toBe(303);

    const consultationId = path.split('/').pop() ?? '';
    await submitComment(server.context, {
      agencySlug: 'sifa',
      consultationId,
      body: '<b>建议</b>增加文明养犬的宣传条款。',
      paragraphReference: '第一条',
      contact: 'li@example.com',
      idempotencyKey: 'back-office-test-1',
    });
    const queue = await client.get(path);
    expect(queue.body).toContain('待审核1条');
    expect(queue.body).toContain('l*@example.com');
    expect(queue.body).toContain('&lt;b&gt;建议&lt;/b&gt;');
    const commentId = /id="comment-([0-9a-f-]{36})"/.exec(queue.body)?.[1] ?? '';
    const rejectWithoutReason = await client.postForm(`${path}/comments/${commentId}/moderate`, {
      decision: 'reject',
      reason: '',
    });
    expect(rejectWithoutReason.statusCode).toBe(400);
    expect(rejectWithoutReason.body).toContain('请填写不予公开的理由');
    await client.get(path);
    expect(
      (await client.postForm(`${path}/comments/${commentId}/moderate`, { decision: 'publish' })).statusCode,
    ).toBe(303);

    const early = await act(client, path, 'close');
    expect(early.body).toContain('期限届满后才能结束');
    server.advanceClock(30 * day); // 2025-04-02; the session has expired meanwhile.
    client = await signedIn('drafter');
    expect((await act(client, path, 'close')).statusCode).toBe(303);
    const undecided = await act(client, path, 'feedback', { summary: '感谢。' });
    expect(undecided.statusCode).toBe(400);
    expect(undecided.body).toContain('还有1条已公开的意见未填写采纳情况');
    await client.get(path);
    await client.postForm(`${path}/comments/${commentId}/adoption`, { adoption: 'adopted', reason: '' });
    expect((await act(client, path, 'feedback', { summary: '感谢社会各界的意见。' })).statusCode).toBe(303);
    const done = await client.get(path);
    expect(done.body).toContain('共收到意见1条，采纳1条，部分采纳0条，未采纳0条。');
  });

  it('keeps an administrator by rank alone out of the consultations and their contacts, also in the log', async () => {
    const client = await signedIn('admin');
    expect((await client.get('/admin')).body).not.toContain(`href="${base}"`);
    expect((await client.get(base)).statusCode).toBe(403);
    // The event log (after the first test) names the events and never shows the contact.
    const log = await client.get('/admin/agencies/sifa/events');
    expect(log.body).toContain('收到公众意见');
    expect(log.body).toContain('关于第一条；留有联系方式');
    expect(log.body).toContain('发布意见采纳情况反馈');
    expect(log.body).not.toContain('li@example.com');
  });

  it('refuses a form without the CSRF token', async () => {
    const client = await signedIn('drafter');
    await client.get(`${base}/new`);
    const response = await client.postForm(base, { title: 'x' }, { csrf: 'none' });
    expect(response.statusCode).toBe(403);
  });
});
