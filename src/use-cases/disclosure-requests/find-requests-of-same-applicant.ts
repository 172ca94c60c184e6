import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { caseStatusLabel, type CaseStatus } from '../../domain/applications/lifecycle/case-status.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import {
  findDisclosureRequestById,
  listRequestsOfIdentity,
} from '../../db/repositories/disclosure-requests.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';

export type SameApplicantRequest = {
  requestId: string;
  caseNumber: string;
  receivedOn: IsoDate;
  status: CaseStatus;
  statusLabel: string;
  informationTitle: string;
  primaryOutcomeCode: string | null;
};

export type SameApplicantRequests = {
  /** The calendar month of the request's receipt, `YYYY-MM` (the month the fee count and Art. 35 look at). */
  month: string;
  /** The same identity's other requests received in that month. */
  inSameMonth: SameApplicantRequest[];
  /** The same identity's other requests of any time (newest first, at most 50), for 重复申请 (Art. 36(六)). */
  allOther: SameApplicantRequest[];
};

const inputSchema = z.object({ requestId: z.uuid({ error: '申请编号无效' }) });

/**
 * The same applicant's other requests at the agency (same identity document number), to support
 * Art. 35 (large numbers without good reason) and 重复申请 decisions, and the per-request fee
 * count. Personal data: `request.view`.
 */
export async function findRequestsOfSameApplicant(
  context: UseCaseContext,
  actor: Actor,
  input: { requestId: string },
): Promise<SameApplicantRequests> {
  const { requestId } = parseInput(inputSchema, input);
  const row = await findDisclosureRequestById(context.db, { requestId });
  if (!row) throw new NotFoundError('申请不存在');
  assertMay(actor, 'request.view', await agencyTarget(context.db, row.agencyId));
  const others = await listRequestsOfIdentity(context.db, {
    agencyId: row.agencyId,
    identityDocumentNumber: row.identityDocumentNumber,
    excludeRequestId: row.id,
    limit: 50,
  });
  const month = row.receivedOn.slice(0, 7);
  const summaries = others.map((other) => ({
    requestId: other.id,
    caseNumber: other.caseNumber,
    receivedOn: other.receivedOn as IsoDate,
    status: other.status as CaseStatus,
    statusLabel: caseStatusLabel(other.status as CaseStatus),
    informationTitle: other.informationTitle,
    primaryOutcomeCode: other.primaryOutcomeCode,
  }));
  return {
    month,
    inSameMonth: summaries.filter((summary) => summary.receivedOn.startsWith(month)),
    allOther: summaries,
  };
}
