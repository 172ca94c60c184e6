import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { readZipEntries } from '../../src/use-cases/import-report/read-zip-entries.ts';
import { registerRequest } from '../../src/use-cases/disclosure-requests/register-request.ts';
import { updateLetterSettings } from '../../src/use-cases/letter-settings/update-letter-settings.ts';
import { staffRegistrationInput } from '../support/disclosure-requests.ts';
import { makeAgency, makeStaff, testPassword, testSystemActor } from '../support/factories.ts';
import { createWebClient, type WebClient } from './support/web-client.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

let server: WebTestServer;
let agency: AgencyRow;
let submitted: { caseNumber: string; queryCode: string };

async function signedIn(username: string): Promise<WebClient> {
  const client = createWebClient(server.app);
  const response = await client.logIn({ username, password: testPassword });
  expect(response.statusCode).toBe(303);
  return client;
}

function documentXml(archive: Buffer): string {
  const entry = readZipEntries(archive).find((candidate) => candidate.name === 'word/document.xml');
  if (!entry) throw new Error('word/document.xml missing');
  return new TextDecoder().decode(entry.bytes);
}

function letterIdsIn(body: string): string[] {
  return [...body.matchAll(/\/letters\/([0-9a-f-]{36})\.docx/g)].map((match) => match[1] ?? '');
}

beforeAll(async () => {
  server = await startWebTestServer();
  agency = await makeAgency(server.context, { slug: 'wenshu', name: '示例市商务局', shortName: '示商务' });
  const other = await makeAgency(server.context, { slug: 'wenshu-other', name: '示例市教育局' });
  // This agency numbers its receipts (by default a receipt has no 文号).
  await updateLetterSettings(server.context, testSystemActor, {
    agencyId: agency.id,
    settings: {
      documentNumberPattern: '示商务依申〔{年}〕{序号}号',
      isReceiptNumbered: true,
      feePaymentInstructions: '请到本机关窗口缴纳',
    },
  });
  const { actor } = await makeStaff(server.context, {
    agency,
    roles: ['caseHandler'],
    username: 'letters.handler',
  });
  await makeStaff(server.context, { agency: other, roles: ['caseHandler'], username: 'letters.other' });
  submitted = await registerRequest(
    server.context,
    actor,
    staffRegistrationInput({ agencySlug: agency.slug, receivedOn: '2025-02-24', channel: 'inPerson' }),
  );
});
afterAll(async () => {
  await server.close();
});

describe('letters on the case page', () => {
  it('issues a letter from the case page and downloads it as DOCX naming the case number', async () => {
    const client = await signedIn('letters.handler');
    const casePath = `/admin/requests/${submitted.caseNumber}`;
    const page = await client.get(casePath);
    expect(page.body).toContain('生成文书');
    expect(page.body).toContain('尚未生成文书');
    const issued = await client.postForm(`${casePath}/letters`, { kind: 'receipt' });
    expect(issued.statusCode).toBe(303);
    const after = await client.get(`${casePath}?done=letter`);
    expect(after.body).toContain('已生成文书');
    expect(after.body).toContain('示商务依申〔2025〕1号');
    const [letterId] = letterIdsIn(after.body);
    if (!letterId) throw new Error('no letter link');
    expect(after.body).toContain(`/letters/${letterId}.pdf`);
    const docx = await client.get(`${casePath}/letters/${letterId}.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(documentXml(docx.rawPayload)).toContain(submitted.caseNumber);
    const pdf = await client.get(`${casePath}/letters/${letterId}.pdf`);
    if (pdf.statusCode === 200) expect(pdf.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    else {
      expect(pdf.statusCode).toBe(503);
      expect(pdf.body).toContain('中文字体');
    }
  });

  it('refuses a kind the case does not support with a message, and another agency', async () => {
    const client = await signedIn('letters.handler');
    const casePath = `/admin/requests/${submitted.caseNumber}`;
    await client.get(casePath);
    const refused = await client.postForm(`${casePath}/letters`, { kind: 'feeNotice' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('未能生成文书');
    const letterId = letterIdsIn(refused.body)[0] ?? '';
    const other = await signedIn('letters.other');
    const download = await other.get(`${casePath}/letters/${letterId}.docx`);
    expect(download.statusCode).toBe(403);
    await other.get('/admin/requests');
    const issue = await other.postForm(`${casePath}/letters`, { kind: 'receipt' });
    expect(issue.statusCode).toBe(403);
  });
});

describe('letters on the applicant status page', () => {
  it('lets the applicant download a letter with the right query code, and gives one answer otherwise', async () => {
    const client = createWebClient(server.app);
    await client.get('/a/wenshu/status');
    const status = await client.postForm('/a/wenshu/status', submitted);
    expect(status.statusCode).toBe(200);
    expect(status.body).toContain('文书下载');
    expect(status.body).not.toContain(submitted.queryCode);
    const letterId = /name="letter" value="([0-9a-f-]{36})\.docx"/.exec(status.body)?.[1];
    if (!letterId) throw new Error('no letter on the status page');
    const downloaded = await client.postForm('/a/wenshu/status/letters', {
      ...submitted,
      letter: `${letterId}.docx`,
    });
    expect(downloaded.statusCode).toBe(200);
    expect(documentXml(downloaded.rawPayload)).toContain(submitted.caseNumber);
    await client.get('/a/wenshu/status');
    const wrongCode = await client.postForm('/a/wenshu/status/letters', {
      caseNumber: submitted.caseNumber,
      queryCode: 'ABCDE-23456',
      letter: `${letterId}.docx`,
    });
    await client.get('/a/wenshu/status');
    const wrongLetter = await client.postForm('/a/wenshu/status/letters', {
      ...submitted,
      letter: '00000000-0000-4000-8000-000000000000.docx',
    });
    expect(wrongCode.statusCode).toBe(404);
    expect(wrongLetter.statusCode).toBe(404);
    const messageOf = (body: string) => /id="lookup-message">([^<]+)</.exec(body)?.[1];
    expect(messageOf(wrongCode.body)).toBeDefined();
    expect(messageOf(wrongCode.body)).toBe(messageOf(wrongLetter.body));
    const withoutCsrf = await client.postForm(
      '/a/wenshu/status/letters',
      { ...submitted, letter: `${letterId}.docx` },
      { csrf: 'none' },
    );
    expect(withoutCsrf.statusCode).toBe(403);
  });
});
