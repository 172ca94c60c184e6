import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database.ts';
import type { AgencyRow } from '../../../src/db/repositories/agencies.ts';
import { listCaseEvents } from '../../../src/db/repositories/case-events.ts';
import { findDisclosureRequestById } from '../../../src/db/repositories/disclosure-requests.ts';
import type { StaffActor } from '../../../src/domain/access/actor.ts';
import { submitOnlineRequest } from '../../../src/use-cases/disclosure-requests/submit-online-request.ts';
import { registerRequest } from '../../../src/use-cases/disclosure-requests/register-request.ts';
import { getCase } from '../../../src/use-cases/disclosure-requests/get-case.ts';
import { AccessDeniedError, ValidationError } from '../../../src/use-cases/errors.ts';
import {
  onlineRequestInput,
  staffRegistrationInput,
  validApplicant,
} from '../../support/disclosure-requests.ts';
import { contextFor, makeAgency, makeStaff } from '../../support/factories.ts';
import { createTestDatabase } from '../../support/test-database.ts';

// Pinned clock: Monday 2025-03-03 09:00 Beijing time.
let handle: DatabaseHandle;
let agency: AgencyRow;
let handler: StaffActor;
let administrator: StaffActor;

beforeAll(async () => {
  handle = await createTestDatabase();
  const context = contextFor(handle);
  agency = await makeAgency(context, { slug: 'intake-test' });
  handler = (await makeStaff(context, { agency, roles: ['caseHandler'] })).actor;
  administrator = (await makeStaff(context, { agency, roles: ['agencyAdmin'] })).actor;
});
afterAll(async () => handle.close());

describe('submitOnlineRequest', () => {
  it('registers the request with a case number, a query code and the registered event', async () => {
    const context = contextFor(handle);
    const submitted = await submitOnlineRequest(context, onlineRequestInput({ agencySlug: agency.slug }));
    expect(submitted.caseNumber).toBe('intake-test-2025-00001');
    expect(submitted.queryCode).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(submitted.receivedOn).toBe('2025-03-03');
    expect(submitted.isDuplicate).toBe(false);
    const row = await findDisclosureRequestById(handle.db, { requestId: submitted.requestId });
    expect(row?.status).toBe('registered');
    expect(row?.channel).toBe('onlineForm');
    // 20 working days after Monday 3 March 2025: Monday 31 March (no holiday in between).
    expect(row?.replyDueDate).toBe('2025-03-31');
    expect(row?.queryCodeHash).not.toContain(submitted.queryCode.replace('-', ''));
    const events = await listCaseEvents(handle.db, submitted.requestId);
    expect(events.map((event) => event.payload)).toEqual([
      { type: 'registered', date: '2025-03-03', channel: 'onlineForm', applicantType: 'naturalPerson' },
    ]);
    expect(events[0]?.actor).toBe('public');
  });

  it('creates one case for a double submission of the same form, with the same code', async () => {
    const context = contextFor(handle);
    const input = onlineRequestInput({
      agencySlug: agency.slug,
      idempotencyKey: 'form-key-0123456789abcdef',
    });
    const first = await submitOnlineRequest(context, input);
    const second = await submitOnlineRequest(context, input);
    expect(second.requestId).toBe(first.requestId);
    expect(second.caseNumber).toBe(first.caseNumber);
    expect(second.queryCode).toBe(first.queryCode);
    expect(second.isDuplicate).toBe(true);
    const [third, fourth] = await Promise.all([
      submitOnlineRequest(context, { ...input, idempotencyKey: 'form-key-parallel-0000000001' }),
      submitOnlineRequest(context, { ...input, idempotencyKey: 'form-key-parallel-0000000001' }),
    ]);
    expect(third.requestId).toBe(fourth.requestId);
  });

  it('refuses a malformed identity number, missing fields and an executable, saving nothing', async () => {
    const context = contextFor(handle);
    const badIdentity = onlineRequestInput({
      agencySlug: agency.slug,
      applicant: validApplicant({ identityDocumentNumber: '330402199001011231' }),
    });
    await expect(submitOnlineRequest(context, badIdentity)).rejects.toThrow(/校验位不正确/);
    await expect(
      submitOnlineRequest(context, { agencySlug: agency.slug, applicant: validApplicant() }),
    ).rejects.toBeInstanceOf(ValidationError);
    const executable = onlineRequestInput({
      agencySlug: agency.slug,
      attachments: [
        {
          fileName: 'scan.pdf',
          mediaType: 'application/pdf',
          content: new Uint8Array([0x4d, 0x5a, 0x90, 0]),
        },
      ],
    });
    await expect(submitOnlineRequest(context, executable)).rejects.toThrow(/内容与文件类型不符/);
    const oversized = onlineRequestInput({
      agencySlug: agency.slug,
      attachments: [
        {
          fileName: 'big.png',
          mediaType: 'image/png',
          content: new Uint8Array(5 * 1024 * 1024 + 1).fill(0x89, 0, 1),
        },
      ],
    });
    await expect(submitOnlineRequest(context, oversized)).rejects.toThrow(/超过5MB/);
    const next = await submitOnlineRequest(context, onlineRequestInput({ agencySlug: agency.slug }));
    // Numbers 1–3 went to the successful submissions above; refused ones took none.
    expect(next.caseNumber).toBe('intake-test-2025-00004');
  });
});

describe('registerRequest', () => {
  it('registers a letter with its Art. 31 receipt date and a scan, for case staff only', async () => {
    const context = contextFor(handle);
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
    const registered = await registerRequest(
      context,
      handler,
      staffRegistrationInput({
        agencySlug: agency.slug,
        receivedOn: '2025-02-27',
        attachments: [{ fileName: '申请书扫描件.pdf', mediaType: 'application/pdf', content: pdf }],
      }),
    );
    const view = await getCase(context, handler, { requestId: registered.requestId });
    expect(view.receivedOn).toBe('2025-02-27');
    expect(view.channel).toBe('registeredMail');
    expect(view.attachments).toEqual([
      expect.objectContaining({ fileName: '申请书扫描件.pdf', kind: 'paperScan', sizeBytes: 6 }),
    ]);
    await expect(
      registerRequest(
        context,
        administrator,
        staffRegistrationInput({ agencySlug: agency.slug, receivedOn: '2025-03-03' }),
      ),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      registerRequest(
        context,
        handler,
        staffRegistrationInput({ agencySlug: agency.slug, receivedOn: '2025-03-04' }),
      ),
    ).rejects.toThrow(/晚于今天/);
    await expect(
      registerRequest(
        context,
        handler,
        staffRegistrationInput({
          agencySlug: agency.slug,
          receivedOn: '2025-03-03',
          channel: 'fax',
          isOral: true,
        }),
      ),
    ).rejects.toThrow(/口头申请只能当面提出/);
  });
});
