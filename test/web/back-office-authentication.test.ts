import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByUsername } from '../../src/db/repositories/users.ts';
import { makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { createWebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

let server: WebTestServer;
let agency: AgencyRow;
beforeAll(async () => {
  server = await startWebTestServer();
  agency = await makeAgency(server.context, { slug: 'shangwu', name: '示例市商务局' });
});
afterAll(async () => {
  await server.close();
});

async function staff(username: string) {
  return makeStaff(server.context, { agency, roles: ['caseHandler', 'agencyAdmin'], username });
}

describe('back-office login', () => {
  it('sends a visitor without a session to the login page', async () => {
    const client = createWebClient(server.app);
    const response = await client.get('/admin/agencies/shangwu');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/admin/login?notice=required&next=%2Fadmin%2Fagencies%2Fshangwu');
    const login = await client.get(String(response.headers.location));
    expect(login.body).toContain('请先登录工作平台');
    expect(login.body).toMatch(/<label for="field-username"\s*>/);
  });

  it('logs in with the right password, sets a safe session cookie and shows the dashboard', async () => {
    await staff('li.hua');
    const client = createWebClient(server.app);
    const response = await client.logIn({ username: 'li.hua', password: testPassword });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/admin');
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/gongkai_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    const dashboard = await client.get('/admin');
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.body).toContain('工作台');
    expect(dashboard.body).toContain('示例市商务局');
    expect(dashboard.body).toContain('承办人');
    expect(dashboard.body).toContain('机关管理员');
    expect(dashboard.body).toContain('建设中');
    expect(dashboard.headers['cache-control']).toBe('no-store');
    expect(dashboard.headers['x-robots-tag']).toBe('noindex, nofollow');
  });

  it('returns to the page asked for after login, never to another site', async () => {
    const client = createWebClient(server.app);
    await client.get('/admin/login?next=%2Fadmin%2Fagencies%2Fshangwu');
    const response = await client.postForm('/admin/login', {
      username: 'li.hua',
      password: testPassword,
      next: '/admin/agencies/shangwu',
    });
    expect(response.headers.location).toBe('/admin/agencies/shangwu');
    const other = createWebClient(server.app);
    await other.get('/admin/login');
    const evil = await other.postForm('/admin/login', {
      username: 'li.hua',
      password: testPassword,
      next: '//evil.example/admin',
    });
    expect(evil.headers.location).toBe('/admin');
  });

  it('refuses a wrong password with the same message as an unknown user, keeping the username', async () => {
    const client = createWebClient(server.app);
    const wrong = await client.logIn({ username: 'li.hua', password: 'not-the-password-1' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('用户名或密码错误');
    expect(wrong.body).toContain('value="li.hua"');
    expect(wrong.body).not.toContain('not-the-password-1');
    expect(client.cookies.has('gongkai_session')).toBe(false);
    const unknown = await client.logIn({ username: 'nobody', password: 'whatever-123' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toContain('用户名或密码错误');
  });

  it('asks for both fields when they are empty', async () => {
    const client = createWebClient(server.app);
    const response = await client.logIn({ username: '', password: '' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('请填写用户名');
    expect(response.body).toContain('请填写密码');
  });

  it('shows the lockout message after five wrong passwords, even with the right one', async () => {
    await staff('zhao.lei');
    const client = createWebClient(server.app);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await client.logIn({ username: 'zhao.lei', password: `wrong-password-${attempt}` });
    }
    const locked = await client.logIn({ username: 'zhao.lei', password: testPassword });
    expect(locked.statusCode).toBe(401);
    expect(locked.body).toContain('账号已暂时锁定');
    expect(client.cookies.has('gongkai_session')).toBe(false);
  });

  it('rate limits login attempts per address', async () => {
    const client = createWebClient(server.app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const response = await client.logIn({ username: 'nobody', password: 'whatever-123' });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const page = await client.get('/admin/login');
    expect(page.statusCode).toBe(200);
    const blocked = await client.postForm('/admin/login', { username: 'li.hua', password: testPassword });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body).toContain('尝试次数过多');
  });

  it('redirects to the login page with a message when the session expired', async () => {
    const client = createWebClient(server.app);
    await client.logIn({ username: 'li.hua', password: testPassword });
    expect((await client.get('/admin')).statusCode).toBe(200);
    server.advanceClock(9 * 60 * 60 * 1000);
    const expired = await client.get('/admin/agencies/shangwu');
    expect(expired.statusCode).toBe(303);
    expect(expired.headers.location).toBe('/admin/login?notice=expired&next=%2Fadmin%2Fagencies%2Fshangwu');
    expect(client.cookies.has('gongkai_session')).toBe(false);
    const login = await client.get(String(expired.headers.location));
    expect(login.body).toContain('您的登录已过期，请重新登录');
  });

  it('logs out with a CSRF-protected form and ends the session', async () => {
    const client = createWebClient(server.app);
    await client.logIn({ username: 'li.hua', password: testPassword });
    const token = client.cookies.get('gongkai_session');
    await client.get('/admin');
    const response = await client.postForm('/admin/logout', {});
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/admin/login?notice=logged-out');
    expect(client.cookies.has('gongkai_session')).toBe(false);
    // The old token no longer works, even if someone kept it.
    const replay = await server.app.inject({
      method: 'GET',
      url: '/admin',
      cookies: { gongkai_session: token ?? '' },
    });
    expect(replay.statusCode).toBe(303);
  });

  it('refuses a logout or login without a valid CSRF token', async () => {
    const client = createWebClient(server.app);
    await client.logIn({ username: 'li.hua', password: testPassword });
    await client.get('/admin');
    const forged = await client.postForm('/admin/logout', {}, { csrf: 'forged-token' });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('表单已失效');
    const missing = await client.postForm('/admin/logout', {}, { csrf: 'none' });
    expect(missing.statusCode).toBe(403);
    expect((await client.get('/admin')).statusCode).toBe(200);

    const stranger = createWebClient(server.app);
    const noSecret = await stranger.postForm(
      '/admin/login',
      { username: 'li.hua', password: testPassword },
      { csrf: 'none' },
    );
    expect(noSecret.statusCode).toBe(403);
    expect(stranger.cookies.has('gongkai_session')).toBe(false);
  });

  it('changes the password, ends the session and accepts the new password', async () => {
    await staff('sun.mei');
    const client = createWebClient(server.app);
    await client.logIn({ username: 'sun.mei', password: testPassword });
    const mismatch = await client.submit({
      page: '/admin/password',
      fields: {
        currentPassword: testPassword,
        newPassword: 'new-password-2025',
        confirmation: 'other-password-2025',
      },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('两次输入的新密码不一致');
    expect(mismatch.body).not.toContain('new-password-2025');
    const changed = await client.submit({
      page: '/admin/password',
      fields: {
        currentPassword: testPassword,
        newPassword: 'new-password-2025',
        confirmation: 'new-password-2025',
      },
    });
    expect(changed.statusCode).toBe(303);
    expect(changed.headers.location).toBe('/admin/login?notice=password-changed');
    expect((await client.get('/admin')).statusCode).toBe(303);
    const again = await client.logIn({ username: 'sun.mei', password: 'new-password-2025' });
    expect(again.headers.location).toBe('/admin');
    const user = await findUserByUsername(server.handle.db, 'sun.mei');
    expect(user?.failedLoginCount).toBe(0);
  });
});
