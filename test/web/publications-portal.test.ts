import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import type { PublicationItemRow } from '../../src/db/repositories/publications.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import { createPublicationDraft } from '../../src/use-cases/publications/create-publication-draft.ts';
import { publishPublication } from '../../src/use-cases/publications/publish-publication.ts';
import { signOffPublication } from '../../src/use-cases/publications/sign-off-publication.ts';
import { submitPublication } from '../../src/use-cases/publications/submit-publication.ts';
import { withdrawPublication } from '../../src/use-cases/publications/withdraw-publication.ts';
import { makeAgency, makeStaff } from '../support/factories.ts';
import { validPublicationDraft } from '../support/publications.ts';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.ts';

let server: WebTestServer;
let agency: AgencyRow;
const staff: StaffActor[] = [];
let budget: PublicationItemRow;
let permit: PublicationItemRow;
let draft: PublicationItemRow;
let withdrawn: PublicationItemRow;

async function publish(overrides: Parameters<typeof validPublicationDraft>[0]): Promise<PublicationItemRow> {
  const [author, first, second, final] = staff as [StaffActor, StaffActor, StaffActor, StaffActor];
  const context = server.context;
  let row = await createPublicationDraft(context, author, {
    agencyId: agency.id,
    ...validPublicationDraft(overrides),
  });
  row = await submitPublication(context, author, { itemId: row.id, expectedVersion: row.version });
  row = await signOffPublication(context, first, {
    itemId: row.id,
    expectedVersion: row.version,
    opinion: '同意',
    isConfidentialityCleared: true,
  });
  row = await signOffPublication(context, second, {
    itemId: row.id,
    expectedVersion: row.version,
    opinion: '同意',
  });
  row = await signOffPublication(context, final, {
    itemId: row.id,
    expectedVersion: row.version,
    opinion: '同意',
  });
  return publishPublication(context, final, { itemId: row.id, expectedVersion: row.version });
}

function listedTitles(body: string): string[] {
  return [...body.matchAll(/<p class="card__title">\s*<a href="[^"]+">([^<]+)<\/a>/g)].map(
    (match) => match[1] ?? '',
  );
}

beforeAll(async () => {
  server = await startWebTestServer();
  agency = await makeAgency(server.context, {
    slug: 'shangwu',
    name: '示例市商务局',
    unifiedSocialCreditCode: '91350100M000100Y43',
  });
  for (const role of ['contributor', 'reviewer1', 'reviewer2', 'reviewer3'] as const) {
    staff.push((await makeStaff(server.context, { agency, roles: [role] })).actor);
  }
  budget = await publish({
    title: '示例市商务局2025年部门预算',
    summary: '2025年部门预算公开说明及表格。',
    body: '一、部门职责\n二、预算收支总体情况',
    statutoryItem: 'article20.7',
    documentNumber: '',
    keywords: '预算',
  });
  server.advanceClock(60_000);
  permit = await publish({
    title: '对外贸易经营者备案登记办理指南',
    summary: '备案登记的依据、条件和程序。',
    disclosureMethod: 'onRequest',
    documentNumber: '示商发〔2025〕3号',
  });
  withdrawn = await publish({ title: '已撤回的通知' });
  withdrawn = await withdrawPublication(server.context, staff[3] as StaffActor, {
    itemId: withdrawn.id,
    expectedVersion: withdrawn.version,
    reason: '内容有误',
  });
  draft = await createPublicationDraft(server.context, staff[0] as StaffActor, {
    agencyId: agency.id,
    ...validPublicationDraft({ title: '尚未审核的草稿信息' }),
  });
});
afterAll(async () => {
  await server.close();
});

describe('public catalogue', () => {
  it('lists published items newest first, without drafts or withdrawn items', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/a/shangwu/publications' });
    expect(response.statusCode).toBe(200);
    expect(listedTitles(response.body)).toEqual([
      '对外贸易经营者备案登记办理指南',
      '示例市商务局2025年部门预算',
    ]);
    expect(response.body).toContain('共2条信息');
    expect(response.body).toContain('91350100M000100Y43/2025-00001');
    expect(response.body).not.toContain('尚未审核的草稿信息');
  });

  it('finds items by Chinese words inside the text (bigrams), and nothing for words not there', async () => {
    const found = await server.app.inject({
      method: 'GET',
      url: `/a/shangwu/publications?q=${encodeURIComponent('收支总体')}`,
    });
    expect(listedTitles(found.body)).toEqual(['示例市商务局2025年部门预算']);
    const byNumber = await server.app.inject({
      method: 'GET',
      url: `/a/shangwu/publications?q=${encodeURIComponent('示商发〔2025〕3号')}`,
    });
    expect(listedTitles(byNumber.body)).toEqual(['对外贸易经营者备案登记办理指南']);
    const none = await server.app.inject({
      method: 'GET',
      url: `/a/shangwu/publications?q=${encodeURIComponent('支收')}`,
    });
    expect(listedTitles(none.body)).toEqual([]);
    expect(none.body).toContain('没有找到信息');
  });

  it('shows an item with its metadata table, and its text only when proactively disclosed', async () => {
    const page = await server.app.inject({ method: 'GET', url: `/a/shangwu/publications/${budget.id}` });
    expect(page.statusCode).toBe(200);
    for (const text of [
      '索引号',
      '91350100M000100Y43/2025-00001',
      '（七）财政预算、决算信息',
      '2025年3月3日',
      '二、预算收支总体情况',
    ]) {
      expect(page.body).toContain(text);
    }
    const onRequest = await server.app.inject({ method: 'GET', url: `/a/shangwu/publications/${permit.id}` });
    expect(onRequest.body).toContain('本信息依申请公开');
    expect(onRequest.body).not.toContain('各有关企业');
  });

  it('says when and why an item was withdrawn, and knows nothing of drafts', async () => {
    const gone = await server.app.inject({ method: 'GET', url: `/a/shangwu/publications/${withdrawn.id}` });
    expect(gone.statusCode).toBe(410);
    expect(gone.body).toContain('理由：内容有误');
    expect(gone.body).not.toContain('各有关企业');
    for (const url of [`/a/shangwu/publications/${draft.id}`, '/a/shangwu/publications/not-an-id']) {
      expect((await server.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });
});
