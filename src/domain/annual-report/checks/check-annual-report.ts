import type { AnnualReport } from '../annual-report.ts';
import type { CheckFinding } from './check-finding.ts';
import { checkCellValues } from './cell-value-checks.ts';
import { checkCopiedSections } from './copied-text-check.ts';
import { checkStructure } from './structure-check.ts';
import { checkReviewTotals } from './table-four-checks.ts';
import { checkCarryOverBalance, checkResultTotals, checkRowTotals } from './table-three-checks.ts';
import { checkTextFigures } from './text-figure-check.ts';
import { checkCarriedOverMatchesLastYear, checkDocumentsInForce } from './year-over-year-checks.ts';

/**
 * Every consistency rule of report-format.md (1–10). Rules 6, 7 and 9 compare with last year's
 * report and run only when it is given. An empty table does not pass: rule 5 reports each blank.
 */
export function checkAnnualReport(options: {
  report: AnnualReport;
  previousReport?: AnnualReport;
}): CheckFinding[] {
  const { report, previousReport } = options;
  const findings = [
    ...checkCarryOverBalance(report),
    ...checkRowTotals(report),
    ...checkResultTotals(report),
    ...checkReviewTotals(report),
    ...checkCellValues(report),
  ];
  if (previousReport) {
    findings.push(...checkCarriedOverMatchesLastYear({ report, previousReport }));
    findings.push(...checkDocumentsInForce({ report, previousReport }));
  }
  findings.push(...checkTextFigures(report));
  if (previousReport) findings.push(...checkCopiedSections({ report, previousReport }));
  findings.push(...checkStructure(report));
  return findings;
}

export function hardFindingsOf(findings: readonly CheckFinding[]): CheckFinding[] {
  return findings.filter((finding) => finding.severity === 'hard');
}
