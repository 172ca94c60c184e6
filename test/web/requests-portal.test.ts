import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgency } from '../support/factories.ts';
import { multipartBody } from './support/multipart-body.ts';
import { csrfTokenIn, createWebClient, type WebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

let server: WebTestServer;
const slug = 'shangwu';

beforeAll(async () => {
  server = await startWebTestServer();
  await makeAgency(server.context, { slug, name: '示例市商务局', officeTelephone: '0571-12345678' });
});
afterAll(async () => {
  await server.close();
});

const validFields = {
  applicantType: 'naturalPerson',
  name: '张三',
  identityDocumentKind: 'residentIdentityCard',
  identityDocumentNumber: '330402199001011230',
  phone: '13812345678',
  email: 'zhangsan@example.com',
  postalAddress: '浙江省嘉兴市南湖区示例路1号',
  postalCode: '314000',
  informationTitle: '2024年度商贸流通专项资金分配结果',
  informationDocumentNumber: '示商〔2024〕12号',
  informationDescription: '请提供2024年度商贸流通专项资金的分配结果及分配依据。',
  purpose: '了解政策',
  requestedForm: 'electronic',
  deliveryMethod: 'email',
  consent: 'yes',
};

function hiddenKeyIn(body: string): string {
  const match = /name="idempotencyKey" value="([^"]+)"/.exec(body);
  if (!match?.[1]) throw new Error('no idempotency key on the form');
  return match[1];
}

async function openForm(client: WebClient): Promise<string> {
  const page = await client.get(`/a/${slug}/apply`);
  expect(page.statusCode).toBe(200);
  return hiddenKeyIn(page.body);
}

function codesIn(body: string): { caseNumber: string; queryCode: string } {
  const caseNumber = /id="case-number">([^<]+)</.exec(body)?.[1];
  const queryCode = /id="query-code">([^<]+)</.exec(body)?.[1];
  if (!caseNumber || !queryCode) throw new Error('no case number or query code on the receipt');
  return { caseNumber, queryCode };
}

async function submitValid(
  client: WebClient,
): Promise<{ caseNumber: string; queryCode: string; body: string }> {
  const key = await openForm(client);
  const response = await client.postForm(`/a/${slug}/apply`, { ...validFields, idempotencyKey: key });
  expect(response.statusCode).toBe(200);
  return { ...codesIn(response.body), body: response.body };
}

