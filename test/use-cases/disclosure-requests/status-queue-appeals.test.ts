import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberCell } from '../../../src/domain/annual-report/cell-value.ts';
import type { DatabaseHandle } from '../../../src/db/database.ts';
import type { AgencyRow } from '../../../src/db/repositories/agencies.ts';
import type { StaffActor } from '../../../src/domain/access/actor.ts';
import { notHeldDecision } from '../../../src/domain/applications/lifecycle/testing/case-factories.ts';
import { recordAppealCase } from '../../../src/use-cases/appeal-cases/record-appeal-case.ts';
import { updateAppealCase } from '../../../src/use-cases/appeal-cases/update-appeal-case.ts';
import { listAppealCases } from '../../../src/use-cases/appeal-cases/list-appeal-cases.ts';
import { applyCaseCommand } from '../../../src/use-cases/disclosure-requests/apply-case-command.ts';
import { computeAnnualRequestTables } from '../../../src/use-cases/disclosure-requests/compute-annual-request-tables.ts';
import { findRequestsOfSameApplicant } from '../../../src/use-cases/disclosure-requests/find-requests-of-same-applicant.ts';
import { listWorkQueue } from '../../../src/use-cases/disclosure-requests/list-work-queue.ts';
import {
  applicantLetterNotFoundMessage,
  getApplicantLetter,
  listApplicantLetters,
} from '../../../src/use-cases/disclosure-requests/applicant-letters.ts';
import { issueLetter } from '../../../src/use-cases/disclosure-requests/case-letters.ts';
import { lookUpRequestStatus } from '../../../src/use-cases/disclosure-requests/look-up-request-status.ts';
import { registerRequest } from '../../../src/use-cases/disclosure-requests/register-request.ts';
import type { UseCaseContext } from '../../../src/use-cases/context.ts';
import { AccessDeniedError, ConflictError, ValidationError } from '../../../src/use-cases/errors.ts';
import { staffRegistrationInput, validApplicant } from '../../support/disclosure-requests.ts';
import { contextFor, makeAgency, makeStaff } from '../../support/factories.ts';
import { createTestDatabase } from '../../support/test-database.ts';

// Today: Monday 2 June 2025 (Beijing).
const now = () => new Date('2025-06-02T10:00:00+08:00');
let handle: DatabaseHandle;
let context: UseCaseContext;
let agency: AgencyRow;
let handler: StaffActor;
let officeHead: StaffActor;
let supervisor: StaffActor;

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  const parent = await makeAgency(context, { slug: 'queue-parent' });
  agency = await makeAgency(context, { slug: 'queue', parentSlug: parent.slug });
  handler = (await makeStaff(context, { agency, roles: ['caseHandler'] })).actor;
  officeHead = (await makeStaff(context, { agency, roles: ['officeHead'] })).actor;
  supervisor = (await makeStaff(context, { agency: parent, roles: ['supervisor'] })).actor;
});
afterAll(async () => handle.close());

async function register(receivedOn: string, identityDocumentNumber = '330402199001011230') {
  return registerRequest(
    context,
    handler,
    staffRegistrationInput({
      agencySlug: agency.slug,
      receivedOn,
      channel: 'inPerson',
      applicant: validApplicant({ identityDocumentNumber }),
    }),
  );
}

