import { catalogueOf, type AnnualReport } from '../annual-report.ts';
import type { CheckFinding } from './check-finding.ts';
import { checkEquation } from './equation-finding.ts';

/** Rule 4: in each of the three groups of table 四, 总计 = 维持 + 纠正 + 其他结果 + 尚未审结. */
export function checkReviewTotals(report: AnnualReport): CheckFinding[] {
  const block = catalogueOf(report).blocks.find((candidate) => candidate.table === '四');
  if (block === undefined) throw new Error('catalogue without table 四');
  const total = block.columns.find((column) => column.key === 'total');
  if (!total) throw new Error('table 四 without 总计');
  const parts = block.columns.filter((column) => column !== total);
  const findings: CheckFinding[] = [];
  for (const row of block.rows) {
    const name = row.groupLabel === undefined ? row.label : `${row.groupLabel}（${row.label}）`;
    const finding = checkEquation({
      report,
      ruleId: 4,
      expression: `总计 = ${parts.map((column) => column.label).join(' + ')}（${name}）`,
      leftKeys: [`table4.${row.key}.${total.key}`],
      rightKeys: parts.map((column) => `table4.${row.key}.${column.key}`),
      message: (left, right) => `表四“${name}”：总计为 ${left}，各项结果之和为 ${right}，两者不等。`,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}
