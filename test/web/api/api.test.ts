import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyRow } from '../../../src/db/repositories/agencies.ts';
import { createApiToken } from '../../../src/use-cases/api-tokens/create-api-token.ts';
import { apiOperations } from '../../../src/web/api/openapi-document.ts';
import { registeredApiRoutes } from '../../../src/web/api/register-api.ts';
import { onlineRequestInput } from '../../support/disclosure-requests.ts';
import { makeAgency, makeStaff, testPassword, testSystemActor } from '../../support/factories.ts';
import { createWebClient, csrfTokenIn } from '../support/web-client.ts';
import { startWebTestServer, type WebTestServer } from '../support/web-test-server.ts';

let server: WebTestServer;
let agency: AgencyRow;
let handlerToken: string;
let officeHeadToken: string;
let administratorToken: string;
let handlerUsername: string;

beforeAll(async () => {
  server = await startWebTestServer();
  agency = await makeAgency(server.context, { slug: 'api-test' });
  const handler = await makeStaff(server.context, { agency, roles: ['caseHandler'] });
  const officeHead = await makeStaff(server.context, { agency, roles: ['officeHead'] });
  const administrator = await makeStaff(server.context, { agency, roles: ['agencyAdmin'] });
  handlerUsername = handler.user.username;
  const tokenFor = async (username: string) =>
    (await createApiToken(server.context, testSystemActor, { agencySlug: agency.slug, username })).token;
  handlerToken = await tokenFor(handler.user.username);
  officeHeadToken = await tokenFor(officeHead.user.username);
  administratorToken = await tokenFor(administrator.user.username);
});
afterAll(async () => server.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function applicationBody() {
  const { agencySlug: _agencySlug, ...rest } = onlineRequestInput({ agencySlug: 'unused' });
  return rest;
}

describe('JSON API with an API token', () => {
  it('creates, lists, reads and moves an application; no CSRF token needed', async () => {
    const { app } = server;
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: bearer(handlerToken),
      payload: {
        ...applicationBody(),
        attachments: [
          {
            fileName: '身份证明.pdf',
            mediaType: 'application/pdf',
            contentBase64: Buffer.from('%PDF-1.4 test').toString('base64'),
          },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const submitted = created.json<{ requestId: string; caseNumber: string; queryCode: string }>();
    expect(submitted.caseNumber).toBe('api-test-2025-00001');

    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/applications?phase=new',
      headers: bearer(handlerToken),
    });
    expect(list.statusCode).toBe(200);
    expect(list.json<{ entries: Array<{ caseNumber: string; applicantName: string }> }>().entries).toEqual([
      expect.objectContaining({ caseNumber: submitted.caseNumber, applicantName: '张三' }),
    ]);

    const read = await app.inject({
      method: 'GET',
      url: `/api/v1/applications/${submitted.requestId}`,
      headers: bearer(handlerToken),
    });
    expect(read.statusCode).toBe(200);
    const view = read.json<{
      version: number;
      deadlines: { replyDueDate: string };
      attachments: unknown[];
    }>();
    expect(view.deadlines.replyDueDate).toBe('2025-03-31');
    expect(view.attachments).toHaveLength(1);
    const attachmentId = (view.attachments[0] as { id: string }).id;
    const file = await app.inject({
      method: 'GET',
      url: `/api/v1/applications/${submitted.requestId}/attachments/${attachmentId}`,
      headers: bearer(handlerToken),
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.body).toBe('%PDF-1.4 test');
    const forAdministrator = await app.inject({
      method: 'GET',
      url: `/api/v1/applications/${submitted.requestId}/attachments/${attachmentId}`,
      headers: bearer(administratorToken),
    });
    expect(forAdministrator.statusCode).toBe(403);

    const moved = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${submitted.requestId}/transitions`,
      headers: bearer(handlerToken),
      payload: {
        expectedVersion: view.version,
        command: { type: 'requestClarification', date: '2025-03-03', whatToSupply: '请说明所需信息的年度' },
      },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'awaitingClarification', version: 2 });

    const stale = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${submitted.requestId}/transitions`,
      headers: bearer(handlerToken),
      payload: { expectedVersion: 1, command: { type: 'withdraw', date: '2025-03-03', reason: '撤回' } },
    });
    expect(stale.statusCode).toBe(409);
    const wrongState = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${submitted.requestId}/transitions`,
      headers: bearer(officeHeadToken),
      payload: { expectedVersion: 2, command: { type: 'approveDecision', date: '2025-03-03' } },
    });
    expect(wrongState.statusCode).toBe(400);
    expect(wrongState.json<{ error: { message: string } }>().error.message).toContain('不能审批同意答复');
  });

  it('records and updates appeal cases', async () => {
    const { app } = server;
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: bearer(handlerToken),
      payload: { ...applicationBody(), channel: 'registeredMail', receivedOn: '2025-02-20' },
    });
    expect(created.statusCode).toBe(201);
    const { requestId } = created.json<{ requestId: string }>();
    const appeal = await app.inject({
      method: 'POST',
      url: '/api/v1/appeal-cases',
      headers: bearer(handlerToken),
      payload: { requestId, kind: 'litigationDirect', filedOn: '2025-03-01' },
    });
    expect(appeal.statusCode).toBe(201);
    const { appealCaseId, version } = appeal.json<{ appealCaseId: string; version: number }>();
    const updated = await app.inject({
      method: 'PATCH',
      url: `/api/v1/appeal-cases/${appealCaseId}`,
      headers: bearer(handlerToken),
      payload: { expectedVersion: version, result: 'corrected', closedOn: '2025-03-03' },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ result: 'corrected', resultLabel: '结果纠正' });
    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/appeal-cases',
      headers: bearer(handlerToken),
    });
    expect(list.json<unknown[]>()).toHaveLength(1);
  });

  it('refuses a missing or wrong token (401), a role without case rights (403) and bad input (400)', async () => {
    const { app } = server;
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/applications' });
    expect(anonymous.statusCode).toBe(401);
    const anonymousPost = await app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: applicationBody(),
    });
    expect(anonymousPost.statusCode).toBe(401);
    const wrong = await app.inject({
      method: 'GET',
      url: '/api/v1/applications',
      headers: bearer('gk_not-a-token'),
    });
    expect(wrong.statusCode).toBe(401);
    const administrator = await app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: bearer(administratorToken),
      payload: applicationBody(),
    });
    expect(administrator.statusCode).toBe(403);
    const invalid = await app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: bearer(handlerToken),
      payload: {
        ...applicationBody(),
        applicant: { ...applicationBody().applicant, identityDocumentNumber: '330402199001011231' },
      },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({
      error: { code: 'invalid', fieldErrors: { 'applicant.identityDocumentNumber': expect.any(String) } },
    });
  });
});

describe('JSON API letters', () => {
  it('issues a letter, lists and reads the case letters, and downloads them as DOCX and PDF', async () => {
    const { app } = server;
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: bearer(handlerToken),
      payload: { ...applicationBody(), channel: 'registeredMail', receivedOn: '2025-02-24' },
    });
    const { requestId } = created.json<{ requestId: string }>();
    const moved = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${requestId}/transitions`,
      headers: bearer(handlerToken),
      payload: {
        expectedVersion: 1,
        command: { type: 'requestClarification', date: '2025-02-26', whatToSupply: '请说明所需信息的年度' },
      },
    });
    expect(moved.statusCode).toBe(200);
    const lettersUrl = `/api/v1/applications/${requestId}/letters`;

    const refused = await app.inject({
      method: 'POST',
      url: lettersUrl,
      headers: bearer(handlerToken),
      payload: { kind: 'decision' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toBe(
      '本案当前不能生成政府信息公开申请答复告知书',
    );
    const unknownKind = await app.inject({
      method: 'POST',
      url: lettersUrl,
      headers: bearer(handlerToken),
      payload: { kind: 'poem' },
    });
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json()).toMatchObject({ error: { fieldErrors: { kind: '文书种类无效' } } });
    const byAdministrator = await app.inject({
      method: 'POST',
      url: lettersUrl,
      headers: bearer(administratorToken),
      payload: { kind: 'clarificationNotice' },
    });
    expect(byAdministrator.statusCode).toBe(403);

    const issued = await app.inject({
      method: 'POST',
      url: lettersUrl,
      headers: bearer(handlerToken),
      payload: { kind: 'clarificationNotice' },
    });
    expect(issued.statusCode).toBe(201);
    const letter = issued.json<{
      id: string;
      kind: string;
      documentNumber: string | null;
      letter: { title: string; paragraphs: string[] };
    }>();
    expect(letter.kind).toBe('clarificationNotice');
    expect(letter.letter.paragraphs.join('\n')).toContain('请说明所需信息的年度');

    const list = await app.inject({ method: 'GET', url: lettersUrl, headers: bearer(handlerToken) });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([
      expect.objectContaining({
        id: letter.id,
        kind: 'clarificationNotice',
        kindLabel: '补正申请告知书',
        title: letter.letter.title,
        documentNumber: letter.documentNumber,
        issuedOn: '2025-03-03',
      }),
    ]);
    expect(list.json<Array<Record<string, unknown>>>()[0]).not.toHaveProperty('letter');
    const forAdministrator = await app.inject({
      method: 'GET',
      url: lettersUrl,
      headers: bearer(administratorToken),
    });
    expect(forAdministrator.statusCode).toBe(403);

    const one = await app.inject({
      method: 'GET',
      url: `${lettersUrl}/${letter.id}`,
      headers: bearer(handlerToken),
    });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual(letter);
    const missing = await app.inject({
      method: 'GET',
      url: `${lettersUrl}/00000000-0000-4000-8000-000000000000`,
      headers: bearer(handlerToken),
    });
    expect(missing.statusCode).toBe(404);

    const docx = await app.inject({
      method: 'GET',
      url: `${lettersUrl}/${letter.id}/docx`,
      headers: bearer(handlerToken),
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await app.inject({
      method: 'GET',
      url: `${lettersUrl}/${letter.id}/pdf`,
      headers: bearer(handlerToken),
    });
    if (pdf.statusCode === 200) expect(pdf.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    else {
      expect(pdf.statusCode).toBe(503);
      expect(pdf.json<{ error: { message: string } }>().error.message).toContain('中文字体');
    }
    const otherFormat = await app.inject({
      method: 'GET',
      url: `${lettersUrl}/${letter.id}/txt`,
      headers: bearer(handlerToken),
    });
    expect(otherFormat.statusCode).toBe(400);
  });
});

describe('JSON API rate limit', () => {
  it('refuses more than 30 submissions a minute from one token', async () => {
    const { app } = server;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 31; attempt += 1) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: bearer(officeHeadToken),
        payload: { information: {} },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

describe('JSON API with a staff session', () => {
  it('reads with the session cookie, and needs the CSRF token to change anything', async () => {
    const { app } = server;
    const client = createWebClient(app);
    const login = await client.logIn({ username: handlerUsername, password: testPassword });
    expect(login.statusCode).toBe(303);
    const cookies = Object.fromEntries(client.cookies);
    const list = await app.inject({ method: 'GET', url: '/api/v1/applications', cookies });
    expect(list.statusCode).toBe(200);
    const withoutCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      cookies,
      payload: applicationBody(),
    });
    expect(withoutCsrf.statusCode).toBe(403);
    // A bearer header does not lift the CSRF check from a request that carries the session cookie.
    const mixed = await app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      cookies,
      headers: bearer(handlerToken),
      payload: applicationBody(),
    });
    expect(mixed.statusCode).toBe(403);
    const page = await client.get('/admin');
    const csrfToken = csrfTokenIn(page.body);
    const withCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      cookies: Object.fromEntries(client.cookies),
      headers: { 'x-csrf-token': csrfToken },
      payload: applicationBody(),
    });
    expect(withCsrf.statusCode).toBe(201);
  });
});

