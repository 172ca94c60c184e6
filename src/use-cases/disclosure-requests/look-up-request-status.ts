import { z } from 'zod';
import { letterKindLabels } from '../../domain/applications/letters/letter-kind.ts';
import { CalendarYearMissingError } from '../../domain/calendar/calendar-year-missing-error.ts';
import { isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import type { CaseEvent } from '../../domain/applications/lifecycle/case-event.ts';
import { caseStatusLabel, type CaseStatus } from '../../domain/applications/lifecycle/case-status.ts';
import { computeCaseDeadlines } from '../../domain/applications/lifecycle/compute-case-deadlines.ts';
import { parseInput } from '../agencies/agency-input.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import type { UseCaseContext } from '../context.ts';
import { loadCaseState } from './load-case.ts';
import { findRequestOfAgency } from './find-request-of-agency.ts';
import { decoyQueryCodeHash, isQueryCodeMatch } from './query-code-hash.ts';

/** A letter the agency sent the applicant, as the status page lists it. */
export type LetterSent = { date: IsoDate; title: string };

export type RequestStatusLookup =
  | {
      isFound: true;
      caseNumber: string;
      receivedOn: IsoDate;
      status: CaseStatus;
      statusLabel: string;
      /** The agency's reply due date from the deadline engine; null while paused or concluded. */
      replyDueDate: IsoDate | null;
      /** What the applicant must do and by when (supply a correction, pay a fee). */
      applicantObligations: Array<{ description: string; dueDate: IsoDate; legalBasis: string }>;
      concludedOn: IsoDate | null;
      lettersSent: LetterSent[];
    }
  /** One answer for an unknown number and a wrong code: the lookup reveals nothing. */
  | { isFound: false; message: string };

const notFound: RequestStatusLookup = {
  isFound: false,
  message: '未找到与申请编号和查询码相符的申请，请核对后重试',
};

const inputSchema = z.object({
  /** The agency of the portal the applicant asks on: a case of another agency is not found there. */
  agencySlug: z.string().trim().max(80).default(''),
  caseNumber: z.string().trim().max(80).default(''),
  queryCode: z.string().trim().max(40).default(''),
});

/** The letters a case's events mean were sent to the applicant, named as the letters module names them. */
function lettersOf(events: readonly CaseEvent[]): LetterSent[] {
  const letters: LetterSent[] = [];
  for (const event of events) {
    if (event.type === 'registered') letters.push({ date: event.date, title: letterKindLabels.receipt });
    if (event.type === 'clarificationRequested')
      letters.push({ date: event.date, title: letterKindLabels.clarificationNotice });
    if (event.type === 'extended')
      letters.push({ date: event.date, title: letterKindLabels.extensionNotice });
    if (event.type === 'laterDeadlineSet')
      letters.push({ date: event.date, title: '延迟答复告知书（第三十五条）' });
    if (event.type === 'feeNoticeSent') letters.push({ date: event.date, title: letterKindLabels.feeNotice });
    if (event.type === 'delivered') letters.push({ date: event.date, title: letterKindLabels.decision });
  }
  return letters;
}

/**
 * The applicant's status page (no login): case number + query code give the status, the reply
 * due date, what the applicant must do, and the letters sent; nothing else (no personal data, no
 * decision text). The code is checked in constant time against its scrypt hash, and an unknown
 * number is checked against a decoy hash, so both failures take the same time and give the same
 * answer; a case of another agency than the portal's is not found either (no oracle across
 * agencies), and takes the same path (the decoy hash). The portal rate-limits the page.
 */
export async function lookUpRequestStatus(
  context: UseCaseContext,
  input: { agencySlug: string; caseNumber: string; queryCode: string },
): Promise<RequestStatusLookup> {
  const valid = parseInput(inputSchema, input);
  const row = await findRequestOfAgency(context.db, valid);
  const isMatch = await isQueryCodeMatch({
    typedCode: valid.queryCode,
    storedHash: row?.queryCodeHash ?? decoyQueryCodeHash,
  });
  if (!row || !isMatch) return notFound;
  const [{ state }, calendar] = await Promise.all([
    loadCaseState(context.db, row.id),
    loadWorkingCalendar(context.db),
  ]);
  let replyDueDate: IsoDate | null = null;
  let applicantObligations: Array<{ description: string; dueDate: IsoDate; legalBasis: string }> = [];
  try {
    const report = computeCaseDeadlines({ state, calendar, now: isoDateInShanghai(context.now()) });
    replyDueDate = state.conclusion === null ? report.replyDueDate : null;
    applicantObligations = report.obligations
      .filter((obligation) => obligation.party === 'applicant')
      .map(({ description, dueDate, legalBasis }) => ({ description, dueDate, legalBasis }));
  } catch (error) {
    if (!(error instanceof CalendarYearMissingError)) throw error;
  }
  return {
    isFound: true,
    caseNumber: row.caseNumber,
    receivedOn: state.receivedOn,
    status: state.status,
    statusLabel: caseStatusLabel(state.status),
    replyDueDate,
    applicantObligations,
    concludedOn: state.conclusion?.concludedOn ?? null,
    lettersSent: lettersOf(state.events),
  };
}