describe('online application form', () => {
  it('shows an accessible form with every field, the consent notice and a hidden idempotency key', async () => {
    const client = createWebClient(server.app);
    const page = await client.get(`/a/${slug}/apply`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('在线申请政府信息公开');
    expect(page.body).toContain('enctype="multipart/form-data"');
    for (const name of [
      'applicantType',
      'name',
      'identityDocumentKind',
      'identityDocumentNumber',
      'phone',
      'email',
      'postalAddress',
      'informationTitle',
      'informationDocumentNumber',
      'informationDescription',
      'purpose',
      'requestedForm',
      'deliveryMethod',
      'attachments',
      'consent',
    ]) {
      expect(page.body).toContain(`name="${name}"`);
    }
    expect(page.body).toContain('法人或其他组织（商业企业）');
    expect(page.body).toContain('个人信息告知');
    expect(hiddenKeyIn(page.body)).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  });

  it('registers the request and shows the case number, the query code and the reply period on a receipt', async () => {
    const client = createWebClient(server.app);
    const { caseNumber, queryCode, body } = await submitValid(client);
    expect(caseNumber).toMatch(/^shangwu-2025-\d{5}$/);
    expect(queryCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    expect(body).toContain('查询码只显示这一次');
    expect(body).toContain('20个工作日');
    expect(body).toContain('第三十一条');
    // Received 2025-03-03 (Monday): 20 working days after it is 2025-03-31, as worked out by hand.
    expect(body).toContain('id="reply-due-date">2025年3月31日');
    expect(body).toContain('打印');
  });

  it('creates one case for a double submission of the same form, with the same code', async () => {
    const client = createWebClient(server.app);
    const key = await openForm(client);
    const first = await client.postForm(`/a/${slug}/apply`, { ...validFields, idempotencyKey: key });
    await client.get(`/a/${slug}/apply`);
    const second = await client.postForm(`/a/${slug}/apply`, { ...validFields, idempotencyKey: key });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(codesIn(second.body)).toEqual(codesIn(first.body));
    expect(second.body).toContain('没有重复登记');
  });

  it('re-renders the form with everything typed and a Chinese message per field', async () => {
    const client = createWebClient(server.app);
    const key = await openForm(client);
    const response = await client.postForm(`/a/${slug}/apply`, {
      ...validFields,
      identityDocumentNumber: '330402199001011231',
      informationTitle: '',
      informationDescription: '',
      phone: '',
      email: '',
      postalAddress: '',
      consent: '',
      idempotencyKey: key,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('请修改以下问题后再提交');
    expect(response.body).toContain('校验');
    expect(response.body).toContain('请填写所需政府信息的名称');
    expect(response.body).toContain('请描述所需的政府信息');
    expect(response.body).toContain('个人信息告知');
    expect(response.body).toContain('aria-invalid="true"');
    expect(response.body).toContain('value="张三"');
    expect(response.body).toContain('value="330402199001011231"');
    expect(response.body).toContain(`value="${key}"`);
    expect(response.body).not.toContain('id="case-number"');
  });

  it('asks for the missing fields when the form is posted empty', async () => {
    const client = createWebClient(server.app);
    await openForm(client);
    const response = await client.postForm(`/a/${slug}/apply`, {});
    expect(response.statusCode).toBe(400);
    for (const message of [
      '请选择申请人类型',
      '请选择身份证明类型',
      '请填写所需政府信息的名称',
      '请选择信息的提供形式',
    ])
      expect(response.body).toContain(message);
  });

  it('refuses a submission without the CSRF token', async () => {
    const client = createWebClient(server.app);
    const key = await openForm(client);
    const response = await client.postForm(
      `/a/${slug}/apply`,
      { ...validFields, idempotencyKey: key },
      { csrf: 'none' },
    );
    expect(response.statusCode).toBe(403);
    const status = await client.postForm(
      `/a/${slug}/status`,
      { caseNumber: 'x', queryCode: 'y' },
      { csrf: 'none' },
    );
    expect(status.statusCode).toBe(403);
  });
});

describe('applicant status page', () => {
  it('shows the status, the reply due date and the letters sent for the right code', async () => {
    const client = createWebClient(server.app);
    const { caseNumber, queryCode } = await submitValid(client);
    await client.get(`/a/${slug}/status`);
    const response = await client.postForm(`/a/${slug}/status`, {
      caseNumber,
      queryCode: queryCode.toLowerCase().replace('-', ' '),
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('id="status-label">已登记');
    expect(response.body).toContain('id="reply-due-date">2025年3月31日');
    expect(response.body).toContain('政府信息公开申请登记回执');
    expect(response.body).not.toContain('张三');
    expect(response.body).not.toContain(queryCode);
  });

  it('gives the same answer for a wrong code and an unknown number', async () => {
    const client = createWebClient(server.app);
    const { caseNumber } = await submitValid(client);
    await client.get(`/a/${slug}/status`);
    const wrongCode = await client.postForm(`/a/${slug}/status`, { caseNumber, queryCode: 'ABCDE-23456' });
    await client.get(`/a/${slug}/status`);
    const unknown = await client.postForm(`/a/${slug}/status`, {
      caseNumber: 'shangwu-2025-09999',
      queryCode: 'ABCDE-23456',
    });
    expect(wrongCode.statusCode).toBe(unknown.statusCode);
    const messageOf = (body: string) => /id="lookup-message">([^<]+)</.exec(body)?.[1];
    expect(messageOf(wrongCode.body)).toBeDefined();
    expect(messageOf(wrongCode.body)).toBe(messageOf(unknown.body));
    expect(wrongCode.body).not.toContain('已登记');
    expect(wrongCode.body.replace(caseNumber, 'shangwu-2025-09999').replace(/value="[^"]*"/g, '')).toBe(
      unknown.body.replace(/value="[^"]*"/g, ''),
    );
  });

  it('answers a case of another agency, even with its right code, as it answers an unknown number', async () => {
    await makeAgency(server.context, { slug: 'jiaoyu', name: '示例市教育局' });
    const client = createWebClient(server.app);
    const { caseNumber, queryCode } = await submitValid(client);
    await client.get('/a/jiaoyu/status');
    const elsewhere = await client.postForm('/a/jiaoyu/status', { caseNumber, queryCode });
    await client.get('/a/jiaoyu/status');
    const unknown = await client.postForm('/a/jiaoyu/status', {
      caseNumber: 'jiaoyu-2025-09999',
      queryCode,
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.statusCode).toBe(unknown.statusCode);
    expect(elsewhere.body).not.toContain('已登记');
    expect(elsewhere.body.replace(/value="[^"]*"/g, '')).toBe(unknown.body.replace(/value="[^"]*"/g, ''));
    const letters = await client.postForm('/a/jiaoyu/status/letters', {
      caseNumber,
      queryCode,
      letter: '00000000-0000-4000-8000-000000000000.docx',
    });
    expect(letters.statusCode).toBe(404);
    // On its own agency's portal the same code still finds it.
    await client.get(`/a/${slug}/status`);
    const own = await client.postForm(`/a/${slug}/status`, { caseNumber, queryCode });
    expect(own.statusCode).toBe(200);
  });
});

describe('attachments and limits', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const executable = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 3, 0, 0, 0]);

  async function postMultipart(files: Array<{ fileName: string; content: Uint8Array }>) {
    const client = createWebClient(server.app);
    const page = await client.get(`/a/${slug}/apply`);
    const body = multipartBody({
      fields: { ...validFields, _csrf: csrfTokenIn(page.body), idempotencyKey: hiddenKeyIn(page.body) },
      files: files.map((file) => ({ fieldName: 'attachments', ...file })),
    });
    return server.app.inject({
      method: 'POST',
      url: `/a/${slug}/apply`,
      cookies: Object.fromEntries(client.cookies),
      headers: { 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  it('accepts an image attachment with the multipart form', async () => {
    const response = await postMultipart([{ fileName: 'shenfenzheng.png', content: png }]);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('id="case-number"');
  });

  it('refuses an executable, keeping what was typed', async () => {
    const response = await postMultipart([{ fileName: 'setup.exe', content: executable }]);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('类型不被接受');
    expect(response.body).toContain('value="张三"');
    expect(response.body).not.toContain('id="case-number"');
  });

  it('rate-limits the status lookups of one address', async () => {
    const client = createWebClient(server.app);
    await client.get(`/a/${slug}/status`);
    const token = csrfTokenIn((await client.get(`/a/${slug}/status`)).body);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) {
      const response = await client.postForm(
        `/a/${slug}/status`,
        { caseNumber: 'shangwu-2025-09999', queryCode: 'ABCDE-23456' },
        { csrf: token },
      );
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 20).every((status) => status === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
