import { catalogueOf, type AnnualReport } from '../annual-report.ts';
import type { CellValue } from '../cell-value.ts';
import type { CheckFinding } from './check-finding.ts';

/** Cell keys of last year's report are written with this prefix in findings. */
export const previousYearKeyPrefix = 'previous:';

type YearPair = { report: AnnualReport; previousReport: AnnualReport };

function numberOf(value: CellValue | undefined): number | null {
  return value !== undefined && value.kind === 'number' ? value.value : null;
}

/** Rule 6: this year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by column. */
export function checkCarriedOverMatchesLastYear(options: YearPair): CheckFinding[] {
  const block = catalogueOf(options.report).blocks.find((candidate) => candidate.table === '三');
  if (!block) return [];
  const findings: CheckFinding[] = [];
  for (const column of block.columns) {
    const thisKey = `table3.carriedOver.${column.key}`;
    const lastKey = `table3.carriedForward.${column.key}`;
    const carriedOver = numberOf(options.report.cells[thisKey]);
    const carriedForward = numberOf(options.previousReport.cells[lastKey]);
    if (carriedOver === null || carriedForward === null || carriedOver === carriedForward) continue;
    findings.push({
      ruleId: 6,
      severity: 'soft',
      expression: `本年 二、上年结转 = 上年 四、结转下年度继续办理（${column.label}）`,
      left: { cellKeys: [thisKey], sum: carriedOver },
      right: { cellKeys: [`${previousYearKeyPrefix}${lastKey}`], sum: carriedForward },
      difference: carriedOver - carriedForward,
      cellKeys: [thisKey],
      message: `表三“${column.label}”列：上年结转 ${carriedOver} 件，而上一年度报告结转下年度 ${carriedForward} 件。`,
      explanation:
        '上年结转的申请应与上一年度报告中结转下年度继续办理的申请一致；如上一年度报告有误或统计口径调整，请在报告中说明。',
    });
  }
  return findings;
}

/** Rule 7: 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止 (table 二 （一）, 2021 format). */
export function checkDocumentsInForce(options: YearPair): CheckFinding[] {
  if (options.report.format !== '2021' || options.previousReport.format !== '2021') return [];
  const findings: CheckFinding[] = [];
  for (const [rowKey, label] of [
    ['regulations', '规章'],
    ['normativeDocuments', '行政规范性文件'],
  ] as const) {
    const key = (column: string): string => `table2.${rowKey}.${column}`;
    const inForce = numberOf(options.report.cells[key('inForce')]);
    const lastInForce = numberOf(options.previousReport.cells[key('inForce')]);
    const issued = numberOf(options.report.cells[key('issued')]);
    const repealed = numberOf(options.report.cells[key('repealed')]);
    if (inForce === null || lastInForce === null || issued === null || repealed === null) continue;
    const expected = lastInForce + issued - repealed;
    if (inForce === expected) continue;
    findings.push({
      ruleId: 7,
      severity: 'soft',
      expression: `现行有效 ≈ 上年现行有效 + 本年制发 − 本年废止（${label}）`,
      left: { cellKeys: [key('inForce')], sum: inForce },
      right: {
        cellKeys: [`${previousYearKeyPrefix}${key('inForce')}`, key('issued'), key('repealed')],
        sum: expected,
      },
      difference: inForce - expected,
      cellKeys: [key('inForce'), key('issued'), key('repealed')],
      message: `表二“${label}”：现行有效 ${inForce} 件，按上年现行有效 ${lastInForce} 件加本年制发 ${issued} 件减本年废止 ${repealed} 件应为 ${expected} 件。`,
      explanation: '文件也可能因有效期届满而失效，故本项只作提示；差额较大时请核对。',
    });
  }
  return findings;
}