describe('lookUpRequestStatus', () => {
  it('shows status, due date and letters for the right code, and one same answer otherwise', async () => {
    const submitted = await register('2025-05-06');
    await applyCaseCommand(context, handler, {
      requestId: submitted.requestId,
      expectedVersion: 1,
      command: { type: 'requestClarification', date: '2025-05-07', whatToSupply: '请明确年份' },
    });
    const found = await lookUpRequestStatus(context, {
      agencySlug: agency.slug,
      caseNumber: submitted.caseNumber.toUpperCase(),
      queryCode: submitted.queryCode.toLowerCase().replace('-', ' '),
    });
    expect(found).toEqual({
      isFound: true,
      caseNumber: 'queue-2025-00001',
      receivedOn: '2025-05-06',
      status: 'awaitingClarification',
      statusLabel: '待申请人补正',
      replyDueDate: null,
      applicantObligations: [expect.objectContaining({ dueDate: expect.stringMatching(/^2025-05-/) })],
      concludedOn: null,
      lettersSent: [
        { date: '2025-05-06', title: '政府信息公开申请登记回执' },
        { date: '2025-05-07', title: '补正申请告知书' },
      ],
    });
    expect(JSON.stringify(found)).not.toMatch(/张三|330402|13812345678|zhangsan|专项资金/);
    const wrongCode = await lookUpRequestStatus(context, {
      agencySlug: agency.slug,
      caseNumber: submitted.caseNumber,
      queryCode: '22222-22222',
    });
    const unknownNumber = await lookUpRequestStatus(context, {
      agencySlug: agency.slug,
      caseNumber: 'queue-2025-09999',
      queryCode: submitted.queryCode,
    });
    const malformed = await lookUpRequestStatus(context, {
      agencySlug: agency.slug,
      caseNumber: 'nonsense',
      queryCode: 'x',
    });
    expect(wrongCode).toEqual({
      isFound: false,
      message: '未找到与申请编号和查询码相符的申请，请核对后重试',
    });
    expect(unknownNumber).toEqual(wrongCode);
    expect(malformed).toEqual(wrongCode);
  });

  it("does not find a case on another agency's portal, even with the right code", async () => {
    const submitted = await register('2025-05-08');
    const elsewhere = await makeAgency(context, { slug: 'queue-elsewhere' });
    const right = { caseNumber: submitted.caseNumber, queryCode: submitted.queryCode };
    expect(await lookUpRequestStatus(context, { ...right, agencySlug: agency.slug })).toMatchObject({
      isFound: true,
    });
    const notFound = { isFound: false, message: '未找到与申请编号和查询码相符的申请，请核对后重试' };
    expect(await lookUpRequestStatus(context, { ...right, agencySlug: elsewhere.slug })).toEqual(notFound);
    expect(await lookUpRequestStatus(context, { ...right, agencySlug: 'no-such-agency' })).toEqual(notFound);
    expect(await listApplicantLetters(context, { ...right, agencySlug: elsewhere.slug })).toEqual([]);
    expect(await listApplicantLetters(context, { ...right, agencySlug: agency.slug })).toHaveLength(0);
    const letter = await issueLetter(context, handler, { requestId: submitted.requestId, kind: 'receipt' });
    expect(await listApplicantLetters(context, { ...right, agencySlug: agency.slug })).toHaveLength(1);
    await expect(
      getApplicantLetter(context, { ...right, agencySlug: elsewhere.slug, letterId: letter.id }),
    ).rejects.toThrow(applicantLetterNotFoundMessage);
  });
});

describe('listWorkQueue', () => {
  it('puts cases in their phases, sorted by due date; names only for case staff', async () => {
    const overdue = await register('2025-04-01');
    const dueSoon = await register('2025-05-06');
    const fresh = await register('2025-05-30');
    const queue = await listWorkQueue(context, handler, {});
    const numbers = queue.entries.map((entry) => entry.caseNumber);
    expect(numbers.indexOf(overdue.caseNumber)).toBeLessThan(numbers.indexOf(dueSoon.caseNumber));
    const byNumber = new Map(queue.entries.map((entry) => [entry.caseNumber, entry]));
    // Received Tuesday 1 April 2025: 20 working days skip Qingming (4–6 April) and count the make-up
    // Sunday 27 April, so they end on Tuesday 29 April.
    expect(byNumber.get(overdue.caseNumber)?.phase).toBe('overdue');
    expect(byNumber.get(overdue.caseNumber)?.replyDueDate).toBe('2025-04-29');
    expect(byNumber.get(dueSoon.caseNumber)?.phase).toBe('dueSoon');
    expect(byNumber.get(fresh.caseNumber)?.phase).toBe('new');
    expect(byNumber.get(fresh.caseNumber)?.applicantName).toBe('张三');
    const overdueOnly = await listWorkQueue(context, handler, { phases: ['overdue'] });
    expect(overdueOnly.entries.map((entry) => entry.caseNumber)).toEqual([overdue.caseNumber]);
    expect(overdueOnly.phaseCounts.overdue).toBe(1);
    const forSupervisor = await listWorkQueue(context, supervisor, { agencyId: agency.id });
    expect(forSupervisor.entries.length).toBe(queue.entries.length);
    expect(forSupervisor.entries.every((entry) => entry.applicantName === null)).toBe(true);
    const subtree = await listWorkQueue(context, supervisor, {});
    expect(subtree.entries.map((entry) => entry.caseNumber)).toEqual(
      forSupervisor.entries.map((entry) => entry.caseNumber),
    );
    expect(JSON.stringify(forSupervisor)).not.toMatch(/张三|330402/);
  });
});

