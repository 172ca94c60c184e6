import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database.ts';
import type { AgencyRow } from '../../../src/db/repositories/agencies.ts';
import { events } from '../../../src/db/schema/index.ts';
import type { StaffActor } from '../../../src/domain/access/actor.ts';
import { renderLetterDocx } from '../../../src/render/letters/letter-docx.ts';
import { readZipEntries } from '../../../src/use-cases/import-report/read-zip-entries.ts';
import {
  getApplicantLetter,
  listApplicantLetters,
} from '../../../src/use-cases/disclosure-requests/applicant-letters.ts';
import {
  getCaseLetter,
  issueLetter,
  listCaseLetters,
} from '../../../src/use-cases/disclosure-requests/case-letters.ts';
import { registerRequest } from '../../../src/use-cases/disclosure-requests/register-request.ts';
import type { UseCaseContext } from '../../../src/use-cases/context.ts';
import { AccessDeniedError, NotFoundError, ValidationError } from '../../../src/use-cases/errors.ts';
import { staffRegistrationInput } from '../../support/disclosure-requests.ts';
import { contextFor, makeAgency, makeStaff } from '../../support/factories.ts';
import { createTestDatabase } from '../../support/test-database.ts';

// Today: Monday 2 June 2025 (Beijing).
const now = () => new Date('2025-06-02T10:00:00+08:00');
let handle: DatabaseHandle;
let context: UseCaseContext;
let agency: AgencyRow;
let handler: StaffActor;
let otherHandler: StaffActor;
let submitted: { requestId: string; caseNumber: string; queryCode: string };

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  agency = await makeAgency(context, { slug: 'letters', shortName: '示商务' });
  const other = await makeAgency(context, { slug: 'letters-other' });
  handler = (await makeStaff(context, { agency, roles: ['caseHandler'] })).actor;
  otherHandler = (await makeStaff(context, { agency: other, roles: ['caseHandler'] })).actor;
  submitted = await registerRequest(
    context,
    handler,
    staffRegistrationInput({ agencySlug: agency.slug, receivedOn: '2025-05-26', channel: 'inPerson' }),
  );
});
afterAll(async () => handle.close());

function documentXml(archive: Buffer): string {
  const entry = readZipEntries(archive).find((candidate) => candidate.name === 'word/document.xml');
  if (!entry) throw new Error('word/document.xml missing');
  return new TextDecoder().decode(entry.bytes);
}

describe('issueLetter', () => {
  it('keeps the letter on the case with its event; a receipt has no 文号 by default', async () => {
    const first = await issueLetter(context, handler, { requestId: submitted.requestId, kind: 'receipt' });
    const second = await issueLetter(context, handler, { requestId: submitted.requestId, kind: 'receipt' });
    // Numbered receipts and the 文号 sequence: test/use-cases/letter-settings.test.ts.
    expect(first.documentNumber).toBeNull();
    expect(second.documentNumber).toBeNull();
    expect(first.letter.caseNumber).toBe(submitted.caseNumber);
    expect(first.issuedOn).toBe('2025-06-02');
    const written = await handle.db
      .select()
      .from(events)
      .where(and(eq(events.kind, 'letter.issued'), eq(events.subjectId, first.id)));
    expect(written).toHaveLength(1);
    expect(written[0]?.payload).toMatchObject({ requestId: submitted.requestId, kind: 'receipt' });
    const listed = await listCaseLetters(context, handler, { requestId: submitted.requestId });
    expect(listed.map((letter) => letter.id)).toEqual([first.id, second.id]);
    const fetched = await getCaseLetter(context, handler, {
      requestId: submitted.requestId,
      letterId: first.id,
    });
    expect(fetched.letter).toEqual(first.letter);
  });

  it('refuses a kind the case does not support now, and saves nothing', async () => {
    const before = await listCaseLetters(context, handler, { requestId: submitted.requestId });
    await expect(
      issueLetter(context, handler, { requestId: submitted.requestId, kind: 'feeNotice' }),
    ).rejects.toThrow(ValidationError);
    await expect(
      issueLetter(context, handler, { requestId: submitted.requestId, kind: 'nonsense' }),
    ).rejects.toThrow(ValidationError);
    const after = await listCaseLetters(context, handler, { requestId: submitted.requestId });
    expect(after).toHaveLength(before.length);
  });

  it('refuses the staff of another agency', async () => {
    await expect(
      issueLetter(context, otherHandler, { requestId: submitted.requestId, kind: 'receipt' }),
    ).rejects.toThrow(AccessDeniedError);
    await expect(listCaseLetters(context, otherHandler, { requestId: submitted.requestId })).rejects.toThrow(
      AccessDeniedError,
    );
  });

  it('renders a stored letter as a DOCX naming the case number', async () => {
    const [letter] = await listCaseLetters(context, handler, { requestId: submitted.requestId });
    if (!letter) throw new Error('no letter');
    const archive = await renderLetterDocx(letter.letter);
    expect(archive.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(documentXml(archive)).toContain(submitted.caseNumber);
  });
});

describe('applicant letters', () => {
  it('lists and gives the letters with the right query code, and the same refusal otherwise', async () => {
    const [letter] = await listCaseLetters(context, handler, { requestId: submitted.requestId });
    if (!letter) throw new Error('no letter');
    const credentials = {
      agencySlug: agency.slug,
      caseNumber: submitted.caseNumber,
      queryCode: submitted.queryCode,
    };
    const listed = await listApplicantLetters(context, credentials);
    expect(listed[0]).toEqual({
      id: letter.id,
      title: letter.letter.title,
      documentNumber: letter.documentNumber,
      issuedOn: '2025-06-02',
    });
    const downloaded = await getApplicantLetter(context, { ...credentials, letterId: letter.id });
    expect(downloaded.letter.caseNumber).toBe(submitted.caseNumber);
    expect(await listApplicantLetters(context, { ...credentials, queryCode: '22222-22222' })).toEqual([]);
    const wrongCode = getApplicantLetter(context, {
      ...credentials,
      queryCode: '22222-22222',
      letterId: letter.id,
    });
    await expect(wrongCode).rejects.toThrow(NotFoundError);
    const wrongLetter = getApplicantLetter(context, { ...credentials, letterId: 'nonsense' });
    await expect(wrongLetter).rejects.toThrow(NotFoundError);
    const messages = await Promise.all(
      [wrongCode, wrongLetter].map((attempt) => attempt.catch((error: unknown) => (error as Error).message)),
    );
    expect(new Set(messages).size).toBe(1);
  });
});
