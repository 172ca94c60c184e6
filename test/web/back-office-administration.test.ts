import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAgencyBySlug } from '../../src/db/repositories/agencies.ts';
import { listUsersOfAgency } from '../../src/db/repositories/users.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { createWebClient, type WebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

let server: WebTestServer;
let agencyA: AgencyRow;
let agencyB: AgencyRow;
let city: AgencyRow;

beforeAll(async () => {
  server = await startWebTestServer();
  city = await makeAgency(server.context, { slug: 'shi-zhengfu', name: '示例市人民政府办公室' });
  agencyA = await makeAgency(server.context, {
    slug: 'shangwu',
    name: '示例市商务局',
    parentSlug: 'shi-zhengfu',
  });
  agencyB = await makeAgency(server.context, {
    slug: 'jiaoyu',
    name: '示例市教育局',
    parentSlug: 'shi-zhengfu',
  });
  await makeStaff(server.context, { agency: agencyA, roles: ['agencyAdmin'], username: 'admin.a' });
  await makeStaff(server.context, { agency: agencyA, roles: ['contributor'], username: 'writer.a' });
  await makeStaff(server.context, { agency: agencyB, roles: ['agencyAdmin'], username: 'admin.b' });
  await makeStaff(server.context, { agency: city, roles: ['supervisor'], username: 'supervisor.city' });
  await makeStaff(server.context, { agency: city, roles: ['systemAdmin'], username: 'root' });
});
afterAll(async () => {
  await server.close();
});

async function signedIn(username: string): Promise<WebClient> {
  const client = createWebClient(server.app);
  const response = await client.logIn({ username, password: testPassword });
  expect(response.statusCode, `login of ${username}`).toBe(303);
  return client;
}

