import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/web/server.ts';
import { contextFor, makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';
import { startTestWebsite } from '../support/website-server.ts';
import { createWebClient, type WebClient } from './support/web-client.ts';

// Today: Monday 2 June 2025 (Beijing); the page shows last year (2024) unless asked.
const now = () => new Date('2025-06-02T10:00:00+08:00');
const page = '/admin/agencies/wangzhan/website';
let handle: DatabaseHandle;
let app: FastifyInstance;
let site: Awaited<ReturnType<typeof startTestWebsite>>;

beforeAll(async () => {
  // Only 127.0.0.1 addresses: the web check resolves names through the system, so no other host appears.
  site = await startTestWebsite(() => ({
    '/': { body: '<html><body>2025-05-30 <a href="/ok">正常</a> <a href="/missing">失效</a></body></html>' },
    '/ok': { body: 'ok' },
  }));
  handle = await createTestDatabase();
  // The check reads the local site only because the server allows private addresses, as tests must.
  app = await buildServer({
    database: handle,
    now,
    logger: false,
    cookieSecret: 'test-cookie-secret-0123456789',
    isWebsiteCheckPrivateAllowed: true,
  });
  await app.ready();
  const context = contextFor(handle, now);
  const parent = await makeAgency(context, { slug: 'wangzhan-parent' });
  const agency = await makeAgency(context, {
    slug: 'wangzhan',
    parentSlug: 'wangzhan-parent',
    website: `${site.origin}/`,
  });
  const other = await makeAgency(context, { slug: 'wangzhan-other' });
  await makeStaff(context, { agency, roles: ['agencyAdmin'], username: 'website.admin' });
  await makeStaff(context, { agency, roles: ['officeHead'], username: 'website.head' });
  await makeStaff(context, { agency, roles: ['caseHandler'], username: 'website.handler' });
  await makeStaff(context, { agency: parent, roles: ['supervisor'], username: 'website.supervisor' });
  await makeStaff(context, { agency: other, roles: ['agencyAdmin'], username: 'website.other' });
});
afterAll(async () => {
  await app.close();
  await handle.close();
  await site.close();
});

async function signedIn(username: string): Promise<WebClient> {
  const client = createWebClient(app);
  expect((await client.logIn({ username, password: testPassword })).statusCode).toBe(303);
  return client;
}

describe('网站与新媒体 pages', () => {
  it('lets the office head and the supervisor look, without the forms; refuses others', async () => {
    const head = await signedIn('website.head');
    const view = await head.get(page);
    expect(view.statusCode).toBe(200);
    expect(view.body).toContain('<h1>网站与新媒体</h1>');
    expect(view.body).toContain('尚未检查过本机关网站。');
    expect(view.body).not.toContain('立即检查');
    expect(view.body).toContain(`href="${page}"`);
    const refused = await head.postForm(`${page}/columns`, {
      columnName: '动态',
      columnUrl: `${site.origin}/n`,
      columnKind: 'news',
    });
    expect(refused.statusCode).toBe(403);
    expect((await (await signedIn('website.supervisor')).get(page)).statusCode).toBe(200);
    expect((await (await signedIn('website.handler')).get(page)).statusCode).toBe(403);
    expect((await (await signedIn('website.other')).get(page)).statusCode).toBe(403);
  });

  it('refuses a form without its CSRF token', async () => {
    const admin = await signedIn('website.admin');
    await admin.get(page);
    const forged = await admin.postForm(
      `${page}/columns`,
      { columnName: '动态', columnUrl: `${site.origin}/n`, columnKind: 'news' },
      { csrf: 'none' },
    );
    expect(forged.statusCode).toBe(403);
  });

  it('keeps bad input with Chinese messages, then adds the column', async () => {
    const admin = await signedIn('website.admin');
    const bad = await admin.submit({
      page,
      action: `${page}/columns`,
      fields: { columnName: '工作动态', columnUrl: 'www.example.gov.cn/news', columnKind: '' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('栏目网址应以 http:// 或 https:// 开头');
    expect(bad.body).toContain('请选择栏目类型');
    expect(bad.body).toContain('value="www.example.gov.cn/news"');
    expect(bad.body).toContain('value="工作动态"');
    const good = await admin.submit({
      page,
      action: `${page}/columns`,
      fields: { columnName: '工作动态', columnUrl: `${site.origin}/news`, columnKind: 'news' },
    });
    expect(good.statusCode).toBe(303);
    expect((await admin.get(page)).body).toContain(`${site.origin}/news`);
  });

  it('saves statistics and shows the suggested section 一 paragraph of the year', async () => {
    const admin = await signedIn('website.admin');
    const bad = await admin.submit({
      page,
      action: `${page}/statistics/service`,
      fields: {
        serviceYear: '2024',
        serviceMonth: '13',
        consultationCount: '4',
        serviceItemCount: '',
        serviceCaseCount: '135',
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('月份应为1至12，全年数据请留空');
    expect(bad.body).toContain('请填写政务服务事项数');
    const saved = await admin.submit({
      page,
      action: `${page}/statistics/service`,
      fields: {
        serviceYear: '2024',
        serviceMonth: '',
        consultationCount: '4',
        serviceItemCount: '15',
        serviceCaseCount: '135',
      },
    });
    expect(saved.statusCode).toBe(303);
    const view = await admin.get(`${page}?year=2024`);
    expect(view.body).toContain(
      '网上公开征求意见共4次。通过门户网站办事服务栏目处理政务服务事项15项，办件量总计135件。',
    );
  });

  it('adds an account and records its last update date, refusing a date in the future', async () => {
    const admin = await signedIn('website.admin');
    const added = await admin.submit({
      page,
      action: `${page}/accounts`,
      fields: {
        accountPlatform: '微博',
        accountName: '示范微博',
        accountUrl: '',
        accountLastUpdatedOn: '2025-05-01',
      },
    });
    expect(added.statusCode).toBe(303);
    const view = await admin.get(page);
    const action = /action="([^"]+\/last-updated)"/.exec(view.body)?.[1] ?? '';
    expect(view.body).toContain('2025年5月1日');
    const future = await admin.postForm(action, { lastUpdatedOn: '2025-06-03' });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('最近更新日期不能晚于今天');
    await admin.get(page);
    expect((await admin.postForm(action, { lastUpdatedOn: '2025-05-30' })).statusCode).toBe(303);
    expect((await admin.get(page)).body).toContain('2025年5月30日');
  });

  it('runs the check from the button and lists the findings by rule', async () => {
    const admin = await signedIn('website.admin');
    const checked = await admin.submit({ page, action: `${page}/check`, fields: {} });
    expect(checked.statusCode).toBe(303);
    expect(checked.headers.location).toBe(`${page}?checked=1`);
    const view = await admin.get(`${page}?checked=1`);
    expect(view.body).toContain('检查完成，结果见下方。');
    expect(view.body).toContain('断链/错链：2 项');
    expect(view.body).toContain('返回错误状态 404');
    expect(view.body).toContain(`${site.origin}/missing`);
    // The column added above answers 404 too: its page could not be read.
    expect(view.body).toContain('栏目“工作动态”页面无法访问');
  });
});
