import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { checkAnnualReport } from '../../domain/annual-report/checks/check-annual-report.ts';
import type { CheckFinding } from '../../domain/annual-report/checks/check-finding.ts';
import {
  compareReportYears,
  type YearComparisonLine,
} from '../../domain/annual-report/compare-report-years.ts';
import { agencyTarget, findAgencyById } from '../../db/repositories/agencies.ts';
import { findImportedReportById, findPreviousYearReport } from '../../db/repositories/imported-reports.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { storedReportOf, type StoredImportedReport } from './stored-report.ts';

/** The rules that compare with last year's report (report-format.md rules 6, 7 and 9). */
const yearOverYearRules = new Set([6, 7, 9]);

export type ImportedReportDetails = {
  stored: StoredImportedReport;
  ownerAgencyName: string;
  linkedAgency: { slug: string; name: string } | null;
  /** Findings of rules 1–5, 8 and 10 (as stored). */
  checkFindings: CheckFinding[];
  /** Last year's report of the same agency name, stored by the same owner, when there is one. */
  previous: {
    id: string;
    year: number;
    source: string;
    /** Rules 6, 7 and 9 run now against it (it may have been imported after this one). */
    findings: CheckFinding[];
    lines: YearComparisonLine[];
  } | null;
};

/** One imported report (`report.view` on its owner), with last year's comparison when available. */
export async function getImportedReport(
  context: UseCaseContext,
  actor: Actor,
  options: { id: string },
): Promise<ImportedReportDetails> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.id);
  const row = isUuid ? await findImportedReportById(context.db, options.id) : undefined;
  if (!row) throw new NotFoundError('找不到该年度报告');
  assertMay(actor, 'report.view', await agencyTarget(context.db, row.agencyId));
  const stored = storedReportOf(row);
  const owner = await findAgencyById(context.db, row.agencyId);
  const linked = row.linkedAgencyId ? await findAgencyById(context.db, row.linkedAgencyId) : undefined;
  const { report } = stored;
  const previousRow =
    report.agencyName !== null && report.year !== null
      ? await findPreviousYearReport(context.db, {
          agencyId: row.agencyId,
          reportedAgencyName: report.agencyName,
          year: report.year,
        })
      : undefined;
  let previous: ImportedReportDetails['previous'] = null;
  if (previousRow && previousRow.year !== null) {
    const previousReport = storedReportOf(previousRow).report;
    previous = {
      id: previousRow.id,
      year: previousRow.year,
      source: previousRow.source,
      findings: checkAnnualReport({ report, previousReport }).filter((finding) =>
        yearOverYearRules.has(finding.ruleId),
      ),
      lines: compareReportYears({ report, previousReport }),
    };
  }
  return {
    stored,
    ownerAgencyName: owner?.name ?? '',
    linkedAgency: linked ? { slug: linked.slug, name: linked.name } : null,
    checkFindings: stored.checkFindings.filter((finding) => !yearOverYearRules.has(finding.ruleId)),
    previous,
  };
}
