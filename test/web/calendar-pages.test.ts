import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCalendarYears } from '../../src/use-cases/calendar/load-working-calendar.ts';
import { makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { createWebClient, type WebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

const fixture = readFileSync(new URL('../fixtures/test-arrangement-2027.json', import.meta.url), 'utf8');
let server: WebTestServer;

beforeAll(async () => {
  server = await startWebTestServer();
  const agency = await makeAgency(server.context, { slug: 'rili', name: '示例市政府办公室' });
  await makeStaff(server.context, { agency, roles: ['systemAdmin'], username: 'calendar.root' });
  await makeStaff(server.context, { agency, roles: ['agencyAdmin'], username: 'calendar.admin' });
});
afterAll(async () => {
  await server.close();
});

async function signedIn(username: string): Promise<WebClient> {
  const client = createWebClient(server.app);
  expect((await client.logIn({ username, password: testPassword })).statusCode).toBe(303);
  return client;
}

describe('working calendar pages', () => {
  it('shows every covered year with its notice, and no import form to an agency administrator', async () => {
    const client = await signedIn('calendar.admin');
    const page = await client.get('/admin/calendar');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）');
    expect(page.body).toContain('期限落入 2027 年的，在导入该年放假安排之前无法计算');
    expect(page.body).not.toContain('导入放假安排</h2>');
    const forced = await client.submit({ page: '/admin/calendar', fields: { text: fixture } });
    expect(forced.statusCode).toBe(403);
    expect((await listCalendarYears(server.context.db)).map((entry) => entry.year)).not.toContain(2027);
  });

  it('lets the system administrator import a year, and explains a bad file keeping what was typed', async () => {
    const client = await signedIn('calendar.root');
    const bad = await client.submit({
      page: '/admin/calendar',
      fields: { text: '{"format":"gongkai-holiday-arrangement"}', year: '' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('放假安排文件有误');
    expect(bad.body).toContain('{&quot;format&quot;:&quot;gongkai-holiday-arrangement&quot;}');
    const badYear = await client.submit({ page: '/admin/calendar', fields: { text: fixture, year: '27' } });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.body).toContain('年份应为4位数字');

    const imported = await client.submit({
      page: '/admin/calendar',
      fields: { text: fixture, year: '2027' },
    });
    expect(imported.statusCode).toBe(303);
    expect(imported.headers.location).toBe('/admin/calendar?imported=2027');
    const after = await client.get('/admin/calendar?imported=2027');
    expect(after.body).toContain('已导入2027年放假安排。');
    expect(after.body).toContain('测试用放假安排（非官方数据，仅供测试）');
    expect(after.body).toContain('期限落入 2028 年的');
  });
});
