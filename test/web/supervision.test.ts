import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { annualReportPublications } from '../../src/db/schema/index.ts';
import { createBlankReport } from '../../src/domain/annual-report/annual-report.ts';
import { numberCell } from '../../src/domain/annual-report/cell-value.ts';
import { registerRequest } from '../../src/use-cases/disclosure-requests/register-request.ts';
import { staffRegistrationInput } from '../support/disclosure-requests.ts';
import { makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { createWebClient, type WebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

// The test server's clock starts on 3 March 2025: the default report year is 2024.
let server: WebTestServer;
let city: AgencyRow;

async function publish(options: {
  agency: AgencyRow;
  publishedAt: string;
  received: number;
  reconsiderations?: number;
}): Promise<void> {
  const report = createBlankReport({ format: '2021', year: 2024 });
  report.cells['table3.newlyReceived.total'] = numberCell(options.received);
  if (options.reconsiderations !== undefined) {
    report.cells['table4.reconsideration.total'] = numberCell(options.reconsiderations);
  }
  await server.handle.db.insert(annualReportPublications).values({
    id: randomUUID(),
    agencyId: options.agency.id,
    year: 2024,
    revision: 1,
    report,
    checkFindings: [],
    correctionNote: null,
    publishedAt: new Date(options.publishedAt),
    publishedBy: 'test',
  });
}

beforeAll(async () => {
  server = await startWebTestServer();
  const context = server.context;
  city = await makeAgency(context, { slug: 'wsv-city', name: '碧湖市人民政府办公室' });
  const commerce = await makeAgency(context, {
    slug: 'wsv-commerce',
    name: '碧湖市商务局',
    parentSlug: 'wsv-city',
  });
  const culture = await makeAgency(context, {
    slug: 'wsv-culture',
    name: '碧湖市<b>文化</b>局',
    parentSlug: 'wsv-city',
  });
  const other = await makeAgency(context, { slug: 'wsv-other', name: '青石市人民政府办公室' });
  await publish({ agency: commerce, publishedAt: '2025-01-20T10:00:00+08:00', received: 12 });
  await publish({
    agency: culture,
    publishedAt: '2025-02-20T10:00:00+08:00',
    received: 3,
    reconsiderations: 1,
  });
  await publish({ agency: other, publishedAt: '2025-01-20T10:00:00+08:00', received: 900 });
  await makeStaff(context, { agency: city, roles: ['supervisor'], username: 'sup.wsv' });
  await makeStaff(context, { agency: commerce, roles: ['agencyAdmin'], username: 'admin.wsv' });
  const handler = await makeStaff(context, {
    agency: commerce,
    roles: ['caseHandler'],
    username: 'handler.wsv',
  });
  // Received 2 January 2025: its reply was due in February, overdue on 3 March.
  await registerRequest(
    context,
    handler.actor,
    staffRegistrationInput({ agencySlug: commerce.slug, receivedOn: '2025-01-02', channel: 'inPerson' }),
  );
});
afterAll(async () => server.close());

async function signedIn(username: string): Promise<WebClient> {
  const client = createWebClient(server.app);
  const response = await client.logIn({ username, password: testPassword });
  expect(response.statusCode, `login of ${username}`).toBe(303);
  return client;
}

describe('年报督查 page', () => {
  it('lists the subtree for the last report year, with filters, escaping and a CSV download', async () => {
    const client = await signedIn('sup.wsv');
    const page = await client.get('/admin/supervision/reports');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>2024年度报告督查</h1>');
    expect(page.body).toContain('href="/admin/supervision/reports"');
    expect(page.body).toContain('碧湖市商务局');
    expect(page.body).toContain('碧湖市&lt;b&gt;文化&lt;/b&gt;局');
    expect(page.body).not.toContain('青石市');
    // Commerce on time (20 January), culture late (20 February), the city office not yet due (31 March).
    expect(page.body).toContain('逾期发布');
    expect(page.body).toContain('未到期限');
    const lateOnly = await client.get('/admin/supervision/reports?year=2024&late=yes');
    expect(lateOnly.body).toContain('文化');
    expect(lateOnly.body).not.toContain('碧湖市商务局');
    const csv = await client.get('/admin/supervision/reports.csv?year=2024');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.find((line) => line.includes('碧湖市商务局'))).toContain('已在平台发布,按时,2025-01-20');
  });

  it('answers bad input with a Chinese message', async () => {
    const client = await signedIn('sup.wsv');
    const response = await client.get('/admin/supervision/reports?year=20x4');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('年度应为四位数字');
  });
});

describe('年报汇总 page', () => {
  it('shows the sums in the national layout, the missing agencies, and CSV and JSON downloads', async () => {
    const client = await signedIn('sup.wsv');
    const page = await client.get('/admin/supervision/aggregate?year=2024');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('汇总了2份报告');
    expect(page.body).toContain('data-cell="table3.newlyReceived.total">15</td>');
    // Commerce left the reconsideration total blank: the sum is culture's 1, marked as partly blank.
    expect(page.body).toContain('data-cell="table4.reconsideration.total" class="in-question">1</td>');
    expect(page.body).toMatch(
      /<th scope="row" data-label="单元格">\s*表四 行政复议 · 总计\s*<\/th>\s*<td data-label="留空的报告数"><strong>1<\/strong>/,
    );
    expect(page.body).toMatch(/<ul id="missing-agencies">\s*<li>碧湖市人民政府办公室<\/li>/);
    const csv = await client.get('/admin/supervision/aggregate.csv?year=2024');
    expect(csv.body).toContain('三,一、本年新收政府信息公开申请数量,总计,15,2,0,0');
    const json = await client.get('/admin/supervision/aggregate.json?year=2024');
    const data = JSON.parse(json.body) as {
      reportCount: number;
      cells: Array<{ key: string; sum: number | null }>;
    };
    expect(data.reportCount).toBe(2);
    expect(data.cells.find((cell) => cell.key === 'table3.newlyReceived.total')?.sum).toBe(15);
    expect(data.cells.find((cell) => cell.key === 'table4.reconsideration.total')?.sum).toBe(1);
    expect(data.cells.find((cell) => cell.key === 'table4.litigationDirect.total')?.sum).toBeNull();
  });
});

describe('办理时限督查 page and access', () => {
  it('shows the lateness table sorted by overdue, with sort links', async () => {
    const client = await signedIn('sup.wsv');
    const page = await client.get('/admin/supervision/deadlines');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('未办结的政府信息公开申请共1件，其中已超期1件');
    expect(page.body).toMatch(
      /<th scope="row" data-label="机关">碧湖市商务局<\/th>\s*<td data-label="已超期">\s*<span class="due--overdue">1<\/span>/,
    );
    expect(page.body).not.toMatch(/张三|330402|13812345678/);
    expect(page.body).toContain('aria-sort="descending"');
    expect(page.body).toContain('href="/admin/supervision/deadlines?sort=name"');
    const bad = await client.get('/admin/supervision/deadlines?sort=random');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('排序方式无效');
  });

  it('shows an agency administrator its own agency, and refuses a case handler', async () => {
    const admin = await signedIn('admin.wsv');
    const page = await admin.get('/admin/supervision/reports?year=2024');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('碧湖市商务局');
    expect(page.body).not.toContain('文化');
    expect(page.body).toContain('>督查</a>');
    const handler = await signedIn('handler.wsv');
    const dashboard = await handler.get('/admin');
    expect(dashboard.body).not.toContain('/admin/supervision');
    const refused = await handler.get('/admin/supervision/aggregate');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('您的角色没有督查权限');
    const anonymous = createWebClient(server.app);
    const redirected = await anonymous.get('/admin/supervision/reports');
    expect(redirected.statusCode).toBe(303);
  });
});
