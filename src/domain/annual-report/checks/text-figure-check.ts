import type { AnnualReport } from '../annual-report.ts';
import { sectionKeys } from '../section-catalogue.ts';
import type { CheckFinding } from './check-finding.ts';
import { sumOf } from './equation-finding.ts';
import { extractTextFigures } from './text-figures.ts';

/** Rule 8: figures quoted in the text agree with the tables. */
export function checkTextFigures(report: AnnualReport): CheckFinding[] {
  const text = sectionKeys.map((key) => report.sections[key]?.text ?? '').join('\n');
  const findings: CheckFinding[] = [];
  for (const figure of extractTextFigures(text)) {
    const cellKeys = figure.cellKeys.filter((key) => key in report.cells);
    if (cellKeys.length === 0) continue;
    const tableSum = sumOf({ report, cellKeys });
    if (tableSum === figure.value) continue;
    findings.push({
      ruleId: 8,
      severity: 'soft',
      expression: `正文“${figure.quote}” = 表格合计`,
      left: { cellKeys: [], sum: figure.value },
      right: { cellKeys, sum: tableSum },
      difference: figure.value - tableSum,
      cellKeys,
      message: `正文称“${figure.quote}”（${figure.subject} ${figure.value}），表格中为 ${tableSum}。`,
      explanation: '正文引用的数字应与统计表一致；正文口径不同（如只计部分事项）时请在正文中说明。',
    });
  }
  return findings;
}