describe('staff session cookie shared by the back office and the API (decision 0006)', () => {
  it('is sent to /api/v1 by a browser; unsafe calls with it need the CSRF header, API tokens do not', async () => {
    const { app } = server;
    const client = createWebClient(app);
    const login = await client.logIn({ username: handlerUsername, password: testPassword });
    // Path=/ : a browser sends the cookie to /api/v1 as well as to /admin.
    expect(String(login.headers['set-cookie'])).toMatch(
      /gongkai_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/,
    );
    const cookies = Object.fromEntries(client.cookies);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: bearer(handlerToken),
      payload: { ...applicationBody(), channel: 'inPerson', receivedOn: '2025-02-28' },
    });
    expect(created.statusCode).toBe(201);
    const { requestId } = created.json<{ requestId: string }>();
    const read = await app.inject({ method: 'GET', url: `/api/v1/applications/${requestId}`, cookies });
    expect(read.statusCode).toBe(200);

    const lettersUrl = `/api/v1/applications/${requestId}/letters`;
    const withoutCsrf = await app.inject({
      method: 'POST',
      url: lettersUrl,
      cookies,
      payload: { kind: 'receipt' },
    });
    expect(withoutCsrf.statusCode).toBe(403);
    expect(withoutCsrf.json()).toMatchObject({ error: { code: 'csrf' } });
    const appeal = await app.inject({
      method: 'POST',
      url: '/api/v1/appeal-cases',
      headers: bearer(handlerToken),
      payload: { requestId, kind: 'reconsideration', filedOn: '2025-03-01' },
    });
    const { appealCaseId, version } = appeal.json<{ appealCaseId: string; version: number }>();
    const patchWithoutCsrf = await app.inject({
      method: 'PATCH',
      url: `/api/v1/appeal-cases/${appealCaseId}`,
      cookies,
      payload: { expectedVersion: version, result: 'upheld', closedOn: '2025-03-03' },
    });
    expect(patchWithoutCsrf.statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/applications/${requestId}/letters`, cookies })).json(),
    ).toEqual([]);

    const csrfToken = csrfTokenIn((await client.get('/admin')).body);
    const withCsrf = await app.inject({
      method: 'POST',
      url: lettersUrl,
      cookies: Object.fromEntries(client.cookies),
      headers: { 'x-csrf-token': csrfToken },
      payload: { kind: 'receipt' },
    });
    expect(withCsrf.statusCode).toBe(201);
    const patchWithCsrf = await app.inject({
      method: 'PATCH',
      url: `/api/v1/appeal-cases/${appealCaseId}`,
      cookies: Object.fromEntries(client.cookies),
      headers: { 'x-csrf-token': csrfToken },
      payload: { expectedVersion: version, result: 'upheld', closedOn: '2025-03-03' },
    });
    expect(patchWithCsrf.statusCode).toBe(200);

    const byToken = await app.inject({
      method: 'POST',
      url: lettersUrl,
      headers: bearer(handlerToken),
      payload: { kind: 'receipt' },
    });
    expect(byToken.statusCode).toBe(201);

    // Logging out clears the cookie at / and where it lived before (/admin).
    const logout = await client.postForm('/admin/logout', {});
    const cleared = [logout.headers['set-cookie']]
      .flat()
      .filter((cookie) => cookie?.startsWith('gongkai_session='));
    expect(cleared.map((cookie) => /Path=([^;]+)/.exec(cookie ?? '')?.[1]).sort()).toEqual(['/', '/admin']);
    const afterLogout = await app.inject({ method: 'GET', url: lettersUrl, cookies });
    expect(afterLogout.statusCode).toBe(401);
  });
});

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and describes every registered route', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(document.openapi).toBe('3.1.0');
    expect((document as unknown as { info: { description: string } }).info.description).toContain(
      'x-csrf-token',
    );
    const documented = Object.entries(document.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    const registered = registeredApiRoutes(server.app)
      .map((route) => `${route.method} /api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    expect(registered.length).toBe(apiOperations.length);
    expect(documented).toEqual(registered);
    const create = document.paths['/api/v1/applications']?.post as {
      requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
    };
    expect(Object.keys(create.requestBody.content['application/json']?.schema.properties ?? {})).toEqual(
      expect.arrayContaining(['applicant', 'information', 'attachments', 'idempotencyKey']),
    );
    const letters = document.paths['/api/v1/applications/{requestId}/letters'];
    expect(Object.keys(letters ?? {}).sort()).toEqual(['get', 'post']);
    const download = document.paths['/api/v1/applications/{requestId}/letters/{letterId}/{format}']?.get as {
      parameters: Array<{ name: string; schema: { enum?: string[] } }>;
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    expect(download.parameters.find((parameter) => parameter.name === 'format')?.schema.enum).toEqual([
      'docx',
      'pdf',
    ]);
    expect(Object.keys(download.responses['200']?.content ?? {})).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/pdf',
    ]);
    expect(download.responses).toHaveProperty('503');
  });
});