describe('findRequestsOfSameApplicant', () => {
  it('lists the same identity in the month and before; refuses supervisors', async () => {
    const first = await register('2025-05-12', '330106199203047898');
    const second = await register('2025-05-20', '330106199203047898');
    await register('2025-05-21', '330402198506154566');
    const earlier = await register('2025-03-03', '330106199203047898');
    const found = await findRequestsOfSameApplicant(context, handler, { requestId: second.requestId });
    expect(found.month).toBe('2025-05');
    expect(found.inSameMonth.map((entry) => entry.caseNumber)).toEqual([first.caseNumber]);
    expect(found.allOther.map((entry) => entry.caseNumber)).toEqual([first.caseNumber, earlier.caseNumber]);
    await expect(
      findRequestsOfSameApplicant(context, supervisor, { requestId: second.requestId }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('appeal cases and the annual tables', () => {
  it('records and closes an appeal, and both feed tables 三 and 四', async () => {
    const request = await register('2025-04-07', '11010519491231002X');
    await applyCaseCommand(context, handler, {
      requestId: request.requestId,
      expectedVersion: 1,
      command: { type: 'proposeDecision', date: '2025-04-08', decision: notHeldDecision },
    });
    await applyCaseCommand(context, officeHead, {
      requestId: request.requestId,
      expectedVersion: 2,
      command: { type: 'approveDecision', date: '2025-04-09' },
    });
    const appeal = await recordAppealCase(context, handler, {
      requestId: request.requestId,
      kind: 'reconsideration',
      reference: '示复〔2025〕3号',
      filedOn: '2025-05-06',
    });
    expect(appeal.result).toBe('pending');
    await expect(
      recordAppealCase(context, handler, {
        requestId: request.requestId,
        kind: 'reconsideration',
        filedOn: '2025-04-01',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      updateAppealCase(context, handler, {
        appealCaseId: appeal.appealCaseId,
        expectedVersion: 1,
        result: 'upheld',
        closedOn: '2025-05-01',
      }),
    ).rejects.toThrow(/审结日期不能早于立案日期/);
    const closed = await updateAppealCase(context, handler, {
      appealCaseId: appeal.appealCaseId,
      expectedVersion: 1,
      result: 'upheld',
      closedOn: '2025-05-30',
    });
    expect(closed.resultLabel).toBe('结果维持');
    await expect(
      updateAppealCase(context, handler, {
        appealCaseId: appeal.appealCaseId,
        expectedVersion: 1,
        result: 'pending',
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await listAppealCases(context, supervisor, { agencyId: agency.id })).toHaveLength(1);

    const tables = await computeAnnualRequestTables(context, supervisor, { agencyId: agency.id, year: 2025 });
    expect(tables.cells['table4.reconsideration.upheld']).toEqual(numberCell(1));
    expect(tables.cells['table3.unableNotHeld.naturalPerson']).toEqual(numberCell(1));
  });
});
