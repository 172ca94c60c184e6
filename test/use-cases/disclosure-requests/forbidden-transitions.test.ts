import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database.ts';
import type { AgencyRow } from '../../../src/db/repositories/agencies.ts';
import { findDisclosureRequestById } from '../../../src/db/repositories/disclosure-requests.ts';
import type { StaffActor } from '../../../src/domain/access/actor.ts';
import type {
  CaseCommand,
  CaseCommandType,
} from '../../../src/domain/applications/lifecycle/case-command.ts';
import { notHeldDecision } from '../../../src/domain/applications/lifecycle/testing/case-factories.ts';
import {
  caseCommandTypes,
  transitionTable,
} from '../../../src/domain/applications/lifecycle/transition-table.ts';
import type { CaseStatus } from '../../../src/domain/applications/lifecycle/case-status.ts';
import { applyCaseCommand } from '../../../src/use-cases/disclosure-requests/apply-case-command.ts';
import { registerRequest } from '../../../src/use-cases/disclosure-requests/register-request.ts';
import type { UseCaseContext } from '../../../src/use-cases/context.ts';
import { AccessDeniedError } from '../../../src/use-cases/errors.ts';
import { staffRegistrationInput } from '../../support/disclosure-requests.ts';
import { contextFor, makeAgency, makeStaff } from '../../support/factories.ts';
import { createTestDatabase } from '../../support/test-database.ts';

// Today: Monday 1 December 2025; every command is dated 2 June 2025, after the receipt below.
const now = () => new Date('2025-12-01T10:00:00+08:00');
const date = '2025-06-02';
let handle: DatabaseHandle;
let context: UseCaseContext;
let agency: AgencyRow;
let handler: StaffActor;
let bothRoles: StaffActor;

/** A well-formed command of each type (whether the case accepts it is the point of the test). */
const sampleCommands: Record<Exclude<CaseCommandType, 'register'>, CaseCommand> = {
  correctApplicantType: {
    type: 'correctApplicantType',
    date,
    applicantType: 'otherOrganisation',
    reason: '更正',
  },
  requestClarification: { type: 'requestClarification', date, whatToSupply: '请说明' },
  receiveClarification: { type: 'receiveClarification', date },
  deemAbandonedForClarification: { type: 'deemAbandonedForClarification', date },
  sendConsultation: {
    type: 'sendConsultation',
    date,
    consultationId: 'c',
    consultedParty: 'thirdParty',
    partyName: '甲',
  },
  recordConsultationAnswer: {
    type: 'recordConsultationAnswer',
    date,
    consultationId: 'c',
    hasObjection: false,
    summary: '同意',
  },
  recordConsultationLapse: { type: 'recordConsultationLapse', date, consultationId: 'c' },
  sendFeeNotice: { type: 'sendFeeNotice', date, method: { kind: 'perVolume', pageCount: 40 } },
  recordFeePayment: { type: 'recordFeePayment', date },
  deemAbandonedForFee: { type: 'deemAbandonedForFee', date },
  approveExtension: { type: 'approveExtension', date, workingDays: 20, reason: '复杂' },
  setLaterDeadline: { type: 'setLaterDeadline', date, dueDate: '2025-08-29', reason: '数量大' },
  proposeDecision: { type: 'proposeDecision', date, decision: notHeldDecision },
  returnDecision: { type: 'returnDecision', date, reason: '退回' },
  approveDecision: { type: 'approveDecision', date },
  recordDelivery: { type: 'recordDelivery', date, method: 'post' },
  close: { type: 'close', date },
  withdraw: { type: 'withdraw', date, reason: '撤回' },
};

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  agency = await makeAgency(context, { slug: 'forbidden' });
  handler = (await makeStaff(context, { agency, roles: ['caseHandler'] })).actor;
  bothRoles = (await makeStaff(context, { agency, roles: ['caseHandler', 'officeHead'] })).actor;
});
afterAll(async () => handle.close());

async function caseIn(status: 'registered' | 'closed' | 'withdrawn'): Promise<string> {
  const { requestId } = await registerRequest(
    context,
    handler,
    staffRegistrationInput({ agencySlug: agency.slug, receivedOn: '2025-05-30', channel: 'inPerson' }),
  );
  const steps: CaseCommand[] =
    status === 'closed'
      ? [
          { type: 'proposeDecision', date: '2025-05-30', decision: notHeldDecision },
          { type: 'approveDecision', date: '2025-05-30' },
          { type: 'recordDelivery', date: '2025-05-30', method: 'post' },
          { type: 'close', date: '2025-05-30' },
        ]
      : status === 'withdrawn'
        ? [{ type: 'withdraw', date: '2025-05-30', reason: '撤回' }]
        : [];
  for (const [index, command] of steps.entries()) {
    await applyCaseCommand(context, bothRoles, { requestId, expectedVersion: index + 1, command });
  }
  return requestId;
}

describe('forbidden transitions through the use case', () => {
  for (const status of ['registered', 'closed', 'withdrawn'] as const satisfies readonly CaseStatus[]) {
    it(`refuses every command the table does not allow from “${status}”, changing nothing`, async () => {
      const requestId = await caseIn(status);
      const before = await findDisclosureRequestById(handle.db, { requestId });
      const forbidden = caseCommandTypes.filter((type): type is Exclude<CaseCommandType, 'register'> => {
        const from = transitionTable[type].from;
        return type !== 'register' && from !== 'initial' && !from.includes(status);
      });
      expect(forbidden.length).toBeGreaterThan(5);
      for (const type of forbidden) {
        const attempt = applyCaseCommand(context, bothRoles, {
          requestId,
          expectedVersion: before?.version ?? 0,
          command: sampleCommands[type],
        });
        await expect(attempt, type).rejects.toThrow(/^申请当前状态为“.+”，不能/);
      }
      const after = await findDisclosureRequestById(handle.db, { requestId });
      expect(after?.version).toBe(before?.version);
      expect(after?.status).toBe(status);
    });
  }

  it('refuses the office head’s commands to a case handler by role, whatever the status', async () => {
    const requestId = await caseIn('registered');
    const headOnly = caseCommandTypes.filter((type) =>
      transitionTable[type].roles.every((role) => role === 'officeHead'),
    );
    expect(headOnly).toEqual(
      expect.arrayContaining(['approveExtension', 'approveDecision', 'returnDecision', 'setLaterDeadline']),
    );
    for (const type of headOnly) {
      if (type === 'register') continue;
      await expect(
        applyCaseCommand(context, handler, { requestId, expectedVersion: 1, command: sampleCommands[type] }),
        type,
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });
});
