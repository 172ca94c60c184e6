import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { CjkFontError, resolveCjkFont } from '../../src/render/letters/cjk-font.ts';
import { makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { createWebClient, type WebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

// The test clock starts on 3 March 2025: the year 2024 is over, its report may be published.
let server: WebTestServer;
let bureau: AgencyRow;
const listPage = '/admin/agencies/lq-commerce/annual-reports';
const draftPage = `${listPage}/2024`;

/** Table 二 as a browser posts it: every cell filled in. */
const tableTwo: Record<string, string> = {
  'table2.regulations.issued': '/',
  'table2.regulations.repealed': '/',
  'table2.regulations.inForce': '/',
  'table2.normativeDocuments.issued': '1',
  'table2.normativeDocuments.repealed': '0',
  'table2.normativeDocuments.inForce': '4',
  'table2.licensing.decisions': '37',
  'table2.penalties.decisions': '2',
  'table2.enforcement.decisions': '0',
  'table2.fees.amount': '0',
};

beforeAll(async () => {
  server = await startWebTestServer();
  bureau = await makeAgency(server.context, { slug: 'lq-commerce', name: '临泉市商务局' });
  await makeStaff(server.context, { agency: bureau, roles: ['officeHead'], username: 'head.lq' });
  await makeStaff(server.context, { agency: bureau, roles: ['caseHandler'], username: 'handler.lq' });
  await makeStaff(server.context, { agency: bureau, roles: ['agencyAdmin'], username: 'admin.lq' });
});
afterAll(async () => server.close());

async function signedIn(username: string): Promise<WebClient> {
  const client = createWebClient(server.app);
  const response = await client.logIn({ username, password: testPassword });
  expect(response.statusCode, `login of ${username}`).toBe(303);
  return client;
}

function versionIn(body: string): string {
  const match = /name="version" value="(\d+)"/.exec(body);
  if (!match?.[1]) throw new Error('no draft version on the page');
  return match[1];
}

describe('back office: the agency’s annual report', () => {
  let head: WebClient;
  beforeAll(async () => {
    head = await signedIn('head.lq');
  });

  it('lists the years with status and deadline, and starts the 2024 draft', async () => {
    const list = await head.get(listPage);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('本机关年度报告');
    expect(list.body).toContain('2025年1月31日');
    expect(list.body).toContain('未开始');
    expect(list.body).toContain('开始编制2024年度报告');
    const created = await head.postForm(listPage, { year: '2024' });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe(draftPage);
    const editor = await head.get(draftPage);
    expect(editor.statusCode).toBe(200);
    expect(editor.body).toContain('硬性错误 10 项');
    expect(editor.body).toContain('重新计算表三、表四');
    expect(editor.body).toContain(
      '<label for="field-table2.licensing.decisions">行政许可：本年处理决定数量</label>',
    );
    expect(editor.body).toContain('<textarea id="field-overview" name="overview"');
    expect((await head.get(listPage)).body).toContain('编制中');
  });

  it('refuses a bad cell with its message, keeps what was typed and saves nothing', async () => {
    const editor = await head.get(draftPage);
    const version = versionIn(editor.body);
    const response = await head.postForm(`${draftPage}/cells`, {
      version,
      ...tableTwo,
      'table2.licensing.decisions': '-1',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('请修改以下问题后再提交');
    expect(response.body).toContain('请填写非负整数（无则填 0），不适用填“/”');
    expect(response.body).toContain('value="-1"');
    expect(response.body).toContain('value="4"');
    expect(versionIn(response.body)).toBe(version);
  });

  it('saves table 二 and section texts; a stale form is refused with the text kept', async () => {
    const editor = await head.get(draftPage);
    const version = versionIn(editor.body);
    const saved = await head.postForm(`${draftPage}/cells`, { version, ...tableTwo });
    expect(saved.statusCode).toBe(303);
    const stale = await head.postForm(`${draftPage}/sections`, {
      version,
      overview: '在旧页面上写的总体情况',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('已被他人修改');
    expect(stale.body).toContain('在旧页面上写的总体情况');
    const fresh = await head.get(draftPage);
    expect(fresh.body).toContain('硬性错误 0 项');
    const texts = await head.postForm(`${draftPage}/sections`, {
      version: versionIn(fresh.body),
      overview: '2024年，本局<script>alert(1)</script>认真落实《条例》。',
    });
    expect(texts.statusCode).toBe(303);
    const after = await head.get(draftPage);
    expect(after.body).toContain('本局&lt;script&gt;alert(1)&lt;/script&gt;认真落实');
    expect(after.body).not.toContain('<script>alert(1)');
  });

  it('flags an overridden computed cell with the computed value, and restores it', async () => {
    const editor = await head.get(draftPage);
    const overridden = await head.postForm(`${draftPage}/cells`, {
      version: versionIn(editor.body),
      overrideCellKey: 'table3.newlyReceived.naturalPerson',
      overrideValue: '2',
    });
    expect(overridden.statusCode).toBe(303);
    const flagged = await head.get(draftPage);
    expect(flagged.body).toContain('人工改动计算值 1 处');
    expect(flagged.body).toContain('人工填写为 2，按办理记录计算为 0');
    const restored = await head.postForm(`${draftPage}/cells`, {
      version: versionIn(flagged.body),
      'table3.newlyReceived.naturalPerson': '2',
      restoreCellKey: 'table3.newlyReceived.naturalPerson',
    });
    expect(restored.statusCode).toBe(303);
    const recomputed = await head.postForm(`${draftPage}/recompute`, {
      version: versionIn((await head.get(draftPage)).body),
    });
    expect(recomputed.statusCode).toBe(200);
    expect(recomputed.body).toContain('计算值没有变化');
    expect(recomputed.body).not.toContain('人工改动计算值 1 处');
    expect(recomputed.body).not.toContain('人工填写为 2');
  });

  it('shows a read-only draft to a case handler and refuses his edits and the office head’s publish to an administrator', async () => {
    const handler = await signedIn('handler.lq');
    const page = await handler.get(draftPage);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('保存表二');
    expect(page.body).toContain('草稿全文与统计表');
    expect(page.body).toContain('本局&lt;script&gt;alert(1)&lt;/script&gt;认真落实');
    const refused = await handler.postForm(`${draftPage}/sections`, { version: '1', overview: 'x' });
    expect(refused.statusCode).toBe(403);
    const details = await handler.get('/admin/agencies/lq-commerce');
    expect(details.body).toContain('href="/admin/agencies/lq-commerce/annual-reports">年度报告</a>');
    const admin = await signedIn('admin.lq');
    const adminPage = await admin.get(draftPage);
    expect(adminPage.body).toContain('保存表二');
    expect(adminPage.body).not.toContain('发布…');
    const publish = await admin.postForm(`${draftPage}/publish`, { version: versionIn(adminPage.body) });
    expect(publish.statusCode).toBe(403);
    expect((await head.get(`${listPage}/2019`)).statusCode).toBe(404);
    expect((await head.get(`${listPage}/2023`)).statusCode).toBe(404);
  });

  it('previews, then publishes after confirmation', async () => {
    const preview = await head.get(`${draftPage}/preview`);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('尚未发布');
    const confirmation = await head.get(`${draftPage}/publish`);
    expect(confirmation.statusCode).toBe(200);
    expect(confirmation.body).toContain('确认发布');
    expect(confirmation.body).not.toContain('更正说明');
    const published = await head.postForm(`${draftPage}/publish`, { version: versionIn(confirmation.body) });
    expect(published.statusCode).toBe(303);
    expect(published.headers.location).toBe(`${listPage}?notice=published`);
    const list = await head.get(`${listPage}?notice=published`);
    expect(list.body).toContain('已发布。');
    // Published on 3 March 2025, after the department deadline of 31 January (Art. 49).
    expect(list.body).toContain('逾期发布');
  });
});

describe('portal: published annual reports', () => {
  it('lists the published years and shows the report, escaped, with downloads', async () => {
    const list = await server.app.inject({ method: 'GET', url: '/a/lq-commerce/reports' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('临泉市商务局2024年政府信息公开工作年度报告');
    expect(list.body).toContain('href="/a/lq-commerce/reports/2024"');
    const page = await server.app.inject({ method: 'GET', url: '/a/lq-commerce/reports/2024' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>临泉市商务局2024年政府信息公开工作年度报告</h1>');
    expect(page.body).toContain('本局&lt;script&gt;alert(1)&lt;/script&gt;认真落实');
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).not.toContain('已更正');
    const docx = await server.app.inject({ method: 'GET', url: '/a/lq-commerce/reports/2024/download/docx' });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const json = await server.app.inject({ method: 'GET', url: '/a/lq-commerce/reports/2024/download/json' });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const document = JSON.parse(json.body) as {
      report: { year: number; cells: Record<string, { text: string }> };
    };
    expect(document.report.year).toBe(2024);
    expect(document.report.cells['table2.licensing.decisions']?.text).toBe('37');
  });

  it('answers 404 for a year not published, a draft year, a bad format and an unknown agency', async () => {
    for (const url of [
      '/a/lq-commerce/reports/2023',
      '/a/lq-commerce/reports/20x4',
      '/a/lq-commerce/reports/2024/download/exe',
      '/a/nowhere/reports',
      '/a/nowhere/reports/2024',
    ]) {
      const response = await server.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
    }
  });
});

describe('correction', () => {
  it('needs a note, then shows the report as corrected with the note and date', async () => {
    const head = await signedIn('head.lq');
    const editor = await head.get(draftPage);
    await head.postForm(`${draftPage}/cells`, {
      version: versionIn(editor.body),
      'table2.licensing.decisions': '38',
    });
    const confirmation = await head.get(`${draftPage}/publish`);
    expect(confirmation.body).toContain('发布2024年度报告更正版（第2版）');
    const withoutNote = await head.postForm(`${draftPage}/publish`, {
      version: versionIn(confirmation.body),
    });
    expect(withoutNote.statusCode).toBe(400);
    expect(withoutNote.body).toContain('请填写更正说明');
    const corrected = await head.postForm(`${draftPage}/publish`, {
      version: versionIn(confirmation.body),
      correctionNote: '表二行政许可数量由37件更正为38件<b>',
    });
    expect(corrected.statusCode).toBe(303);
    expect((await head.get(listPage)).body).toContain('已更正（第2版）');
    const page = await server.app.inject({ method: 'GET', url: '/a/lq-commerce/reports/2024' });
    expect(page.body).toContain('已更正');
    expect(page.body).toContain('2025年3月3日更正（第2版）：表二行政许可数量由37件更正为38件&lt;b&gt;');
    const json = await server.app.inject({ method: 'GET', url: '/a/lq-commerce/reports/2024/download/json' });
    expect(json.body).toContain('"text": "38"');
    const events = await head.get('/admin/agencies/lq-commerce/events');
    expect(events.body).toContain('发布年度报告更正版');
    expect(events.body).toContain('2024年度；第2版；更正说明：表二行政许可数量由37件更正为38件&lt;b&gt;');
    expect(events.body).toContain('开始编制本机关年度报告');
  });
});

describe('PDF downloads next to DOCX', () => {
  const portalReport = '/a/lq-commerce/reports/2024';
  const fileName = (name: string): string => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
  let fontProblem: string | null = null;
  try {
    resolveCjkFont({ role: 'body' });
  } catch (error) {
    if (!(error instanceof CjkFontError)) throw error;
    fontProblem = error.message;
  }

  it('links the PDF beside the DOCX on the portal page and the back office preview', async () => {
    const page = await server.app.inject({ method: 'GET', url: portalReport });
    expect(page.body).toContain(`<a href="${portalReport}/download/docx">下载 Word（DOCX）</a>`);
    expect(page.body).toContain(`<a href="${portalReport}/download/pdf">下载 PDF</a>`);
    const preview = await (await signedIn('handler.lq')).get(`${draftPage}/preview`);
    expect(preview.body).toContain(`<a href="${draftPage}/download/docx">下载草稿 Word（DOCX）</a>`);
    expect(preview.body).toContain(`<a href="${draftPage}/download/pdf">下载草稿 PDF</a>`);
  });

  it('downloads the published report and the draft as PDF with a Chinese file name', async (context) => {
    context.skip(fontProblem !== null, `no Chinese font on this machine: ${fontProblem ?? ''}`);
    const published = await server.app.inject({ method: 'GET', url: `${portalReport}/download/pdf` });
    expect(published.statusCode).toBe(200);
    expect(published.headers['content-type']).toBe('application/pdf');
    expect(published.headers['content-disposition']).toBe(
      fileName('临泉市商务局2024年政府信息公开工作年度报告.pdf'),
    );
    expect(published.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const handler = await signedIn('handler.lq');
    const draft = await handler.get(`${draftPage}/download/pdf`);
    expect(draft.statusCode).toBe(200);
    expect(draft.headers['content-type']).toBe('application/pdf');
    expect(draft.headers['content-disposition']).toBe(
      fileName('临泉市商务局2024年政府信息公开工作年度报告（草稿）.pdf'),
    );
    const word = await handler.get(`${draftPage}/download/docx`);
    expect(word.statusCode).toBe(200);
    expect(word.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(word.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('answers 503 in Chinese rather than a PDF without Chinese glyphs when no font can be used', async () => {
    const previous = process.env.GONGKAI_PDF_FONT;
    process.env.GONGKAI_PDF_FONT = '/nonexistent/gongkai-test-font.ttf';
    try {
      const published = await server.app.inject({ method: 'GET', url: `${portalReport}/download/pdf` });
      expect(published.statusCode).toBe(503);
      expect(published.headers['content-type']).toMatch(/^text\/html/);
      expect(published.body).toContain('暂时无法生成 PDF：服务器缺少中文字体');
      expect(published.body).toContain('请下载 Word（DOCX）版本');
      const draft = await (await signedIn('handler.lq')).get(`${draftPage}/download/pdf`);
      expect(draft.statusCode).toBe(503);
      expect(draft.body).toContain('暂时无法生成 PDF：服务器缺少中文字体');
      expect(draft.body).toContain('尚未发布');
    } finally {
      if (previous === undefined) delete process.env.GONGKAI_PDF_FONT;
      else process.env.GONGKAI_PDF_FONT = previous;
    }
  });

  it('refuses the draft download to staff of another agency and an unknown format', async () => {
    const other = await makeAgency(server.context, { slug: 'lq-transport', name: '临泉市交通运输局' });
    await makeStaff(server.context, { agency: other, roles: ['officeHead'], username: 'head.transport' });
    const stranger = await signedIn('head.transport');
    expect((await stranger.get(`${draftPage}/download/pdf`)).statusCode).toBe(403);
    const handler = await signedIn('handler.lq');
    expect((await handler.get(`${draftPage}/download/exe`)).statusCode).toBe(404);
    expect((await server.app.inject({ method: 'GET', url: `${portalReport}/download/exe` })).statusCode).toBe(
      404,
    );
  });
});
