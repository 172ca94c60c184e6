import { z } from 'zod';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { findCaseLetter, listCaseLetterRows } from '../../db/repositories/case-letters.ts';
import type { DisclosureRequestRow } from '../../db/repositories/disclosure-requests.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { caseLetterOf, type CaseLetter } from './case-letters.ts';
import { findRequestOfAgency } from './find-request-of-agency.ts';
import { decoyQueryCodeHash, isQueryCodeMatch } from './query-code-hash.ts';

/** A letter issued on the case, as the applicant's status page lists it. */
export type ApplicantLetterSummary = {
  id: string;
  title: string;
  documentNumber: string | null;
  issuedOn: IsoDate;
};

/** The one answer for an unknown case number, a wrong query code or an unknown letter. */
export const applicantLetterNotFoundMessage = '未找到与申请编号和查询码相符的文书，请核对后重试';

const credentialsSchema = z.object({
  /** The agency of the portal: a case of another agency is not found there. */
  agencySlug: z.string().trim().max(80).default(''),
  caseNumber: z.string().trim().max(80).default(''),
  queryCode: z.string().trim().max(40).default(''),
});
const letterSchema = credentialsSchema.extend({ letterId: z.string().trim().max(64).default('') });
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The request when the case number and query code match and the case is the portal agency's
 * (constant-time, a decoy hash for unknown numbers and other agencies' cases).
 */
async function requestOfApplicant(
  context: UseCaseContext,
  input: { agencySlug: string; caseNumber: string; queryCode: string },
): Promise<DisclosureRequestRow | null> {
  const row = await findRequestOfAgency(context.db, input);
  const isMatch = await isQueryCodeMatch({
    typedCode: input.queryCode,
    storedHash: row?.queryCodeHash ?? decoyQueryCodeHash,
  });
  return row && isMatch ? row : null;
}

/**
 * The letters issued on the applicant's case (empty for a wrong number or code); a draft decision
 * letter (not yet approved by the office head) is for staff only.
 */
export async function listApplicantLetters(
  context: UseCaseContext,
  input: { agencySlug: string; caseNumber: string; queryCode: string },
): Promise<ApplicantLetterSummary[]> {
  const valid = parseInput(credentialsSchema, input);
  const row = await requestOfApplicant(context, valid);
  if (!row) return [];
  const letters = (await listCaseLetterRows(context.db, row.id)).map(caseLetterOf);
  return letters
    .filter((letter) => !letter.letter.isDraft)
    .map((letter) => ({
      id: letter.id,
      title: letter.letter.title,
      documentNumber: letter.documentNumber,
      issuedOn: letter.issuedOn,
    }));
}

/**
 * One letter of the applicant's case, for download: only with the case number and its query code.
 * A wrong code, an unknown number and an unknown letter give the same NotFoundError.
 */
export async function getApplicantLetter(
  context: UseCaseContext,
  input: { agencySlug: string; caseNumber: string; queryCode: string; letterId: string },
): Promise<CaseLetter> {
  const valid = parseInput(letterSchema, input);
  const row = await requestOfApplicant(context, valid);
  const letterRow =
    row && uuidPattern.test(valid.letterId)
      ? await findCaseLetter(context.db, { requestId: row.id, letterId: valid.letterId })
      : undefined;
  const letter = letterRow ? caseLetterOf(letterRow) : null;
  if (!letter || letter.letter.isDraft) throw new NotFoundError(applicantLetterNotFoundMessage);
  return letter;
}
