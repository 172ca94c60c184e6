import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database.ts';
import type { AgencyRow } from '../../../src/db/repositories/agencies.ts';
import { listCaseEvents } from '../../../src/db/repositories/case-events.ts';
import { findDisclosureRequestById } from '../../../src/db/repositories/disclosure-requests.ts';
import type { StaffActor } from '../../../src/domain/access/actor.ts';
import type {
  CaseCommand,
  CaseCommandType,
} from '../../../src/domain/applications/lifecycle/case-command.ts';
import { replayCase } from '../../../src/domain/applications/lifecycle/replay-case.ts';
import { caseCommandTypes } from '../../../src/domain/applications/lifecycle/transition-table.ts';
import {
  notHeldDecision,
  partialDecision,
} from '../../../src/domain/applications/lifecycle/testing/case-factories.ts';
import { applyCaseCommand } from '../../../src/use-cases/disclosure-requests/apply-case-command.ts';
import { getCase } from '../../../src/use-cases/disclosure-requests/get-case.ts';
import { parseStoredCaseEvents } from '../../../src/use-cases/disclosure-requests/load-case.ts';
import { registerRequest } from '../../../src/use-cases/disclosure-requests/register-request.ts';
import { submitOnlineRequest } from '../../../src/use-cases/disclosure-requests/submit-online-request.ts';
import type { UseCaseContext } from '../../../src/use-cases/context.ts';
import { AccessDeniedError, ConflictError, ValidationError } from '../../../src/use-cases/errors.ts';
import { onlineRequestInput, staffRegistrationInput } from '../../support/disclosure-requests.ts';
import { contextFor, makeAgency, makeStaff } from '../../support/factories.ts';
import { createTestDatabase } from '../../support/test-database.ts';

// The clock stands on Monday 1 December 2025 (Beijing): every step below is dated in the past.
const now = () => new Date('2025-12-01T10:00:00+08:00');
let handle: DatabaseHandle;
let context: UseCaseContext;
let agency: AgencyRow;
let handler: StaffActor;
let officeHead: StaffActor;
let administrator: StaffActor;
let supervisor: StaffActor;
let otherAgencyHandler: StaffActor;
let systemAdministrator: StaffActor;
const usedCommands = new Set<CaseCommandType>(['register']);

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  const parent = await makeAgency(context, { slug: 'lifecycle-parent' });
  agency = await makeAgency(context, { slug: 'lifecycle', parentSlug: parent.slug });
  const other = await makeAgency(context, { slug: 'lifecycle-other' });
  handler = (await makeStaff(context, { agency, roles: ['caseHandler'] })).actor;
  officeHead = (await makeStaff(context, { agency, roles: ['officeHead'] })).actor;
  administrator = (await makeStaff(context, { agency, roles: ['agencyAdmin'] })).actor;
  supervisor = (await makeStaff(context, { agency: parent, roles: ['supervisor'] })).actor;
  otherAgencyHandler = (await makeStaff(context, { agency: other, roles: ['caseHandler', 'officeHead'] }))
    .actor;
  systemAdministrator = (await makeStaff(context, { agency: parent, roles: ['systemAdmin'] })).actor;
});
afterAll(async () => handle.close());

async function register(receivedOn: string): Promise<string> {
  const registered = await registerRequest(
    context,
    handler,
    staffRegistrationInput({ agencySlug: agency.slug, receivedOn, channel: 'inPerson' }),
  );
  return registered.requestId;
}

/** Gives a command with the case's current version, then checks that the log replays to the row's status. */
async function step(options: {
  requestId: string;
  actor: StaffActor;
  command: CaseCommand;
}): Promise<string> {
  const row = await findDisclosureRequestById(handle.db, { requestId: options.requestId });
  const result = await applyCaseCommand(context, options.actor, {
    requestId: options.requestId,
    expectedVersion: row?.version ?? 0,
    command: options.command,
  });
  usedCommands.add(options.command.type);
  const stored = await listCaseEvents(handle.db, options.requestId);
  const replayed = replayCase({ events: parseStoredCaseEvents(stored.map((event) => event.payload)) });
  const after = await findDisclosureRequestById(handle.db, { requestId: options.requestId });
  expect(replayed?.status).toBe(after?.status);
  expect(after?.version).toBe(stored.length);
  expect(result.status).toBe(after?.status);
  return result.status;
}

