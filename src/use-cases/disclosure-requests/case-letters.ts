import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { availableLetterKinds } from '../../domain/applications/letters/available-letter-kinds.ts';
import { buildLetter } from '../../domain/applications/letters/build-letter.ts';
import type { Letter } from '../../domain/applications/letters/letter.ts';
import { isLetterNumbered } from '../../domain/applications/letters/document-number.ts';
import { LetterError } from '../../domain/applications/letters/letter-error.ts';
import { letterKindLabels, type LetterKind } from '../../domain/applications/letters/letter-kind.ts';
import { letterSchema } from '../../domain/applications/letters/letter-schemas.ts';
import { computeCaseDeadlines } from '../../domain/applications/lifecycle/compute-case-deadlines.ts';
import { CalendarYearMissingError } from '../../domain/calendar/calendar-year-missing-error.ts';
import { isoDateInShanghai, yearOf, type IsoDate } from '../../domain/calendar/iso-date.ts';
import type { Executor } from '../../db/database.ts';
import { agencyTarget, findAgencyById } from '../../db/repositories/agencies.ts';
import {
  caseLetterSubjectType,
  findCaseLetter,
  insertCaseLetter,
  listCaseLetterRows,
  nextLetterSequence,
  nextUnnumberedLetterSequence,
  type CaseLetterRow,
} from '../../db/repositories/case-letters.ts';
import { findDisclosureRequestById } from '../../db/repositories/disclosure-requests.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import { parseInput } from '../agencies/agency-input.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import { loadLetterSetup } from '../letter-settings/load-letter-setup.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { loadCaseState } from './load-case.ts';

/** A letter kept on the case: the stored `Letter` with who issued it and when. */
export type CaseLetter = {
  id: string;
  requestId: string;
  kind: LetterKind;
  kindLabel: string;
  documentNumber: string | null;
  issuedOn: IsoDate;
  issuedAt: string;
  issuedBy: string;
  letter: Letter;
};

const letterKinds = Object.keys(letterKindLabels) as [LetterKind, ...LetterKind[]];

const issueSchema = z.object({
  requestId: z.uuid({ error: '申请编号无效' }),
  kind: z.enum(letterKinds, { error: '文书种类无效' }),
});
const listSchema = z.object({ requestId: z.uuid({ error: '申请编号无效' }) });
const getSchema = z.object({
  requestId: z.uuid({ error: '申请编号无效' }),
  letterId: z.uuid({ error: '文书编号无效' }),
});

/** A stored row back into a `CaseLetter`; a letter that does not parse is a corrupt record. */
export function caseLetterOf(row: CaseLetterRow): CaseLetter {
  const parsed = letterSchema.safeParse(row.letter);
  if (!parsed.success) throw new Error(`case letter ${row.id} unreadable: ${parsed.error.message}`);
  const kind = parsed.data.kind;
  return {
    id: row.id,
    requestId: row.requestId,
    kind,
    kindLabel: letterKindLabels[kind],
    documentNumber: row.documentNumber,
    issuedOn: row.issuedOn as IsoDate,
    issuedAt: row.issuedAt.toISOString(),
    issuedBy: row.issuedBy,
    letter: parsed.data,
  };
}

/**
 * Issues a formal document on a case (`request.handle`): the kind must be one the case supports
 * now (`availableLetterKinds`); the letter is built from the case state, the agency with its letter
 * settings and edited template (`loadLetterSetup`) and the deadline engine as of today, given the
 * next 文号 of the agency's year (a receipt only when the agency numbers receipts), and saved with its
 * `letter.issued` event in one transaction (the case row locked). A letter the case cannot support
 * is a ValidationError with the domain's Chinese reasons.
 */
