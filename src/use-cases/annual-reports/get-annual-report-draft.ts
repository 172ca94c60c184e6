import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { checkAnnualReport } from '../../domain/annual-report/checks/check-annual-report.ts';
import type { CheckFinding } from '../../domain/annual-report/checks/check-finding.ts';
import {
  findOverriddenCells,
  type OverrideFinding,
} from '../../domain/annual-report/draft/find-overridden-cells.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { agencyTarget, findAgencyById, type AgencyRow } from '../../db/repositories/agencies.ts';
import { findAnnualReportDraft } from '../../db/repositories/annual-report-drafts.ts';
import { findLatestAnnualReportPublication } from '../../db/repositories/annual-report-publications.ts';
import { parseInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { annualReportDeadlineOf } from './annual-report-deadline-of-agency.ts';
import { findPreviousYearReport, type PreviousYearReport } from './find-previous-year-report.ts';
import {
  agencyYearSchema,
  storedDraftOf,
  storedPublicationOf,
  type StoredAnnualReportDraft,
  type StoredAnnualReportPublication,
} from './stored-draft.ts';

export type AnnualReportDraftDetails = {
  agency: AgencyRow;
  draft: StoredAnnualReportDraft;
  /** Checks 1–10 (report-format.md), 6, 7 and 9 only when last year's report was found. */
  findings: CheckFinding[];
  /** Computed cells staff overrode, with the computed value. */
  overrides: OverrideFinding[];
  previous: Omit<PreviousYearReport, 'report'> | null;
  latestPublication: StoredAnnualReportPublication | null;
  deadline: IsoDate;
};

/** The draft of a year with its checks run now (needs `report.view`); unknown draft → NotFoundError. */
export async function getAnnualReportDraft(
  context: UseCaseContext,
  actor: Actor,
  input: { agencyId: string; year: number },
): Promise<AnnualReportDraftDetails> {
  const { agencyId, year } = parseInput(agencyYearSchema, input);
  const agency = await findAgencyById(context.db, agencyId);
  if (!agency) throw new NotFoundError('机关不存在');
  assertMay(actor, 'report.view', await agencyTarget(context.db, agencyId));
  const row = await findAnnualReportDraft(context.db, { agencyId, year });
  if (!row) throw new NotFoundError('该年度报告尚未开始编制');
  const draft = storedDraftOf(row);
  const previous = await findPreviousYearReport(context.db, { agencyId, agencyName: agency.name, year });
  const published = await findLatestAnnualReportPublication(context.db, { agencyId, year });
  const findings = checkAnnualReport(
    previous ? { report: draft.report, previousReport: previous.report } : { report: draft.report },
  );
  return {
    agency,
    draft,
    findings,
    overrides: findOverriddenCells(draft),
    previous: previous
      ? { year: previous.year, origin: previous.origin, reference: previous.reference }
      : null,
    latestPublication: published ? storedPublicationOf(published) : null,
    deadline: annualReportDeadlineOf({ agency, year }),
  };
}
