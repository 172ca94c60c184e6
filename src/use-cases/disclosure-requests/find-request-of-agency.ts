import { parseCaseNumber } from '../../domain/applications/case-number.ts';
import type { Executor } from '../../db/database.ts';
import { findAgencyBySlug } from '../../db/repositories/agencies.ts';
import {
  findDisclosureRequestByCaseNumber,
  type DisclosureRequestRow,
} from '../../db/repositories/disclosure-requests.ts';

/**
 * The request an applicant names on an agency's portal: the case number's request if it belongs to
 * that agency, else undefined — an unknown number, a malformed one and another agency's case look
 * the same. The same two reads happen whatever the answer, so the caller (which then checks the
 * query code against the stored or a decoy hash) answers in the same time.
 */
export async function findRequestOfAgency(
  executor: Executor,
  options: { agencySlug: string; caseNumber: string },
): Promise<DisclosureRequestRow | undefined> {
  const caseNumber =
    parseCaseNumber(options.caseNumber) === null ? '' : options.caseNumber.trim().toLowerCase();
  const [agency, row] = await Promise.all([
    findAgencyBySlug(executor, options.agencySlug.trim()),
    findDisclosureRequestByCaseNumber(executor, caseNumber),
  ]);
  return agency !== undefined && row?.agencyId === agency.id ? row : undefined;
}
