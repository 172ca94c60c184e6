import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database.ts';
import type { AgencyRow } from '../../../src/db/repositories/agencies.ts';
import {
  findDisclosureRequestById,
  listRequestItems,
} from '../../../src/db/repositories/disclosure-requests.ts';
import type { StaffActor } from '../../../src/domain/access/actor.ts';
import type { DisclosureDecision } from '../../../src/domain/applications/outcomes/disclosure-decision.ts';
import { applyCaseCommand } from '../../../src/use-cases/disclosure-requests/apply-case-command.ts';
import { issueLetter } from '../../../src/use-cases/disclosure-requests/case-letters.ts';
import { getCase } from '../../../src/use-cases/disclosure-requests/get-case.ts';
import { registerRequest } from '../../../src/use-cases/disclosure-requests/register-request.ts';
import type { UseCaseContext } from '../../../src/use-cases/context.ts';
import { ValidationError } from '../../../src/use-cases/errors.ts';
import { staffRegistrationInput, validInformation } from '../../support/disclosure-requests.ts';
import { contextFor, makeAgency, makeStaff } from '../../support/factories.ts';
import { createTestDatabase } from '../../support/test-database.ts';

// The clock stands on Monday 10 March 2025 (Beijing); the requests arrived the week before.
const now = () => new Date('2025-03-10T10:00:00+08:00');
let handle: DatabaseHandle;
let context: UseCaseContext;
let agency: AgencyRow;
let handler: StaffActor;
let officeHead: StaffActor;

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  agency = await makeAgency(context, { slug: 'items', name: '示例市财政局', shortName: '示财' });
  handler = (await makeStaff(context, { agency, roles: ['caseHandler'] })).actor;
  officeHead = (await makeStaff(context, { agency, roles: ['officeHead'] })).actor;
});
afterAll(async () => handle.close());

async function registerWithItems(items: string[]): Promise<string> {
  const registered = await registerRequest(
    context,
    handler,
    staffRegistrationInput({
      agencySlug: agency.slug,
      receivedOn: '2025-03-03',
      information: validInformation({ informationTitle: '2024年度专项资金分配表', items }),
    }),
  );
  return registered.requestId;
}

async function propose(requestId: string, decision: DisclosureDecision) {
  const row = await findDisclosureRequestById(handle.db, { requestId });
  return applyCaseCommand(context, handler, {
    requestId,
    expectedVersion: row?.version ?? 0,
    command: { type: 'proposeDecision', date: '2025-03-07', decision },
  });
}

const baseDecision: DisclosureDecision = {
  outcomeCode: 'partiallyDisclosed',
  legalBasis: '《条例》第三十七条',
  reasons: '',
  itemsProvided: [],
  itemsWithheld: [],
  publishedLocation: null,
  itemResults: [],
};

const threeItemResults: DisclosureDecision['itemResults'] = [
  {
    description: '第1项',
    outcomeCode: 'partiallyDisclosed',
    provided: '分配表（删去个人账户）',
    withheld: '收款人银行账户',
    reason: '涉及个人隐私',
  },
  { description: '第2项', outcomeCode: 'withheldProcessInformation', reason: '属于内部讨论记录' },
  { description: '第3项', outcomeCode: 'notExisting', reason: '经检索，本机关未制作该凭证' },
];

describe('per-item results of a multi-item request', () => {
  it('refuses a decision that does not give one result per item, and saves nothing', async () => {
    const requestId = await registerWithItems(['资金分配会议纪要', '资金拨付凭证']);
    const before = await findDisclosureRequestById(handle.db, { requestId });
    await expect(
      propose(requestId, { ...baseDecision, itemResults: threeItemResults.slice(0, 2) }),
    ).rejects.toThrow('本申请有3项内容，请逐项填写办理结果（现有2项）');
    await expect(propose(requestId, { ...baseDecision, itemResults: [] })).rejects.toThrow(
      '本申请有3项内容，请逐项填写办理结果（现有0项）',
    );
    const after = await findDisclosureRequestById(handle.db, { requestId });
    expect(after?.version).toBe(before?.version);
    expect(after?.status).toBe('registered');
  });

  it('refuses a primary outcome that is not among the items, with the domain message', async () => {
    const requestId = await registerWithItems(['资金分配会议纪要', '资金拨付凭证']);
    const refused = propose(requestId, {
      ...baseDecision,
      outcomeCode: 'notExisting',
      legalBasis: '《条例》第三十六条第（四）项',
      reasons: '',
      itemResults: threeItemResults,
    });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toThrow('主要办理结果应为部分公开');
  });

  it('keeps each item result under the request’s own item names, and sets the items’ outcomes on approval', async () => {
    const requestId = await registerWithItems(['资金分配会议纪要', '资金拨付凭证']);
    await propose(requestId, { ...baseDecision, itemResults: threeItemResults });
    const proposed = await getCase(context, handler, { requestId });
    expect(proposed.facts.proposedDecision?.decision.itemResults.map((item) => item.description)).toEqual([
      '2024年度专项资金分配表',
      '资金分配会议纪要',
      '资金拨付凭证',
    ]);
    const row = await findDisclosureRequestById(handle.db, { requestId });
    await applyCaseCommand(context, officeHead, {
      requestId,
      expectedVersion: row?.version ?? 0,
      command: { type: 'approveDecision', date: '2025-03-07' },
    });
    const items = await listRequestItems(handle.db, requestId);
    expect(items.map((item) => [item.description, item.outcomeCode])).toEqual([
      ['2024年度专项资金分配表', 'partiallyDisclosed'],
      ['资金分配会议纪要', 'withheldProcessInformation'],
      ['资金拨付凭证', 'notExisting'],
    ]);
    expect((await findDisclosureRequestById(handle.db, { requestId }))?.primaryOutcomeCode).toBe(
      'partiallyDisclosed',
    );

    const letter = await issueLetter(context, handler, { requestId, kind: 'decision' });
    const start = letter.letter.paragraphs.indexOf('您申请的各项内容的处理结果如下：');
    expect(start).toBeGreaterThan(0);
    expect(letter.letter.paragraphs.slice(start + 1, start + 4)).toEqual([
      '1．2024年度专项资金分配表：部分公开：公开可以公开的部分，对不予公开的部分说明理由（《中华人民共和国政府信息公开条例》第三十七条）。提供的信息：分配表（删去个人账户）；不予公开的部分：收款人银行账户；理由：涉及个人隐私。',
      '2．资金分配会议纪要：不予公开：属于讨论记录、过程稿、磋商信函、请示报告等过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）。理由：属于内部讨论记录。',
      '3．资金拨付凭证：经检索没有所申请公开的信息，告知该政府信息不存在（《中华人民共和国政府信息公开条例》第三十六条第（四）项）。理由：经检索，本机关未制作该凭证。',
    ]);
  });

  it('refuses item results on a single-item request', async () => {
    const requestId = await registerWithItems([]);
    await expect(
      propose(requestId, { ...baseDecision, itemResults: threeItemResults.slice(0, 1) }),
    ).rejects.toThrow('本申请只有一项内容，不需要逐项填写办理结果');
  });
});
