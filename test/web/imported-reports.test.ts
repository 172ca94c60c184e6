import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { queryRows } from '../../src/db/query-rows.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { numberCell } from '../../src/domain/annual-report/cell-value.ts';
import { makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { exampleReportHtml } from '../support/report-files.ts';
import { multipartBody } from './support/multipart-body.ts';
import { createWebClient, csrfTokenIn, type WebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

let server: WebTestServer;
let city: AgencyRow;

type UploadFile = { fileName: string; content: Uint8Array };

beforeAll(async () => {
  server = await startWebTestServer();
  city = await makeAgency(server.context, { slug: 'bh-city', name: '碧湖市人民政府办公室' });
  const district = await makeAgency(server.context, {
    slug: 'bh-district',
    name: '碧湖市西岭区人民政府办公室',
    parentSlug: 'bh-city',
  });
  const other = await makeAgency(server.context, { slug: 'qs-city', name: '青石市人民政府办公室' });
  await makeStaff(server.context, { agency: city, roles: ['supervisor'], username: 'sup.bh' });
  await makeStaff(server.context, { agency: district, roles: ['caseHandler'], username: 'handler.xl' });
  await makeStaff(server.context, {
    agency: other,
    roles: ['agencyAdmin', 'caseHandler'],
    username: 'admin.qs',
  });
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

async function storedCount(): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    server.handle.db,
    sql`select count(*)::int as count from imported_reports`,
  );
  return Number(rows[0]?.count ?? 0);
}

/** Posts the upload form as a browser would: multipart, with the CSRF token of the form page unless told. */
async function upload(options: {
  client: WebClient;
  files: UploadFile[];
  address?: string;
  csrf?: 'page' | 'none' | string;
}): Promise<LightMyRequestResponse> {
  const csrf = options.csrf ?? 'page';
  const fields: Record<string, string> = { address: options.address ?? '' };
  if (csrf === 'page') {
    const form = await options.client.get('/admin/reports/imports/new');
    expect(form.statusCode).toBe(200);
    fields._csrf = csrfTokenIn(form.body);
  } else if (csrf !== 'none') fields._csrf = csrf;
  const body = multipartBody({
    fields,
    files: options.files.map((file) => ({
      fieldName: 'files',
      fileName: file.fileName,
      content: file.content,
    })),
  });
  return server.app.inject({
    method: 'POST',
    url: '/admin/reports/imports',
    cookies: Object.fromEntries(options.client.cookies),
    headers: { 'content-type': body.contentType },
    payload: body.payload,
  });
}

function reportFile(options: {
  fileName: string;
  seed: number;
  agencyName: string;
  year: number;
}): UploadFile {
  return { fileName: options.fileName, content: exampleReportHtml(options).bytes };
}

function reportIdsIn(body: string): string[] {
  return [...body.matchAll(/href="\/admin\/reports\/imports\/([0-9a-f-]{36})"/g)].map(
    (match) => match[1] ?? '',
  );
}

describe('uploading reports', () => {
  it('stores the readable files, reports the bad one and shows the batch summary with a CSV download', async () => {
    const client = await signedIn('sup.bh');
    const before = await storedCount();
    const response = await upload({
      client,
      files: [
        reportFile({ fileName: '碧湖市林业局2023.html', seed: 31, agencyName: '碧湖市林业局', year: 2023 }),
        { fileName: 'memo.txt', content: new TextEncoder().encode('通知：周五下午大扫除。') },
      ],
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('导入结果');
    expect(response.body).toContain('共 2 份，已保存 1 份，1 份未能读取');
    expect(response.body).toContain('碧湖市林业局');
    expect(response.body).toContain('200/200');
    expect(response.body).toContain('未在其中找到年度报告');
    expect(await storedCount()).toBe(before + 1);
    const [id] = reportIdsIn(response.body);
    expect(response.body).toContain(`/admin/reports/imports.csv?id=${id}`);
    const csv = await client.get(`/admin/reports/imports.csv?id=${id}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(
      'file,agency,year,format,sections_found,cells_read,hard_failures,warnings,error',
    );
    expect(csv.body).toContain('碧湖市林业局2023.html,碧湖市林业局,2023,2021,6,200,0,');
  });

  it('refuses a file over the size limit with a message, storing nothing of the batch', async () => {
    const client = await signedIn('sup.bh');
    const before = await storedCount();
    const response = await upload({
      client,
      files: [
        reportFile({ fileName: 'ok.html', seed: 32, agencyName: '碧湖市水务局', year: 2023 }),
        { fileName: 'huge.txt', content: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41) },
      ],
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('文件“huge.txt”超过 10 MB 的上限，未导入任何文件');
    expect(response.body).toContain('enctype="multipart/form-data"');
    expect(await storedCount()).toBe(before);
  });

  it('refuses a request whose files together pass the request limit', async () => {
    const client = await signedIn('sup.bh');
    const before = await storedCount();
    const chunk = new Uint8Array(8 * 1024 * 1024).fill(0x42);
    const response = await upload({
      client,
      files: [1, 2, 3, 4].map((number) => ({ fileName: `part-${number}.txt`, content: chunk })),
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('所选文件合计超过 30 MB');
    expect(await storedCount()).toBe(before);
  });

  it('refuses a file of a type it cannot read, storing nothing of the batch', async () => {
    const client = await signedIn('sup.bh');
    const before = await storedCount();
    const response = await upload({
      client,
      files: [
        reportFile({ fileName: 'ok.html', seed: 33, agencyName: '碧湖市体育局', year: 2023 }),
        { fileName: 'report.pdf', content: new TextEncoder().encode('%PDF-1.7') },
      ],
    });
    expect(response.statusCode).toBe(415);
    expect(response.body).toContain('文件“report.pdf”的类型不支持');
    expect(response.body).toContain('.html、.htm、.docx、.txt、.zip');
    expect(await storedCount()).toBe(before);
  });

  it('asks for a file when none is chosen, and refuses more files than allowed', async () => {
    const client = await signedIn('sup.bh');
    const empty = await upload({ client, files: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('请选择要导入的报告文件，或填写报告网址');
    const many = await upload({
      client,
      files: Array.from({ length: 21 }, (_, index) => ({
        fileName: `r${index}.txt`,
        content: new Uint8Array([0x41]),
      })),
    });
    expect(many.statusCode).toBe(413);
    expect(many.body).toContain('一次最多上传 20 个文件');
  });

  it('never fetches a private address from the server', async () => {
    const client = await signedIn('sup.bh');
    const before = await storedCount();
    const response = await upload({ client, files: [], address: 'http://127.0.0.1:9/report.html' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('未能读取');
    expect(response.body).toMatch(/内网|本机|私有|不允许/);
    expect(await storedCount()).toBe(before);
  });

  it('sends a visitor who is not signed in to the login page before reading the upload', async () => {
    const before = await storedCount();
    // More files than allowed: had the body been read, the parser would have answered 413.
    const content = exampleReportHtml({ seed: 40, agencyName: '碧湖市气象局', year: 2023 }).bytes;
    const body = multipartBody({
      files: Array.from({ length: 21 }, (_, index) => ({
        fieldName: 'files',
        fileName: `r${index}.html`,
        content,
      })),
    });
    const response = await server.app.inject({
      method: 'POST',
      url: '/admin/reports/imports',
      headers: { 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(303);
    expect(String(response.headers.location)).toContain('/admin/login');
    expect(await storedCount()).toBe(before);
  });

  it('refuses an upload without a valid CSRF token, storing nothing', async () => {
    const client = await signedIn('sup.bh');
    await client.get('/admin/reports/imports/new');
    const before = await storedCount();
    const file = reportFile({ fileName: 'csrf.html', seed: 34, agencyName: '碧湖市文旅局', year: 2023 });
    const missing = await upload({ client, files: [file], csrf: 'none' });
    expect(missing.statusCode).toBe(403);
    expect(missing.body).toContain('表单已失效');
    const forged = await upload({ client, files: [file], csrf: 'forged-token' });
    expect(forged.statusCode).toBe(403);
    expect(await storedCount()).toBe(before);
  });
});

describe('access', () => {
  it('answers users who may not import, or read another agency’s reports, with 403', async () => {
    const supervisor = await signedIn('sup.bh');
    const uploaded = await upload({
      client: supervisor,
      files: [reportFile({ fileName: 'a.html', seed: 35, agencyName: '碧湖市司法局', year: 2023 })],
    });
    const [id] = reportIdsIn(uploaded.body);
    const handler = await signedIn('handler.xl');
    expect((await handler.get('/admin/reports/imports/new')).statusCode).toBe(403);
    expect((await handler.get(`/admin/reports/imports/${id}`)).statusCode).toBe(403);
    const before = await storedCount();
    const dashboard = await handler.get('/admin');
    const posted = await upload({
      client: handler,
      files: [reportFile({ fileName: 'b.html', seed: 36, agencyName: '碧湖市司法局', year: 2024 })],
      csrf: csrfTokenIn(dashboard.body),
    });
    expect(posted.statusCode).toBe(403);
    expect(await storedCount()).toBe(before);
    const other = await signedIn('admin.qs');
    const foreign = await other.get(`/admin/reports/imports/${id}`);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.body).toContain('您无权访问其他机关的数据');
    const list = await other.get('/admin/reports/imports');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('碧湖市司法局');
    expect((await other.get(`/admin/reports/imports.csv?id=${id}`)).body).not.toContain('碧湖市司法局');
  });

  it('links the page from the dashboard for those who may import, not for a case handler', async () => {
    expect((await (await signedIn('sup.bh')).get('/admin')).body).toContain('href="/admin/reports/imports"');
    const handlerDashboard = await (await signedIn('handler.xl')).get('/admin');
    expect(handlerDashboard.body).not.toContain('导入各机关已公开的年度报告');
  });
});

describe('reading stored reports', () => {
  it('shows a report with the cells in question highlighted and its findings in plain Chinese', async () => {
    const client = await signedIn('sup.bh');
    const broken = exampleReportHtml({
      seed: 37,
      agencyName: '碧湖市统计局',
      year: 2024,
      adjust: (report) => {
        report.cells['table3.newlyReceived.total'] = numberCell(777);
      },
    });
    const uploaded = await upload({ client, files: [{ fileName: 'stats.html', content: broken.bytes }] });
    const [id] = reportIdsIn(uploaded.body);
    const page = await client.get(`/admin/reports/imports/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('碧湖市统计局2024年政府信息公开工作年度报告');
    expect(page.body).toMatch(/data-cell="table3\.newlyReceived\.total" class="in-question"/);
    expect(page.body).not.toMatch(/data-cell="table2\.licensing\.decisions" class="in-question"/);
    expect(page.body).toContain('【错误】</strong>规则2');
    expect(page.body).toContain('表三 一、本年新收政府信息公开申请数量 / 总计');
    expect(page.body).toContain('尚未导入同一机关上一年度的报告');
  });

  it('deletes a report only with the ticked confirmation, and only for those who may import', async () => {
    const client = await signedIn('sup.bh');
    const report = exampleReportHtml({ seed: 41, agencyName: '碧湖市水利局', year: 2024 });
    const uploaded = await upload({ client, files: [{ fileName: 'water.html', content: report.bytes }] });
    const [id] = reportIdsIn(uploaded.body);
    const page = await client.get(`/admin/reports/imports/${id}`);
    expect(page.body).toContain('确认删除此导入的年度报告');
    const before = await storedCount();

    const unconfirmed = await client.postForm(`/admin/reports/imports/${id}/delete`, {});
    expect(unconfirmed.statusCode).toBe(303);
    expect(unconfirmed.headers.location).toBe(`/admin/reports/imports/${id}`);
    expect(await storedCount()).toBe(before);

    const reader = await signedIn('handler.xl');
    expect((await reader.get(`/admin/reports/imports/${id}`)).statusCode).toBe(403);
    const stranger = await signedIn('admin.qs');
    await stranger.get('/admin/reports/imports');
    const refused = await stranger.postForm(`/admin/reports/imports/${id}/delete`, { confirmed: 'yes' });
    expect(refused.statusCode).toBe(403);
    expect(await storedCount()).toBe(before);

    await client.get(`/admin/reports/imports/${id}`);
    const deleted = await client.postForm(`/admin/reports/imports/${id}/delete`, { confirmed: 'yes' });
    expect(deleted.statusCode).toBe(303);
    expect(deleted.headers.location).toBe('/admin/reports/imports?notice=deleted');
    expect(await storedCount()).toBe(before - 1);
    expect((await client.get('/admin/reports/imports?notice=deleted')).body).toContain('已删除。');
    expect((await client.get(`/admin/reports/imports/${id}`)).statusCode).toBe(404);
  });

  it('compares a report with last year’s of the same agency', async () => {
    const client = await signedIn('sup.bh');
    const current = exampleReportHtml({ seed: 38, agencyName: '碧湖市民族宗教局', year: 2024 });
    const previous = exampleReportHtml({
      seed: 39,
      agencyName: '碧湖市民族宗教局',
      year: 2023,
      adjust: (report) => {
        report.cells['table3.carriedForward.naturalPerson'] = numberCell(500);
      },
    });
    const uploaded = await upload({
      client,
      files: [
        { fileName: 'mz-2024.html', content: current.bytes },
        { fileName: 'mz-2023.html', content: previous.bytes },
      ],
    });
    const [currentId, previousId] = reportIdsIn(uploaded.body);
    const page = await client.get(`/admin/reports/imports/${currentId}`);
    expect(page.body).toContain(`href="/admin/reports/imports/${previousId}">2023年度报告</a>`);
    expect(page.body).toContain('【提示】</strong>规则6');
    expect(page.body).toContain('而上一年度报告结转下年度 500 件');
    expect(page.body).toMatch(/data-cell="table3\.carriedOver\.naturalPerson" class="in-question"/);
    expect(page.body).toContain('主要数据与2023年度对比');
  });

  it('lists the reports in scope with the hard failures first, filters and paging links', async () => {
    const client = await signedIn('sup.bh');
    const list = await client.get('/admin/reports/imports');
    expect(list.statusCode).toBe(200);
    const statistics = list.body.indexOf('碧湖市统计局');
    const forestry = list.body.indexOf('碧湖市林业局');
    expect(statistics).toBeGreaterThan(0);
    expect(forestry).toBeGreaterThan(statistics);
    const failing = await client.get('/admin/reports/imports?failures=yes&year=2024');
    expect(failing.body).toContain('碧湖市统计局');
    expect(failing.body).not.toContain('碧湖市林业局');
    expect(failing.body).toContain('<option value="yes" selected>');
    const byName = await client.get(`/admin/reports/imports?name=${encodeURIComponent('林业')}`);
    expect(byName.body).toContain('碧湖市林业局');
    expect(byName.body).not.toContain('碧湖市统计局');
    const csv = await client.get('/admin/reports/imports.csv?failures=yes');
    expect(csv.body).toContain('碧湖市统计局');
    expect(csv.body).not.toContain('碧湖市林业局');
  });
});