describe('applyCaseCommand: every transition through the use case', () => {
  it('walks a case through clarification, consultations, fee, extension, decision, delivery and closing', async () => {
    const requestId = await register('2025-03-03');
    const go = (actor: StaffActor, command: CaseCommand) => step({ requestId, actor, command });
    expect(
      await go(handler, {
        type: 'requestClarification',
        date: '2025-03-04',
        whatToSupply: '请说明所需信息的年份',
      }),
    ).toBe('awaitingClarification');
    expect(await go(handler, { type: 'receiveClarification', date: '2025-03-10' })).toBe('inProgress');
    expect(
      await go(handler, {
        type: 'sendConsultation',
        date: '2025-03-11',
        consultationId: 'c1',
        consultedParty: 'thirdParty',
        partyName: '某某贸易有限公司',
      }),
    ).toBe('consulting');
    expect(
      await go(handler, {
        type: 'recordConsultationAnswer',
        date: '2025-03-20',
        consultationId: 'c1',
        hasObjection: false,
        summary: '同意公开',
      }),
    ).toBe('inProgress');
    await go(handler, {
      type: 'sendConsultation',
      date: '2025-03-21',
      consultationId: 'c2',
      consultedParty: 'otherAgency',
      partyName: '示例市财政局',
    });
    expect(
      await go(handler, { type: 'recordConsultationLapse', date: '2025-04-15', consultationId: 'c2' }),
    ).toBe('inProgress');
    expect(
      await go(handler, {
        type: 'sendFeeNotice',
        date: '2025-04-16',
        method: { kind: 'perVolume', pageCount: 150 },
        applicantReceivedOn: '2025-04-16',
      }),
    ).toBe('awaitingFeePayment');
    expect(await go(handler, { type: 'recordFeePayment', date: '2025-04-17' })).toBe('inProgress');
    expect(
      await go(officeHead, {
        type: 'approveExtension',
        date: '2025-04-18',
        workingDays: 20,
        reason: '涉及多个事项',
      }),
    ).toBe('inProgress');
    expect(
      await go(handler, {
        type: 'correctApplicantType',
        date: '2025-04-21',
        applicantType: 'commercialEnterprise',
        reason: '申请人为企业',
      }),
    ).toBe('inProgress');
    expect(
      await go(handler, { type: 'proposeDecision', date: '2025-04-22', decision: partialDecision }),
    ).toBe('awaitingApproval');
    expect(
      await go(officeHead, { type: 'returnDecision', date: '2025-04-23', reason: '请补充不予公开的理由' }),
    ).toBe('inProgress');
    await go(handler, { type: 'proposeDecision', date: '2025-04-24', decision: partialDecision });
    expect(await go(officeHead, { type: 'approveDecision', date: '2025-04-25' })).toBe('decided');
    expect(await go(handler, { type: 'recordDelivery', date: '2025-04-28', method: 'post' })).toBe(
      'delivered',
    );
    expect(await go(handler, { type: 'close', date: '2025-04-29' })).toBe('closed');

    const row = await findDisclosureRequestById(handle.db, { requestId });
    expect(row?.concludedOn).toBe('2025-04-25');
    expect(row?.primaryOutcomeCode).toBe('partiallyDisclosed');
    expect(row?.applicantType).toBe('commercialEnterprise');
    const view = await getCase(context, handler, { requestId });
    expect(view.information.items[0]?.outcomeCode).toBe('partiallyDisclosed');
    expect(view.events).toHaveLength(17);
    expect(view.availableCommands).not.toContain('close');
    expect(view.availableCommands).not.toContain('withdraw');
  });

  it('deems a request abandoned when the correction or the fee does not come, and lets the applicant withdraw', async () => {
    const clarification = await register('2025-05-06');
    await step({
      requestId: clarification,
      actor: handler,
      command: { type: 'requestClarification', date: '2025-05-07', whatToSupply: '请明确信息名称' },
    });
    expect(
      await step({
        requestId: clarification,
        actor: handler,
        command: { type: 'deemAbandonedForClarification', date: '2025-06-30' },
      }),
    ).toBe('deemedAbandoned');

    const fee = await register('2025-05-06');
    await step({
      requestId: fee,
      actor: handler,
      command: {
        type: 'sendFeeNotice',
        date: '2025-05-07',
        method: { kind: 'perRequest', requestNumberInMonth: 12 },
        applicantReceivedOn: '2025-05-08',
      },
    });
    expect(
      await step({
        requestId: fee,
        actor: handler,
        command: { type: 'deemAbandonedForFee', date: '2025-07-01' },
      }),
    ).toBe('deemedAbandoned');

    const withdrawn = await register('2025-05-06');
    await step({
      requestId: withdrawn,
      actor: officeHead,
      command: {
        type: 'setLaterDeadline',
        date: '2025-05-08',
        dueDate: '2025-07-31',
        reason: '申请数量明显超出合理范围（第三十五条）',
      },
    });
    expect(
      await step({
        requestId: withdrawn,
        actor: handler,
        command: { type: 'withdraw', date: '2025-05-09', reason: '申请人书面撤回' },
      }),
    ).toBe('withdrawn');
    const row = await findDisclosureRequestById(handle.db, { requestId: withdrawn });
    expect(row?.concludedOn).toBe('2025-05-09');
    expect(row?.primaryOutcomeCode).toBe('otherHandling');
  });

  it('has covered every command of the transition table', () => {
    expect([...usedCommands].sort()).toEqual([...caseCommandTypes].sort());
  });
});

