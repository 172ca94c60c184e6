import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import { applyCaseCommand } from '../../src/use-cases/disclosure-requests/apply-case-command.ts';
import { issueLetter } from '../../src/use-cases/disclosure-requests/case-letters.ts';
import { registerRequest } from '../../src/use-cases/disclosure-requests/register-request.ts';
import { staffRegistrationInput, validApplicant } from '../support/disclosure-requests.ts';
import { makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { multipartBody } from './support/multipart-body.ts';
import { createWebClient, csrfTokenIn, type WebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

let server: WebTestServer;
let agency: AgencyRow;
let handler: { actor: StaffActor; username: string };
let officeHead: { actor: StaffActor; username: string };
let supervisor: { username: string };
let otherAgencyHandler: { username: string };
const cases: Record<'overdue' | 'dueSoon' | 'fresh', string> = { overdue: '', dueSoon: '', fresh: '' };

async function staff(roles: Parameters<typeof makeStaff>[1]['roles'], target: AgencyRow, username: string) {
  const { actor } = await makeStaff(server.context, { agency: target, roles, username });
  return { actor, username };
}

async function signedIn(username: string): Promise<WebClient> {
  const client = createWebClient(server.app);
  const response = await client.logIn({ username, password: testPassword });
  expect(response.statusCode).toBe(303);
  return client;
}

beforeAll(async () => {
  server = await startWebTestServer();
  agency = await makeAgency(server.context, { slug: 'shangwu', name: '示例市商务局' });
  const other = await makeAgency(server.context, { slug: 'jiaoyu', name: '示例市教育局' });
  handler = await staff(['caseHandler'], agency, 'handler');
  officeHead = await staff(['officeHead'], agency, 'head');
  supervisor = await staff(['supervisor'], agency, 'supervisor');
  otherAgencyHandler = await staff(['caseHandler'], other, 'other.handler');
  // Today is 2025-03-03 (the test clock). Due dates worked out by hand with the 2025 calendar:
  // received 2025-01-20 → due 2025-02-21 (Spring Festival skipped, Sunday 26 January worked) → 6 working days overdue;
  // received 2025-02-05 → due 2025-03-04 (Saturday 8 February worked) → 1 working day left;
  // received 2025-02-24 → due 2025-03-24 → 15 working days left.
  const register = async (receivedOn: string, name: string, title: string) =>
    (
      await registerRequest(
        server.context,
        handler.actor,
        staffRegistrationInput({
          agencySlug: agency.slug,
          receivedOn,
          applicant: validApplicant({ name }),
          information: {
            informationTitle: title,
            informationDescription: `${title}的内容`,
            requestedForm: 'paper',
            deliveryMethod: 'post',
          },
        }),
      )
    ).caseNumber;
  cases.fresh = await register('2025-02-24', '王五', '新申请的信息');
  cases.overdue = await register('2025-01-20', '李四', '超期申请的信息');
  cases.dueSoon = await register('2025-02-05', '赵六', '即将到期的信息');
});
afterAll(async () => {
  await server.close();
});

function rowOrder(body: string): string[] {
  return [...body.matchAll(/href="\/admin\/requests\/(shangwu-\d{4}-\d{5})"/g)].map(
    (match) => match[1] ?? '',
  );
}

describe('work queue', () => {
  it('lists the open cases by reply due date with masked names and working days left or overdue', async () => {
    const client = await signedIn(handler.username);
    const response = await client.get('/admin/requests');
    expect(response.statusCode).toBe(200);
    expect(rowOrder(response.body)).toEqual([cases.overdue, cases.dueSoon, cases.fresh]);
    expect(response.body).toContain('2025年2月21日');
    expect(response.body).toContain('已超期6个工作日');
    expect(response.body).toContain('2025年3月4日');
    expect(response.body).toContain('剩余1个工作日');
    expect(response.body).toContain('2025年3月24日');
    expect(response.body).toContain('剩余15个工作日');
    expect(response.body).toContain('李*');
    expect(response.body).not.toContain('李四');
    expect(response.body).toContain('已超期（1）');
    expect(response.body).toContain('5个工作日内到期（1）');
    expect(response.body).toContain('新登记（1）');
  });

  it('filters by phase', async () => {
    const client = await signedIn(handler.username);
    const overdue = await client.get('/admin/requests?phase=overdue');
    expect(rowOrder(overdue.body)).toEqual([cases.overdue]);
    const dueSoon = await client.get('/admin/requests?phase=dueSoon');
    expect(rowOrder(dueSoon.body)).toEqual([cases.dueSoon]);
    const fresh = await client.get('/admin/requests?phase=new');
    expect(rowOrder(fresh.body)).toEqual([cases.fresh]);
    const closed = await client.get('/admin/requests?phase=closed');
    expect(rowOrder(closed.body)).toEqual([]);
    const search = await client.get(`/admin/requests?q=${encodeURIComponent('即将到期')}`);
    expect(rowOrder(search.body)).toEqual([cases.dueSoon]);
  });

  it('shows the reminders on the dashboard of handlers and office heads', async () => {
    for (const username of [handler.username, officeHead.username]) {
      const client = await signedIn(username);
      const dashboard = await client.get('/admin');
      expect(dashboard.body).toContain('id="overdue-count">1<');
      expect(dashboard.body).toContain('id="due-soon-count">1<');
      expect(dashboard.body).toContain('href="/admin/requests"');
    }
    const supervising = await signedIn(supervisor.username);
    const dashboard = await supervising.get('/admin');
    expect(dashboard.body).not.toContain('request-reminders');
  });

  it('shows a supervisor the queue without personal data', async () => {
    const client = await signedIn(supervisor.username);
    const response = await client.get('/admin/requests');
    expect(response.statusCode).toBe(200);
    expect(rowOrder(response.body)).toHaveLength(3);
    expect(response.body).not.toContain('李*');
    expect(response.body).toContain('自然人');
    expect(response.body).not.toContain('登记新申请');
  });

  it("does not show another agency's cases", async () => {
    const client = await signedIn(otherAgencyHandler.username);
    const response = await client.get('/admin/requests');
    expect(rowOrder(response.body)).toEqual([]);
  });
});

function versionIn(body: string): string {
  const match = /name="expectedVersion" value="(\d+)"/.exec(body);
  if (!match?.[1]) throw new Error('no command form on the page');
  return match[1];
}

async function postCommand(
  client: WebClient,
  caseNumber: string,
  type: string,
  fields: Record<string, string>,
): Promise<Awaited<ReturnType<WebClient['postForm']>>> {
  const page = await client.get(`/admin/requests/${caseNumber}`);
  expect(page.statusCode).toBe(200);
  return client.postForm(`/admin/requests/${caseNumber}/commands/${type}`, {
    expectedVersion: versionIn(page.body),
    ...fields,
  });
}

describe('case page', () => {
  it('shows a handler the applicant, the deadlines with their explanation and the forms of the available commands', async () => {
    const client = await signedIn(handler.username);
    const response = await client.get(`/admin/requests/${cases.overdue}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('李四');
    expect(response.body).toContain('330402199001011230');
    expect(response.body).toContain('id="reply-due-date">2025年2月21日');
    expect(response.body).toContain('已超期6个工作日');
    expect(response.body).toContain('期限计算说明');
    expect(response.body).toContain('春节');
    for (const label of ['发出补正通知', '发出征求意见函', '发出收费通知', '提交答复意见', '登记撤回申请'])
      expect(response.body).toContain(`<summary>${label}</summary>`);
    expect(response.body).not.toContain('<summary>批准延期答复</summary>');
    expect(response.body).toContain('同一申请人2025年1月的其他申请');
  });

  it("starts the fee form with the request's number among the applicant's requests of the month", async () => {
    const client = await signedIn(handler.username);
    // The same identity applied on 2025-02-05 and 2025-02-24: the later request is the 2nd of February.
    const response = await client.get(`/admin/requests/${cases.fresh}`);
    expect(response.body).toMatch(/name="requestNumberInMonth"[^>]*value="2"/);
  });

  it('shows a supervisor the case without personal data and without forms', async () => {
    const client = await signedIn(supervisor.username);
    const response = await client.get(`/admin/requests/${cases.overdue}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('李四');
    expect(response.body).not.toContain('330402199001011230');
    expect(response.body).toContain('id="applicant-hidden"');
    expect(response.body).not.toContain('name="expectedVersion"');
    expect(response.body).not.toContain('同一申请人');
  });

  it("refuses another agency's user", async () => {
    const client = await signedIn(otherAgencyHandler.username);
    const response = await client.get(`/admin/requests/${cases.overdue}`);
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain('李四');
    const unknown = await client.get('/admin/requests/shangwu-2025-09999');
    expect(unknown.statusCode).toBe(404);
  });

  it('applies a clarification request and its answer, and refuses a stale form', async () => {
    const client = await signedIn(handler.username);
    const stale = versionIn((await client.get(`/admin/requests/${cases.dueSoon}`)).body);
    const requested = await postCommand(client, cases.dueSoon, 'requestClarification', {
      date: '2025-02-10',
      whatToSupply: '请写明所需信息的形成时间',
      supplementWorkingDays: '',
    });
    expect(requested.statusCode).toBe(303);
    const page = await client.get(requested.headers.location as string);
    expect(page.body).toContain('已完成：发出补正通知');
    expect(page.body).toContain('id="case-status">待申请人补正');
    expect(page.body).toContain('请写明所需信息的形成时间');

    const refused = await client.postForm(`/admin/requests/${cases.dueSoon}/commands/receiveClarification`, {
      expectedVersion: stale,
      date: '2025-02-20',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('已有新的办理记录');

    const received = await postCommand(client, cases.dueSoon, 'receiveClarification', { date: '2025-02-20' });
    expect(received.statusCode).toBe(303);
    // Restarted on 2025-02-20 (Art. 30): 20 working days after it is 2025-03-20.
    const after = await client.get(`/admin/requests/${cases.dueSoon}`);
    expect(after.body).toContain('id="reply-due-date">2025年3月20日');
  });

  it("re-renders a refused command with the domain's Chinese message", async () => {
    const client = await signedIn(handler.username);
    const response = await postCommand(client, cases.overdue, 'requestClarification', {
      date: '2025-01-10',
      whatToSupply: '补充材料',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="command-requestClarification-error"');
    expect(response.body).toContain('value="2025-01-10"');
    expect(response.body).toContain('未能发出补正通知');
  });

  it('refuses a step by the wrong role, and lets the office head extend the reply period', async () => {
    const client = await signedIn(handler.username);
    const refused = await postCommand(client, cases.fresh, 'approveExtension', {
      date: '2025-03-03',
      workingDays: '10',
      reason: '需要检索的档案较多',
    });
    expect(refused.statusCode).toBe(403);

    const head = await signedIn(officeHead.username);
    const page = await head.get(`/admin/requests/${cases.fresh}`);
    expect(page.body).toContain('<summary>批准延期答复</summary>');
    const extended = await postCommand(head, cases.fresh, 'approveExtension', {
      date: '2025-03-03',
      workingDays: '10',
      reason: '需要检索的档案较多',
    });
    expect(extended.statusCode).toBe(303);
    // 2025-03-24 + 10 working days, the Qingming holiday (4–6 April) skipped: 2025-04-08.
    const after = await head.get(`/admin/requests/${cases.fresh}`);
    expect(after.body).toContain('id="reply-due-date">2025年4月8日');
    expect(after.body).toMatch(/批准延期答复<\/strong\s*>/);
  });

  it('refuses a decision without legal basis', async () => {
    const client = await signedIn(handler.username);
    const response = await postCommand(client, cases.overdue, 'proposeDecision', {
      date: '2025-03-03',
      outcomeCode: 'confirmationRequested',
      legalBasis: '',
      reasons: '申请人要求确认已获取的信息',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('请填写答复的法律依据');
    expect(response.body).toContain('id="case-status">已登记');
  });

  it('refuses a command without the CSRF token', async () => {
    const client = await signedIn(handler.username);
    const page = await client.get(`/admin/requests/${cases.overdue}`);
    const response = await client.postForm(
      `/admin/requests/${cases.overdue}/commands/withdraw`,
      { expectedVersion: versionIn(page.body), date: '2025-03-03', reason: '撤回' },
      { csrf: 'none' },
    );
    expect(response.statusCode).toBe(403);
    const after = await client.get(`/admin/requests/${cases.overdue}`);
    expect(after.body).toContain('id="case-status">已登记');
  });

  it('records an appeal case on the request', async () => {
    const client = await signedIn(handler.username);
    await client.get(`/admin/requests/${cases.overdue}`);
    const response = await client.postForm(`/admin/requests/${cases.overdue}/appeals`, {
      kind: 'reconsideration',
      reference: '示复〔2025〕3号',
      filedOn: '2025-03-01',
      result: 'pending',
      closedOn: '',
      isCountedByThisAgency: 'yes',
    });
    expect(response.statusCode).toBe(303);
    const page = await client.get(`/admin/requests/${cases.overdue}`);
    expect(page.body).toContain('示复〔2025〕3号');
    expect(page.body).toContain('尚未审结');

    const action = /action="(\/admin\/requests\/[^"]+\/appeals\/[^"]+)"/.exec(page.body)?.[1] ?? '';
    const version =
      /appeals\/[^"]+" class="form" novalidate>\s*<input type="hidden" name="_csrf" value="[^"]+" \/>\s*<input type="hidden" name="expectedVersion" value="(\d+)"/.exec(
        page.body,
      )?.[1] ?? '1';
    const refused = await client.postForm(action, {
      expectedVersion: version,
      result: 'upheld',
      closedOn: '',
    });
    expect(refused.statusCode).toBe(400);
    await client.get(`/admin/requests/${cases.overdue}`);
    const updated = await client.postForm(action, {
      expectedVersion: version,
      result: 'upheld',
      closedOn: '2025-03-03',
    });
    expect(updated.statusCode).toBe(303);
    const after = await client.get(`/admin/requests/${cases.overdue}`);
    expect(after.body).toContain('结果维持');
    expect(after.body).toContain('2025年3月3日审结');
  });
});

describe('attachments', () => {
  it('lets case staff download the scan, and nobody else', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);
    const { caseNumber } = await registerRequest(
      server.context,
      handler.actor,
      staffRegistrationInput({
        agencySlug: agency.slug,
        receivedOn: '2025-02-27',
        attachments: [{ fileName: '申请书扫描件.png', mediaType: 'image/png', content: png }],
      }),
    );
    const client = await signedIn(handler.username);
    const page = await client.get(`/admin/requests/${caseNumber}`);
    const href = /href="(\/admin\/requests\/[^"]+\/attachments\/[^"]+)" download/.exec(page.body)?.[1] ?? '';
    expect(page.body).toContain('申请书扫描件.png');
    const download = await client.get(href);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(Buffer.from(png))).toBe(true);
    const supervising = await signedIn(supervisor.username);
    expect((await supervising.get(href)).statusCode).toBe(403);
  });
});

describe('staff intake', () => {
  it('registers a letter with its Art. 31 receipt date and opens the new case', async () => {
    const client = await signedIn(handler.username);
    const form = await client.get('/admin/requests/new');
    expect(form.statusCode).toBe(200);
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
    const fields = {
      idempotencyKey: key,
      channel: 'ordinaryLetter',
      receivedOn: '2025-02-28',
      applicantType: 'naturalPerson',
      name: '钱七',
      identityDocumentKind: 'residentIdentityCard',
      identityDocumentNumber: '330402199001011230',
      postalAddress: '示例市人民路2号',
      informationTitle: '某项目的环评批复',
      informationDescription: '2024年某项目的环评批复文件',
      requestedForm: 'paper',
      deliveryMethod: 'post',
    };
    const refused = await client.postForm('/admin/requests', {
      ...fields,
      identityDocumentNumber: '33040219900101123X',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('value="钱七"');
    const response = await client.postForm('/admin/requests', fields);
    expect(response.statusCode).toBe(303);
    const page = await client.get(response.headers.location as string);
    expect(page.body).toContain('已完成：登记申请');
    expect(page.body).toContain('钱七');
    expect(page.body).toContain('平常信函');
    expect(page.body).toContain('2025年2月28日');
  });

  it('is refused to a supervisor', async () => {
    const client = await signedIn(supervisor.username);
    const response = await client.get('/admin/requests/new');
    expect(response.statusCode).toBe(403);
  });
});

describe('decision of a multi-item request', () => {
  it('asks one result per item, keeps the input of a refused form, and shows the item results', async () => {
    const { caseNumber } = await registerRequest(
      server.context,
      handler.actor,
      staffRegistrationInput({
        agencySlug: agency.slug,
        receivedOn: '2025-02-26',
        information: {
          informationTitle: '专项资金分配表',
          informationDescription: '2024年专项资金的分配情况',
          items: ['资金分配会议纪要', '资金拨付凭证'],
          requestedForm: 'paper',
          deliveryMethod: 'post',
        },
      }),
    );
    const client = await signedIn(handler.username);
    const page = await client.get(`/admin/requests/${caseNumber}`);
    expect(page.body).toContain('第1项：专项资金分配表</legend>');
    expect(page.body).toContain('第3项：资金拨付凭证</legend>');
    expect(page.body).toContain('for="command-proposeDecision-itemOutcome-1"');
    const fields = {
      date: '2025-03-03',
      outcomeCode: '',
      legalBasis: '',
      'itemOutcome-0': 'partiallyDisclosed',
      'itemProvided-0': '分配表（删去账户）',
      'itemWithheld-0': '收款人账户',
      'itemReason-0': '涉及个人隐私',
      'itemOutcome-1': '',
      'itemReason-1': '属于内部讨论记录',
      'itemOutcome-2': 'notExisting',
      'itemReason-2': '本机关未制作',
    };
    const missing = await postCommand(client, caseNumber, 'proposeDecision', fields);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('请为第2项选择办理结果');
    expect(missing.body).toContain('分配表（删去账户）');

    const notAmongItems = await postCommand(client, caseNumber, 'proposeDecision', {
      ...fields,
      'itemOutcome-1': 'withheldProcessInformation',
      outcomeCode: 'disclosed',
    });
    expect(notAmongItems.statusCode).toBe(400);
    expect(notAmongItems.body).toContain('主要办理结果应为部分公开');
    expect(notAmongItems.body).toMatch(/<option value="withheldProcessInformation" selected>/);
    expect(notAmongItems.body).toContain('id="case-status">已登记');

    const proposed = await postCommand(client, caseNumber, 'proposeDecision', {
      ...fields,
      'itemOutcome-1': 'withheldProcessInformation',
    });
    expect(proposed.statusCode).toBe(303);
    const after = await client.get(`/admin/requests/${caseNumber}`);
    const itemResults = /<ol id="item-results">([\s\S]*?)<\/ol>/.exec(after.body)?.[1] ?? '';
    expect(itemResults).toMatch(/专项资金分配表：<strong>部分公开：/);
    expect(itemResults).toContain('不予公开的部分：收款人账户');
    expect(itemResults).toMatch(/资金分配会议纪要：<strong>不予公开：属于讨论记录/);
    expect(itemResults).toMatch(/资金拨付凭证：<strong>经检索没有所申请公开的信息/);
    // Left empty, the primary outcome is proposed from the items: partial disclosure wins.
    expect(after.body).toMatch(/<dt>办理结果<\/dt>\s*<dd>部分公开：/);
  });
});

describe('case history', () => {
  it('names each letter issued on the case with its 文号, on the case page and in the agency event log', async () => {
    const { requestId, caseNumber } = await registerRequest(
      server.context,
      handler.actor,
      staffRegistrationInput({ agencySlug: agency.slug, receivedOn: '2025-02-27' }),
    );
    await applyCaseCommand(server.context, handler.actor, {
      requestId,
      expectedVersion: 1,
      command: { type: 'requestClarification', date: '2025-02-28', whatToSupply: '请写明文件的形成时间' },
    });
    const letter = await issueLetter(server.context, handler.actor, {
      requestId,
      kind: 'clarificationNotice',
    });
    expect(letter.documentNumber).not.toBeNull();

    const client = await signedIn(handler.username);
    const page = await client.get(`/admin/requests/${caseNumber}`);
    const timeline = /<ol class="timeline" id="timeline">([\s\S]*?)<\/ol>/.exec(page.body)?.[1] ?? '';
    const steps = [...timeline.matchAll(/<strong>([^<]*)<\/strong\s*>/g)].map((match) => match[1]);
    // Recorded after the clarification notice, so listed after it; dated the day it was issued (the clock's).
    expect(steps).toEqual([
      '2025年2月27日 登记申请',
      '2025年2月28日 发出补正通知',
      '2025年3月3日 出具补正申请告知书',
    ]);
    expect(timeline).toContain(`文号：${letter.documentNumber}`);

    const head = await signedIn(officeHead.username);
    const events = await head.get(`/admin/agencies/${agency.slug}/events`);
    expect(events.body).toContain('出具文书');
    expect(events.body).toContain(`补正申请告知书；文号：${letter.documentNumber}`);
  });
});

describe('work queue of answered cases', () => {
  it('shows the decision or delivery date instead of working days left', async () => {
    const decide = async (receivedOn: string) => {
      const { requestId, caseNumber } = await registerRequest(
        server.context,
        handler.actor,
        staffRegistrationInput({ agencySlug: agency.slug, receivedOn }),
      );
      const decision = {
        outcomeCode: 'notExisting' as const,
        legalBasis: '《条例》第三十六条第（四）项',
        reasons: '经检索，本机关未制作该信息',
        itemsProvided: [],
        itemsWithheld: [],
        publishedLocation: null,
        itemResults: [],
      };
      await applyCaseCommand(server.context, handler.actor, {
        requestId,
        expectedVersion: 1,
        command: { type: 'proposeDecision', date: '2025-02-27', decision },
      });
      await applyCaseCommand(server.context, officeHead.actor, {
        requestId,
        expectedVersion: 2,
        command: { type: 'approveDecision', date: '2025-02-28' },
      });
      return { requestId, caseNumber };
    };
    const decided = await decide('2025-02-17');
    const delivered = await decide('2025-02-18');
    await applyCaseCommand(server.context, handler.actor, {
      requestId: delivered.requestId,
      expectedVersion: 3,
      command: { type: 'recordDelivery', date: '2025-03-03', method: 'post' },
    });
    const client = await signedIn(handler.username);
    const page = await client.get('/admin/requests?phase=decided');
    const dueCellOf = (caseNumber: string) => {
      const row = new RegExp(`<tr>(?:(?!</tr>)[\\s\\S])*${caseNumber}(?:(?!</tr>)[\\s\\S])*</tr>`).exec(
        page.body,
      )?.[0];
      return /data-label="答复期限">([\s\S]*?)<\/td>/.exec(row ?? '')?.[1]?.replace(/\s+/g, '') ?? '';
    };
    // Received 2025-02-17, due 20 working days later (2025-03-17): the queue does not count down.
    expect(dueCellOf(decided.caseNumber)).toContain('2025年2月28日批准答复');
    expect(dueCellOf(decided.caseNumber)).toContain('待送达');
    expect(dueCellOf(decided.caseNumber)).not.toContain('工作日');
    expect(dueCellOf(delivered.caseNumber)).toContain('2025年3月3日送达');
    expect(dueCellOf(delivered.caseNumber)).toContain('在答复期限内');
    expect(dueCellOf(delivered.caseNumber)).not.toContain('工作日');
  });
});

describe('adding material to a case', () => {
  it('uploads a file with its description, lists who added it, and keeps the typed fields when refused', async () => {
    const { caseNumber } = await registerRequest(
      server.context,
      handler.actor,
      staffRegistrationInput({ agencySlug: agency.slug, receivedOn: '2025-02-25' }),
    );
    const client = await signedIn(handler.username);
    const upload = async (
      fields: Record<string, string>,
      file: { fileName: string; content: Uint8Array },
    ) => {
      const page = await client.get(`/admin/requests/${caseNumber}`);
      const body = multipartBody({
        fields: { _csrf: csrfTokenIn(page.body), ...fields },
        files: [{ fieldName: 'file', ...file }],
      });
      return server.app.inject({
        method: 'POST',
        url: `/admin/requests/${caseNumber}/attachments`,
        cookies: Object.fromEntries(client.cookies),
        headers: { 'content-type': body.contentType },
        payload: body.payload,
      });
    };
    const page = await client.get(`/admin/requests/${caseNumber}`);
    expect(page.body).toContain('<summary>添加材料</summary>');
    expect(page.body).toContain('for="field-file"');

    const refused = await upload(
      { kind: 'consultationReply', description: '第三方4月1日的书面意见' },
      { fileName: 'virus.exe', content: new Uint8Array([0x4d, 0x5a, 0x90, 0]) },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('id="add-attachment-error"');
    expect(refused.body).toContain('的类型不被接受');
    expect(refused.body).toContain('第三方4月1日的书面意见</textarea>');
    expect(refused.body).toMatch(/<option value="consultationReply" selected>/);
    expect(refused.body).not.toContain('virus.exe</a>');

    const pdf = new Uint8Array([...Buffer.from('%PDF-1.4 意见')]);
    const added = await upload(
      { kind: 'consultationReply', description: '第三方4月1日的书面意见' },
      { fileName: '第三方意见.pdf', content: pdf },
    );
    expect(added.statusCode).toBe(303);
    const after = await client.get(added.headers.location as string);
    expect(after.body).toContain('已添加材料');
    const list = /<ul class="link-list" id="attachment-list">([\s\S]*?)<\/ul>/.exec(after.body)?.[1] ?? '';
    expect(list).toContain('第三方意见.pdf');
    expect(list).toContain('第三方或其他机关的意见');
    expect(list).toContain('第三方4月1日的书面意见');
    expect(list).toContain('测试用户于2025/03/03');
    const href =
      /href="(\/admin\/requests\/[^"]+\/attachments\/[^"]+)" download>第三方意见\.pdf/.exec(list)?.[1] ?? '';
    const download = await client.get(href);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(Buffer.from(pdf))).toBe(true);

    const supervising = await signedIn(supervisor.username);
    const forSupervisor = await supervising.get(`/admin/requests/${caseNumber}`);
    expect(forSupervisor.body).not.toContain('添加材料');
    expect((await supervising.get(href)).statusCode).toBe(403);

    const head = await signedIn(officeHead.username);
    const events = await head.get(`/admin/agencies/${agency.slug}/events`);
    expect(events.body).toContain('添加申请材料');
    expect(events.body).toContain('第三方或其他机关的意见；第三方4月1日的书面意见');
  });
});