describe('agency pages', () => {
  it('shows the agency details and lets its administrator edit them', async () => {
    const client = await signedIn('admin.a');
    const details = await client.get('/admin/agencies/shangwu');
    expect(details.statusCode).toBe(200);
    expect(details.body).toContain('修改机关信息');
    expect(details.body).toContain('示例市人民政府办公室'); // the parent

    const saved = await client.submit({
      page: '/admin/agencies/shangwu/edit',
      fields: {
        name: '示例市商务局',
        shortName: '市商务局',
        officeAddress: '示例市中山路8号',
        officePostcode: '310001',
        officeTelephone: '0571-8888',
      },
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/admin/agencies/shangwu?notice=saved');
    const after = await client.get(String(saved.headers.location));
    expect(after.body).toContain('已保存');
    expect(after.body).toContain('示例市中山路8号');
    const portalGuide = await server.app.inject({ method: 'GET', url: '/a/shangwu/guide' });
    expect(portalGuide.body).toContain('示例市中山路8号');
  });

  it('re-renders the edit form with the values entered and Chinese messages, saving nothing', async () => {
    const client = await signedIn('admin.a');
    const invalid = await client.submit({
      page: '/admin/agencies/shangwu/edit',
      fields: {
        name: '示例市商务局（新）',
        shortName: '',
        officePostcode: '12',
        officeEmail: 'not-an-email',
        officeAddress: '新地址',
      },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('请填写机关简称');
    expect(invalid.body).toContain('邮政编码应为6位数字');
    expect(invalid.body).toContain('电子邮箱格式不正确');
    expect(invalid.body).toContain('value="示例市商务局（新）"');
    expect(invalid.body).toContain('value="新地址"');
    expect(invalid.body).toContain('aria-invalid="true"');
    const stored = await findAgencyBySlug(server.handle.db, 'shangwu');
    expect(stored?.officeAddress).toBe('示例市中山路8号');
    expect(stored?.name).toBe('示例市商务局');
  });

  it('refuses a forged or missing CSRF token and changes nothing', async () => {
    const client = await signedIn('admin.a');
    await client.get('/admin/agencies/shangwu/edit');
    const fields = { name: '被篡改的名称', shortName: '篡改' };
    const forged = await client.postForm('/admin/agencies/shangwu/edit', fields, { csrf: 'forged-token' });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('表单已失效');
    const missing = await client.postForm('/admin/agencies/shangwu/edit', fields, { csrf: 'none' });
    expect(missing.statusCode).toBe(403);
    // A token from another visitor's page does not fit this visitor's secret.
    const other = createWebClient(server.app);
    const otherPage = await other.get('/admin/login');
    const foreignToken = /name="_csrf" value="([^"]+)"/.exec(otherPage.body)?.[1] ?? '';
    const foreign = await client.postForm('/admin/agencies/shangwu/edit', fields, { csrf: foreignToken });
    expect(foreign.statusCode).toBe(403);
    expect((await findAgencyBySlug(server.handle.db, 'shangwu'))?.name).toBe('示例市商务局');
  });

  it("answers a user of agency A asking for agency B's pages with 403 and the policy's reason", async () => {
    const client = await signedIn('admin.a');
    for (const url of [
      '/admin/agencies/jiaoyu',
      '/admin/agencies/jiaoyu/edit',
      '/admin/agencies/jiaoyu/users',
      '/admin/agencies/jiaoyu/users/new',
      '/admin/agencies/jiaoyu/events',
    ]) {
      const response = await client.get(url);
      expect(response.statusCode, url).toBe(403);
      expect(response.body, url).toContain('您无权访问其他机关的数据');
    }
    await client.get('/admin/agencies/shangwu/edit');
    const post = await client.postForm('/admin/agencies/jiaoyu/edit', {
      name: '被篡改的名称',
      shortName: '篡改',
    });
    expect(post.statusCode).toBe(403);
    expect((await findAgencyBySlug(server.handle.db, 'jiaoyu'))?.name).toBe('示例市教育局');
    await client.get('/admin/agencies/shangwu/users/new');
    const createUser = await client.postForm('/admin/agencies/jiaoyu/users', {
      username: 'intruder',
      displayName: '入侵者',
      password: testPassword,
      passwordConfirmation: testPassword,
      roles: 'agencyAdmin',
    });
    expect(createUser.statusCode).toBe(403);
    expect((await listUsersOfAgency(server.handle.db, agencyB.id)).map((user) => user.username)).toEqual([
      'admin.b',
    ]);
  });

  it('refuses pages the role does not allow, within the own agency', async () => {
    const client = await signedIn('writer.a');
    expect((await client.get('/admin/agencies/shangwu')).statusCode).toBe(200);
    const edit = await client.get('/admin/agencies/shangwu/edit');
    expect(edit.statusCode).toBe(403);
    expect(edit.body).toContain('您的角色没有此项操作的权限');
    expect((await client.get('/admin/agencies/shangwu/users')).statusCode).toBe(403);
    expect((await client.get('/admin/agencies/new')).statusCode).toBe(403);
  });

  it('answers an unknown agency in the back office with 404', async () => {
    const client = await signedIn('admin.a');
    const response = await client.get('/admin/agencies/nowhere');
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('页面不存在');
  });
});

describe('user administration', () => {
  it('lists the agency users and re-renders the creation form on a validation error, creating nothing', async () => {
    const client = await signedIn('admin.a');
    const list = await client.get('/admin/agencies/shangwu/users');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('writer.a');
    expect(list.body).not.toContain('admin.b');

    const before = await listUsersOfAgency(server.handle.db, agencyA.id);
    const invalid = await client.submit({
      page: '/admin/agencies/shangwu/users/new',
      action: '/admin/agencies/shangwu/users',
      fields: {
        username: 'x',
        displayName: '张<b>三</b>',
        password: 'short',
        passwordConfirmation: 'short',
        roles: [],
      },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('用户名须为3至40位小写字母');
    expect(invalid.body).toContain('密码至少10个字符');
    expect(invalid.body).toContain('请至少选择一个角色');
    expect(invalid.body).toContain('value="张&lt;b&gt;三&lt;/b&gt;"');
    expect(invalid.body).not.toContain('value="short"');
    expect(await listUsersOfAgency(server.handle.db, agencyA.id)).toHaveLength(before.length);
  });

  it('creates a user with roles, and refuses a duplicate username with 409', async () => {
    const client = await signedIn('admin.a');
    const created = await client.submit({
      page: '/admin/agencies/shangwu/users/new',
      action: '/admin/agencies/shangwu/users',
      fields: {
        username: 'chen.jing',
        displayName: '陈静',
        password: 'initial-pass-2025',
        passwordConfirmation: 'initial-pass-2025',
        roles: ['caseHandler', 'reviewer1'],
      },
    });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe('/admin/agencies/shangwu/users?notice=created');
    const list = await client.get(String(created.headers.location));
    expect(list.body).toContain('chen.jing');
    expect(list.body).toContain('承办人');

    const duplicate = await client.submit({
      page: '/admin/agencies/shangwu/users/new',
      action: '/admin/agencies/shangwu/users',
      fields: {
        username: 'chen.jing',
        displayName: '另一个陈静',
        password: 'initial-pass-2025',
        passwordConfirmation: 'initial-pass-2025',
        roles: 'contributor',
      },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.body).toContain('用户名“chen.jing”已存在');
  });

  it('does not offer or grant the system administrator role to an agency administrator', async () => {
    const client = await signedIn('admin.a');
    const form = await client.get('/admin/agencies/shangwu/users/new');
    expect(form.body).not.toContain('value="systemAdmin"');
    const response = await client.postForm('/admin/agencies/shangwu/users', {
      username: 'sneaky',
      displayName: '越权',
      password: 'initial-pass-2025',
      passwordConfirmation: 'initial-pass-2025',
      roles: 'systemAdmin',
    });
    expect(response.statusCode).toBe(403);
    expect(
      (await listUsersOfAgency(server.handle.db, agencyA.id)).some((user) => user.username === 'sneaky'),
    ).toBe(false);
  });
});

describe('agency administration and the event log', () => {
  it('shows a supervisor the agencies of its subtree', async () => {
    const client = await signedIn('supervisor.city');
    const dashboard = await client.get('/admin');
    expect(dashboard.body).toContain('监督范围内的机关');
    expect(dashboard.body).toContain('示例市教育局');
    const list = await client.get('/admin/agencies');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('示例市商务局');
    expect(list.body).toContain('示例市教育局');
    expect((await client.get('/admin/agencies/jiaoyu')).statusCode).toBe(200);
    expect((await client.get('/admin/agencies/jiaoyu/edit')).statusCode).toBe(403);
  });

  it('lets a supervisor register an agency below its own, and nowhere else', async () => {
    const client = await signedIn('supervisor.city');
    const form = await client.get('/admin/agencies/new');
    expect(form.statusCode).toBe(200);
    expect(form.body).not.toContain('无（顶级机关）');
    const created = await client.submit({
      page: '/admin/agencies/new',
      action: '/admin/agencies',
      fields: {
        slug: 'minzheng',
        level: 'city',
        parentSlug: 'shi-zhengfu',
        name: '示例市民政局',
        shortName: '市民政局',
      },
    });
    expect(created.statusCode).toBe(303);
    expect((await findAgencyBySlug(server.handle.db, 'minzheng'))?.parentId).toBe(city.id);
    await client.get('/admin/agencies/new');
    const topLevel = await client.postForm('/admin/agencies', {
      slug: 'dingji',
      level: 'city',
      parentSlug: '',
      name: '顶级机关',
      shortName: '顶级',
    });
    expect(topLevel.statusCode).toBe(403);
    expect(await findAgencyBySlug(server.handle.db, 'dingji')).toBeUndefined();
  });

  it('lets a system administrator register an agency, with field messages on bad input', async () => {
    const client = await signedIn('root');
    const invalid = await client.submit({
      page: '/admin/agencies/new',
      action: '/admin/agencies',
      fields: { slug: 'Bad Slug', level: '', parentSlug: '', name: '', shortName: '' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('网址标识须为2至40位小写字母');
    expect(invalid.body).toContain('请选择机关层级');
    expect(invalid.body).toContain('value="Bad Slug"');
    const created = await client.submit({
      page: '/admin/agencies/new',
      action: '/admin/agencies',
      fields: {
        slug: 'weijian',
        level: 'city',
        parentSlug: 'shi-zhengfu',
        name: '示例市卫生健康委员会',
        shortName: '市卫健委',
      },
    });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe('/admin/agencies/weijian?notice=created');
    expect((await findAgencyBySlug(server.handle.db, 'weijian'))?.parentId).toBe(city.id);
    const duplicate = await client.submit({
      page: '/admin/agencies/new',
      action: '/admin/agencies',
      fields: { slug: 'weijian', level: 'city', name: '重复机关', shortName: '重复' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.body).toContain('已被使用');
  });

  it('shows the agency events, newest first, and verifies the chain', async () => {
    const client = await signedIn('admin.a');
    const events = await client.get('/admin/agencies/shangwu/events');
    expect(events.statusCode).toBe(200);
    expect(events.body).toContain('登记机关');
    expect(events.body).toContain('修改机关信息');
    expect(events.body).toContain('登录');
    expect(events.body.indexOf('登录')).toBeLessThan(events.body.indexOf('登记机关'));
    const beyond = await client.get('/admin/agencies/shangwu/events?page=999');
    expect(beyond.statusCode).toBe(200);
    expect(beyond.body).toContain('第1页');

    const verified = await client.postForm('/admin/agencies/shangwu/audit', {});
    expect(verified.statusCode).toBe(200);
    expect(verified.body).toContain('事件链完整');
  });

  it('reports a tampered event on the audit page', async () => {
    // Simulate tampering below the application: the trigger forbids UPDATE, so disable it first.
    await server.handle.execute(`alter table events disable trigger user`);
    await server.handle.execute(
      `update events set payload = '{"name":"篡改"}'::jsonb where agency_id = '${agencyB.id}' and sequence = 1`,
    );
    await server.handle.execute(`alter table events enable trigger user`);
    const client = await signedIn('supervisor.city');
    await client.get('/admin/agencies/jiaoyu');
    const verified = await client.postForm('/admin/agencies/jiaoyu/audit', {});
    expect(verified.statusCode).toBe(200);
    expect(verified.body).toContain('发现1处问题');
    expect(verified.body).toContain('事件内容与其哈希不符');
  });
});