export async function issueLetter(
  context: UseCaseContext,
  actor: Actor,
  input: { requestId: string; kind: string },
): Promise<CaseLetter> {
  const valid = parseInput(issueSchema, input);
  const calendar = await loadWorkingCalendar(context.db);
  return context.db.transaction(async (transaction) => {
    const row = await findDisclosureRequestById(transaction, { requestId: valid.requestId, isLocked: true });
    if (!row) throw new NotFoundError('申请不存在');
    assertMay(actor, 'request.handle', await agencyTarget(transaction, row.agencyId));
    const agency = await findAgencyById(transaction, row.agencyId);
    if (!agency) throw new NotFoundError('机关不存在');
    const { state } = await loadCaseState(transaction, row.id);
    if (!availableLetterKinds({ caseState: state }).includes(valid.kind)) {
      const message = `本案当前不能生成${letterKindLabels[valid.kind]}`;
      throw new ValidationError(message, { kind: message });
    }
    const now = context.now();
    const issuedOn = isoDateInShanghai(now);
    const year = yearOf(issuedOn);
    const setup = await loadLetterSetup(transaction, agency);
    const isNumbered = isLetterNumbered({
      kind: valid.kind,
      isReceiptNumbered: setup.settings.isReceiptNumbered,
    });
    const sequenceOptions = { agencyId: row.agencyId, year };
    const documentSequence = isNumbered
      ? await nextLetterSequence(transaction, sequenceOptions)
      : await nextUnnumberedLetterSequence(transaction, sequenceOptions);
    let letter: Letter;
    try {
      letter = buildLetter({
        kind: valid.kind,
        caseState: state,
        request: {
          caseNumber: row.caseNumber,
          applicantName: row.applicantName,
          requestedInformation: row.informationTitle,
        },
        agency: setup.letterAgency,
        templates: setup.templates,
        issuedOn,
        deadlines: computeCaseDeadlines({ state, calendar, now: issuedOn }),
        documentSequence: isNumbered ? documentSequence : undefined,
      });
    } catch (error) {
      if (error instanceof LetterError || error instanceof CalendarYearMissingError) {
        throw new ValidationError(error.message, { kind: error.message });
      }
      throw error;
    }
    const issuedBy = describeActor(actor);
    const stored = await insertCaseLetter(transaction, {
      id: randomUUID(),
      agencyId: row.agencyId,
      requestId: row.id,
      kind: letter.kind,
      templateKey: letter.templateKey,
      documentYear: year,
      documentSequence,
      documentNumber: letter.documentNumber,
      issuedOn,
      letter: letterSchema.parse(letter),
      issuedAt: now,
      issuedBy,
    });
    await appendEvent(transaction, {
      agencyId: row.agencyId,
      actor: issuedBy,
      kind: 'letter.issued',
      subjectType: caseLetterSubjectType,
      subjectId: stored.id,
      payload: {
        requestId: row.id,
        kind: letter.kind,
        templateKey: letter.templateKey,
        documentNumber: letter.documentNumber,
        issuedOn,
      },
      occurredAt: now,
    });
    return caseLetterOf(stored);
  });
}

async function authorisedRequest(
  executor: Executor,
  actor: Actor,
  requestId: string,
): Promise<{ id: string; agencyId: string }> {
  const row = await findDisclosureRequestById(executor, { requestId });
  if (!row) throw new NotFoundError('申请不存在');
  assertMay(actor, 'request.view', await agencyTarget(executor, row.agencyId));
  return row;
}

/** The letters issued on a case, oldest first: they name the applicant, so `request.view` only. */
export async function listCaseLetters(
  context: UseCaseContext,
  actor: Actor,
  input: { requestId: string },
): Promise<CaseLetter[]> {
  const valid = parseInput(listSchema, input);
  const request = await authorisedRequest(context.db, actor, valid.requestId);
  return (await listCaseLetterRows(context.db, request.id)).map(caseLetterOf);
}

/** One letter of a case for staff (`request.view`), to render as DOCX or PDF. */
export async function getCaseLetter(
  context: UseCaseContext,
  actor: Actor,
  input: { requestId: string; letterId: string },
): Promise<CaseLetter> {
  const valid = parseInput(getSchema, input);
  const request = await authorisedRequest(context.db, actor, valid.requestId);
  const row = await findCaseLetter(context.db, { requestId: request.id, letterId: valid.letterId });
  if (!row) throw new NotFoundError('文书不存在');
  return caseLetterOf(row);
}
