import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import {
  computeRequestTables,
  type RequestTables,
} from '../../domain/annual-report/compute/compute-request-tables.ts';
import type {
  AppealKind,
  AppealRecord,
  AppealResult,
  RequestRecord,
} from '../../domain/annual-report/compute/request-records.ts';
import type { ApplicantType } from '../../domain/applications/applicant/applicant-type.ts';
import type { OutcomeCode } from '../../domain/applications/outcomes/outcome-catalogue.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { listAppealCases } from '../../db/repositories/appeal-cases.ts';
import { listRequestRecordRows } from '../../db/repositories/disclosure-requests.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';

const inputSchema = z.object({
  agencyId: z.uuid({ error: '机关无效' }),
  year: z.number({ error: '年度无效' }).int().min(2008).max(2100),
});

/**
 * Tables 三 and 四 of the agency's annual report for `year`, computed from its request and appeal
 * records (rules.md §3–4) by `computeRequestTables`. Needs `report.view` (no personal data).
 */
export async function computeAnnualRequestTables(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; year: number },
): Promise<RequestTables> {
  const { agencyId, year } = parseInput(inputSchema, input);
  assertMay(actor, 'report.view', await agencyTarget(context.db, agencyId));
  const [requestRows, appealRows] = await Promise.all([
    listRequestRecordRows(context.db, { agencyId, year }),
    listAppealCases(context.db, { agencyId }),
  ]);
  const requests: RequestRecord[] = requestRows.map((row) => ({
    receivedOn: row.receivedOn as IsoDate,
    applicantType: row.applicantType as ApplicantType,
    conclusion:
      row.concludedOn === null || row.primaryOutcomeCode === null
        ? null
        : { concludedOn: row.concludedOn as IsoDate, outcomeCode: row.primaryOutcomeCode as OutcomeCode },
  }));
  const appeals: AppealRecord[] = appealRows.map((row) => ({
    kind: row.kind as AppealKind,
    filedOn: row.filedOn as IsoDate,
    closure:
      row.result === null || row.closedOn === null
        ? null
        : { closedOn: row.closedOn as IsoDate, result: row.result as AppealResult },
    isCountedByThisAgency: row.isCountedByThisAgency,
  }));
  return computeRequestTables({ requests, appeals, year });
}
