import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import { registerRequest } from '../../src/use-cases/disclosure-requests/register-request.ts';
import { staffRegistrationInput, validApplicant } from '../support/disclosure-requests.ts';
import { makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import { createWebClient, type WebClient } from './support/web-client.ts';
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