describe('applyCaseCommand: refusals', () => {
  it('refuses a transition from the wrong state with the domain message, saving nothing', async () => {
    const requestId = await register('2025-06-02');
    const before = await listCaseEvents(handle.db, requestId);
    await expect(
      applyCaseCommand(context, handler, {
        requestId,
        expectedVersion: 1,
        command: { type: 'close', date: '2025-06-03' },
      }),
    ).rejects.toThrow('申请当前状态为“已登记”，不能办结归档');
    await expect(
      applyCaseCommand(context, handler, {
        requestId,
        expectedVersion: 1,
        command: {
          type: 'proposeDecision',
          date: '2025-06-03',
          decision: { ...notHeldDecision, legalBasis: '' },
        },
      }),
    ).rejects.toThrow(/法律依据/);
    await expect(
      applyCaseCommand(context, handler, {
        requestId,
        expectedVersion: 1,
        command: { type: 'requestClarification', date: '2025-05-30', whatToSupply: '请说明' },
      }),
    ).rejects.toThrow(/不能早于收到申请之日/);
    await expect(
      applyCaseCommand(context, handler, { requestId, expectedVersion: 1, command: { type: 'explode' } }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await listCaseEvents(handle.db, requestId)).toHaveLength(before.length);
  });

  it('lets only the office head approve, and nobody outside the agency act', async () => {
    const requestId = await register('2025-06-02');
    await step({
      requestId,
      actor: handler,
      command: { type: 'proposeDecision', date: '2025-06-03', decision: notHeldDecision },
    });
    const approve = { type: 'approveDecision', date: '2025-06-04' } as const;
    await expect(
      applyCaseCommand(context, handler, { requestId, expectedVersion: 2, command: approve }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      applyCaseCommand(context, handler, {
        requestId,
        expectedVersion: 2,
        command: { type: 'approveExtension', date: '2025-06-04', workingDays: 20, reason: '复杂' },
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    for (const outsider of [administrator, supervisor, otherAgencyHandler]) {
      await expect(
        applyCaseCommand(context, outsider, { requestId, expectedVersion: 2, command: approve }),
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect(await step({ requestId, actor: officeHead, command: approve })).toBe('decided');
  });

  it('refuses a stale form: the case changed since it was loaded', async () => {
    const requestId = await register('2025-06-02');
    const loaded = await getCase(context, handler, { requestId });
    await applyCaseCommand(context, handler, {
      requestId,
      expectedVersion: loaded.version,
      command: {
        type: 'sendConsultation',
        date: '2025-06-03',
        consultationId: 'x',
        consultedParty: 'thirdParty',
        partyName: '甲公司',
      },
    });
    const stale = applyCaseCommand(context, officeHead, {
      requestId,
      expectedVersion: loaded.version,
      command: { type: 'withdraw', date: '2025-06-04', reason: '撤回' },
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(/已有新的办理记录，请刷新页面/);
    expect((await findDisclosureRequestById(handle.db, { requestId }))?.status).toBe('consulting');
  });
});

describe('getCase: personal data', () => {
  it('shows the applicant to case staff only; administrators, supervisors and system administrators see the case without it', async () => {
    const submitted = await submitOnlineRequest(context, onlineRequestInput({ agencySlug: agency.slug }));
    const forHandler = await getCase(context, handler, { requestId: submitted.requestId });
    expect(forHandler.applicant?.identityDocumentNumber).toBe('330402199001011230');
    expect(forHandler.availableCommands).toContain('requestClarification');
    expect(forHandler.deadlines?.replyDueDate).toBe('2025-12-29');
    for (const reader of [administrator, supervisor, systemAdministrator]) {
      const view = await getCase(context, reader, { requestId: submitted.requestId });
      expect(view.applicant).toBeNull();
      expect(view.attachments).toBeNull();
      expect(view.information.purpose).toBeNull();
      expect(view.availableCommands).toEqual([]);
      expect(JSON.stringify(view)).not.toMatch(/张三|330402199001011230|13812345678|zhangsan/);
    }
    await expect(
      getCase(context, otherAgencyHandler, { requestId: submitted.requestId }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const events = await listCaseEvents(handle.db, submitted.requestId);
    expect(JSON.stringify(events)).not.toMatch(/张三|330402199001011230|13812345678|zhangsan/);
  });
});
