import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { createPublicationDraft } from '../../src/use-cases/publications/create-publication-draft.ts';
import { submitPublication } from '../../src/use-cases/publications/submit-publication.ts';
import { makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { validPublicationDraft } from '../support/publications.ts';
import { createWebClient, type WebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

let server: WebTestServer;
let agency: AgencyRow;
const base = '/admin/agencies/shangwu/publications';

async function signedIn(username: string): Promise<WebClient> {
  const client = createWebClient(server.app);
  const response = await client.logIn({ username, password: testPassword });
  expect(response.statusCode).toBe(303);
  return client;
}

const draftFields = {
  title: '示例市商务局关于外贸专项资金申报的通知',
  summary: '外贸专项资金的申报条件和时间。',
  body: '各有关企业：\n联系人手机13812345678。',
  formedOrChangedOn: '2025-02-20',
  writtenOn: '2025-02-20',
  publishingOrganisation: '示例市商务局',
  documentNumber: '示商发〔2025〕12号',
  statutoryItem: 'article20.5',
  disclosureMethod: 'proactive',
  topicCategory: '商贸',
  genre: '通知',
  keywords: '外贸 资金',
  effectiveOn: '',
  validUntil: '',
};

/** Posts the form of one action on the item page, with the page's version. */
async function act(client: WebClient, itemPath: string, action: string, fields: Record<string, string>) {
  const page = await client.get(itemPath);
  const version = /name="expectedVersion" value="(\d+)"/.exec(page.body)?.[1] ?? '';
  return client.postForm(`${itemPath}/actions/${action}`, { expectedVersion: version, ...fields });
}

beforeAll(async () => {
  server = await startWebTestServer();
  agency = await makeAgency(server.context, {
    slug: 'shangwu',
    name: '示例市商务局',
    unifiedSocialCreditCode: '91350100M000100Y43',
  });
  for (const [username, role] of [
    ['author', 'contributor'],
    ['first', 'reviewer1'],
    ['second', 'reviewer2'],
    ['final', 'reviewer3'],
    ['handler', 'caseHandler'],
    ['admin', 'agencyAdmin'],
  ] as const) {
    await makeStaff(server.context, { agency, roles: [role], username });
  }
});
afterAll(async () => {
  await server.close();
});

describe('publication back office', () => {
  it('keeps what was typed and names the problems in Chinese when a draft is invalid', async () => {
    const author = await signedIn('author');
    await author.get(`${base}/new`);
    const response = await author.postForm(base, {
      ...draftFields,
      title: '',
      documentNumber: '示商发(2025)12号',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('请填写名称');
    expect(response.body).toContain('文号中的年份应使用六角括号〔〕');
    expect(response.body).toContain('外贸专项资金的申报条件和时间。');
  });

  it('walks an item from draft to publication through the pages, without JavaScript', async () => {
    const author = await signedIn('author');
    const form = await author.get(`${base}/new`);
    expect(form.body).toContain('value="示例市商务局"');
    const created = await author.postForm(base, draftFields);
    expect(created.statusCode).toBe(303);
    const location = String(created.headers.location);
    expect(location).toMatch(/^\/admin\/agencies\/shangwu\/publications\/[0-9a-f-]{36}\?done=created$/);
    const itemPath = location.split('?')[0] ?? '';
    let page = await author.get(location);
    expect(page.body).toContain('已保存草稿');
    expect(page.body).toContain('正文第2行第6字起：手机号码');
    expect(page.body).toContain('138****5678');
    expect(page.body).not.toContain('13812345678</');

    const refused = await act(author, itemPath, 'submit', {});
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('检查发现1处疑似个人信息');
    const submitted = await act(author, itemPath, 'submit', {
      personalInformationJustification: '依据申报指南公开项目联系人电话',
    });
    expect(submitted.statusCode).toBe(303);

    const first = await signedIn('first');
    const tasks = await first.get(`${base}?filter=myTasks`);
    expect(tasks.body).toContain(draftFields.title);
    const noClearance = await act(first, itemPath, 'sign-off', { opinion: '同意' });
    expect(noClearance.statusCode).toBe(400);
    expect(noClearance.body).toContain('请确认已进行保密审查');
    expect(
      (
        await act(first, itemPath, 'sign-off', {
          opinion: '经保密审查不涉密',
          isConfidentialityCleared: 'yes',
        })
      ).statusCode,
    ).toBe(303);
    const second = await signedIn('second');
    expect((await act(second, itemPath, 'sign-off', { opinion: '同意' })).statusCode).toBe(303);
    const final = await signedIn('final');
    expect((await act(final, itemPath, 'sign-off', { opinion: '同意发布' })).statusCode).toBe(303);
    const published = await act(final, itemPath, 'publish', {
      personalInformationJustification: '申报指南要求公开联系人电话',
    });
    expect(published.statusCode).toBe(303);
    page = await final.get(itemPath);
    expect(page.body).toContain('91350100M000100Y43/2025-00001');
    expect(page.body).toContain('保密审查和初审：通过');
    expect(page.body).toContain('已进行保密审查，不涉及国家秘密');
    expect(page.body).toContain('终审：通过');
    // Formed 2025-02-20, due 2025-03-20; published on 2025-03-03 (the test clock).
    expect(page.body).toContain('应于2025年3月20日前发布；按时发布');
    expect(page.body).toContain('撤回已发布信息');
  });

  it('refuses a stale form and the pages of roles without the catalogue', async () => {
    const author = await signedIn('author');
    await author.get(`${base}/new`);
    const created = await author.postForm(base, { ...draftFields, body: '无个人信息。' });
    const itemPath = String(created.headers.location).split('?')[0] ?? '';
    await author.get(itemPath);
    const stale = await author.postForm(`${itemPath}/actions/submit`, { expectedVersion: '99' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('该条目在您打开页面后已被修改');
    const handler = await signedIn('handler');
    expect((await handler.get(base)).statusCode).toBe(403);
    expect((await handler.get('/admin')).body).not.toContain('/publications');
  });

  it('lets the agency administrator set the 索引号 pattern, with a Chinese message for a bad one', async () => {
    const admin = await signedIn('admin');
    expect((await admin.get('/admin/agencies/shangwu')).body).toContain(`href="${base}/settings"`);
    const page = await admin.get(`${base}/settings`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="{code}/{yyyy}-{nnnnn}"');
    const refused = await admin.postForm(`${base}/settings`, {
      indexNumberPattern: '{code}/{mm}-{nnn}',
      organisationCode: '',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('索引号格式须含年份占位符 {yyyy}');
    expect(refused.body).toContain('value="{code}/{mm}-{nnn}"');
    const saved = await admin.postForm(`${base}/settings`, {
      indexNumberPattern: '{code}/{yyyy}-{nnnnnn}',
      organisationCode: '',
    });
    expect(saved.statusCode).toBe(303);
    expect((await admin.get(`${base}/settings`)).body).toContain('value="{code}/{yyyy}-{nnnnnn}"');
    const events = await admin.get('/admin/agencies/shangwu/events');
    for (const text of [
      '发布公开信息',
      '索引号 91350100M000100Y43/2025-00001',
      '保密审查和初审；意见：经保密审查不涉密',
      '修改主动公开设置（索引号格式）',
    ]) {
      expect(events.body).toContain(text);
    }
    const author = await signedIn('author');
    expect((await author.get(`${base}/settings`)).statusCode).toBe(403);
  });

  it('shows the signed-in reviewer the number of their catalogue tasks on the dashboard, with a link', async () => {
    const other = await makeAgency(server.context, { slug: 'shangwu-tasks', name: '示例市商务局（待办）' });
    const author = await makeStaff(server.context, {
      agency: other,
      roles: ['contributor'],
      username: 'tasks-author',
    });
    await makeStaff(server.context, { agency: other, roles: ['reviewer1'], username: 'tasks-first' });
    await makeStaff(server.context, { agency: other, roles: ['caseHandler'], username: 'tasks-handler' });
    for (const title of ['待办一', '待办二']) {
      const row = await createPublicationDraft(server.context, author.actor, {
        agencyId: other.id,
        ...validPublicationDraft({ title }),
      });
      await submitPublication(server.context, author.actor, { itemId: row.id, expectedVersion: row.version });
    }
    const dashboard = await (await signedIn('tasks-first')).get('/admin');
    expect(dashboard.body).toContain('主动公开待办');
    expect(dashboard.body).toContain('href="/admin/agencies/shangwu-tasks/publications?filter=myTasks"');
    expect(/id="publication-task-count">(\d+)</.exec(dashboard.body)?.[1]).toBe('2');
    // The author's items wait for the reviewer, not for the author.
    const authorDashboard = await (await signedIn('tasks-author')).get('/admin');
    expect(authorDashboard.body).toContain('没有待您供稿、审核或发布的公开信息');
    const handlerDashboard = await (await signedIn('tasks-handler')).get('/admin');
    expect(handlerDashboard.body).not.toContain('主动公开待办');
  });
});
