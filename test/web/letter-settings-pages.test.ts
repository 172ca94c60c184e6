import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterTemplateKeys } from '../../src/domain/applications/letters/letter-kind.ts';
import { makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { createWebClient, type WebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

let server: WebTestServer;
const settingsPath = '/admin/agencies/wenshu-sheding/letters/settings';
const templatesPath = '/admin/agencies/wenshu-sheding/letters/templates';
const receiptPath = `${templatesPath}/receipt`;

async function signedIn(username: string): Promise<WebClient> {
  const client = createWebClient(server.app);
  const response = await client.logIn({ username, password: testPassword });
  expect(response.statusCode).toBe(303);
  return client;
}

function editedCount(body: string): number {
  return body.split('<span class="badge">已修改</span>').length - 1;
}

beforeAll(async () => {
  server = await startWebTestServer();
  const agency = await makeAgency(server.context, {
    slug: 'wenshu-sheding',
    name: '示例市商务局',
    shortName: '示商务',
    officeName: '示例市商务局办公室',
  });
  const other = await makeAgency(server.context, { slug: 'wenshu-sheding-other', name: '示例市教育局' });
  await makeStaff(server.context, { agency, roles: ['agencyAdmin'], username: 'letters.admin' });
  await makeStaff(server.context, { agency, roles: ['caseHandler'], username: 'letters.caseworker' });
  await makeStaff(server.context, { agency: other, roles: ['agencyAdmin'], username: 'letters.foreign' });
});
afterAll(async () => {
  await server.close();
});

describe('文书设置', () => {
  it('links from the agency page and shows the defaults with an example 文号 and a CSRF field', async () => {
    const client = await signedIn('letters.admin');
    const agencyPage = await client.get('/admin/agencies/wenshu-sheding');
    expect(agencyPage.body).toContain(`href="${settingsPath}"`);
    expect(agencyPage.body).toContain(`href="${templatesPath}"`);
    const page = await client.get(settingsPath);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="_csrf"');
    expect(page.body).toContain('value="示商务依申〔{年}〕{序号}号"');
    expect(page.body).toContain('<strong>示商务依申〔2025〕1号</strong>');
    expect(page.body).toContain('请持本通知书到示例市商务局办公室窗口缴纳');
    expect(page.body).toContain('<label for="field-documentNumberPattern">文号格式');
  });

  it('keeps the entered text and explains the problem next to the field, saving nothing', async () => {
    const client = await signedIn('letters.admin');
    await client.get(settingsPath);
    const response = await client.postForm(settingsPath, {
      documentNumberPattern: '示商务[{年}]号',
      isReceiptNumbered: 'on',
      reconsiderationBody: '示例市人民政府',
      court: '',
      feePaymentInstructions: '到窗口缴纳',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('value="示商务[{年}]号"');
    expect(response.body).toContain('value="示例市人民政府"');
    expect(response.body).toMatch(/id="field-isReceiptNumbered"[^>]*checked/);
    expect(response.body).toContain('id="field-documentNumberPattern-error"');
    expect(response.body).toContain('文号格式应包含 {序号}');
    const again = await client.get(settingsPath);
    expect(again.body).toContain('value="示商务依申〔{年}〕{序号}号"');
  });

  it('saves valid settings and shows the new example 文号', async () => {
    const client = await signedIn('letters.admin');
    await client.get(settingsPath);
    const response = await client.postForm(settingsPath, {
      documentNumberPattern: '示商务复〔{年}〕{序号}号',
      isReceiptNumbered: 'on',
      reconsiderationBody: '示例市人民政府',
      court: '示例市示例区人民法院',
      feePaymentInstructions: '通过示例市非税收入缴费平台缴纳',
    });
    expect(response.statusCode).toBe(303);
    const page = await client.get(`${settingsPath}?notice=saved`);
    expect(page.body).toContain('已保存。');
    expect(page.body).toContain('<strong>示商务复〔2025〕1号</strong>');
    expect(page.body).toMatch(/id="field-isReceiptNumbered"[^>]*checked/);
    expect(page.body).toContain('value="示例市示例区人民法院"');
    const log = await client.get('/admin/agencies/wenshu-sheding/events');
    expect(log.body).toContain('修改文书设置');
    expect(log.body).toContain('修改了：文号格式、登记回执编文号、行政复议机关、人民法院、缴费方式');
  });

  it('refuses a post without the CSRF token', async () => {
    const client = await signedIn('letters.admin');
    const response = await client.postForm(
      settingsPath,
      { documentNumberPattern: '伪〔{年}〕{序号}号', feePaymentInstructions: '伪' },
      { csrf: 'none' },
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('文书模板', () => {
  it('lists every template at its default text', async () => {
    const client = await signedIn('letters.admin');
    const page = await client.get(templatesPath);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`共${letterTemplateKeys.length}份，已修改0份`);
    expect(page.body).toContain(`href="${receiptPath}"`);
    expect(page.body).toContain(`href="${templatesPath}/decision.partiallyDisclosed"`);
    expect(editedCount(page.body)).toBe(0);
  });

  it('shows the edit form with the placeholders of the template and which are required', async () => {
    const client = await signedIn('letters.admin');
    const page = await client.get(receiptPath);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="_csrf"');
    expect(page.body).toContain('value="政府信息公开申请登记回执"');
    const requiredCell = (name: string) =>
      new RegExp(
        `<code>\\{${name}\\}</code></th>\\s*<td[^>]*>[^<]*</td>\\s*<td data-label="是否必需">(必需|可选)</td>`,
      );
    expect(requiredCell('答复期限').exec(page.body)?.[1]).toBe('必需');
    expect(requiredCell('收到方式').exec(page.body)?.[1]).toBe('可选');
    expect(page.body).toContain('<code>{收到方式}</code>');
    expect(page.body).not.toContain('<code>{救济途径}</code>');
    expect(page.body).toContain('<label for="field-body">正文');
  });

  it('previews the entered text for a sample case without saving it', async () => {
    const client = await signedIn('letters.admin');
    await client.get(receiptPath);
    const response = await client.postForm(receiptPath, {
      intent: 'preview',
      title: '收件回执',
      body: '{申请人}：\n您的申请已由{机关名称}收到，本机关将于{答复期限}前答复。',
      attachments: '',
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('预览（示例案件，尚未保存）');
    expect(response.body).toContain('<h3 id="preview-title">收件回执</h3>');
    expect(response.body).toContain('<p>张三：</p>');
    expect(response.body).toContain('您的申请已由示例市商务局收到');
    expect(response.body).toContain('<p>示商务复〔2025〕1号</p>');
    const list = await client.get(templatesPath);
    expect(editedCount(list.body)).toBe(0);
  });

  it('keeps an invalid text, escaped, with the problems next to the body, saving nothing', async () => {
    const client = await signedIn('letters.admin');
    await client.get(receiptPath);
    const response = await client.postForm(receiptPath, {
      intent: 'save',
      title: '收件回执',
      body: '<script>alert(1)</script>{申请人姓名}',
      attachments: '申请书复印件',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;{申请人姓名}</textarea>');
    expect(response.body).not.toContain('<script>alert(1)');
    expect(response.body).toContain('id="field-body-error"');
    expect(response.body).toContain('未知的占位符 {申请人姓名}');
    expect(response.body).toContain('缺少必需的占位符 {答复期限}');
    expect(response.body).toContain('value="收件回执"');
    const list = await client.get(templatesPath);
    expect(editedCount(list.body)).toBe(0);
  });

  it('saves an edited text, marks it 已修改, and restores the default', async () => {
    const client = await signedIn('letters.admin');
    await client.get(receiptPath);
    const saved = await client.postForm(receiptPath, {
      intent: 'save',
      title: '收件回执',
      body: '{申请人}：\n本机关将于{答复期限}前答复。',
      attachments: '申请书复印件',
    });
    expect(saved.statusCode).toBe(303);
    const list = await client.get(templatesPath);
    expect(editedCount(list.body)).toBe(1);
    expect(list.body).toContain('<td data-label="标题">收件回执</td>');
    const page = await client.get(receiptPath);
    expect(page.body).toContain('value="收件回执"');
    expect(page.body).toContain('恢复默认');
    expect(page.body).toContain('<summary>查看默认文本</summary>');
    expect(page.body).toContain('<p><strong>政府信息公开申请登记回执</strong></p>');
    const reset = await client.postForm(`${receiptPath}/reset`, {});
    expect(reset.statusCode).toBe(303);
    const after = await client.get(`${receiptPath}?notice=reset`);
    expect(after.body).toContain('已恢复默认文本。');
    expect(after.body).toContain('value="政府信息公开申请登记回执"');
    expect(after.body).not.toContain('查看默认文本');
    expect(editedCount((await client.get(templatesPath)).body)).toBe(0);
    const log = await client.get('/admin/agencies/wenshu-sheding/events');
    expect(log.body).toContain('修改文书模板');
    expect(log.body).toContain('文书模板恢复默认');
  });

  it('answers an unknown template with 404', async () => {
    const client = await signedIn('letters.admin');
    expect((await client.get(`${templatesPath}/nonsense`)).statusCode).toBe(404);
  });
});

describe('who may configure letters', () => {
  it('refuses a case handler of the agency and another agency’s administrator with 403', async () => {
    const ownPages = { 'letters.caseworker': 'wenshu-sheding', 'letters.foreign': 'wenshu-sheding-other' };
    for (const [username, ownSlug] of Object.entries(ownPages)) {
      const client = await signedIn(username);
      for (const url of [settingsPath, templatesPath, receiptPath]) {
        expect((await client.get(url)).statusCode, `${username} ${url}`).toBe(403);
      }
      // A page of their own with a valid CSRF token, so the refusal is the policy's.
      await client.get(`/admin/agencies/${ownSlug}`);
      const post = await client.postForm(settingsPath, {
        documentNumberPattern: '伪〔{年}〕{序号}号',
        feePaymentInstructions: '伪',
      });
      expect(post.statusCode).toBe(403);
      await client.get(`/admin/agencies/${ownSlug}`);
      const reset = await client.postForm(`${receiptPath}/reset`, {});
      expect(reset.statusCode).toBe(403);
    }
    const caseworker = await signedIn('letters.caseworker');
    const agencyPage = await caseworker.get('/admin/agencies/wenshu-sheding');
    expect(agencyPage.body).not.toContain(settingsPath);
    const admin = await signedIn('letters.admin');
    expect((await admin.get(settingsPath)).body).toContain('value="示商务复〔{年}〕{序号}号"');
  });
});
