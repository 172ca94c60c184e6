import { catalogueOf, type AnnualReport } from '../annual-report.ts';
import type { CellDefinition } from '../field-catalogue-types.ts';
import type { CheckFinding } from './check-finding.ts';

function cellName(cell: CellDefinition): string {
  return `表${cell.table}“${cell.listingRow}”行“${cell.listingColumn}”列`;
}

/**
 * Rule 5: every count is a non-negative integer; a blank or unreadable cell is an error (the
 * other rules read it as 0, which this finding says). "/" is accepted only where a report may
 * say "not applicable": table 二 (an agency without rule-making power, for example).
 */
export function checkCellValues(report: AnnualReport): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const cell of catalogueOf(report).cells) {
    const value = report.cells[cell.key];
    const finding = (message: string): CheckFinding => ({
      ruleId: 5,
      severity: 'hard',
      expression: cell.valueKind === 'amountTenThousandYuan' ? '金额 ≥ 0' : '件数为非负整数',
      cellKeys: [cell.key],
      message,
    });
    if (value === undefined || value.kind === 'blank') {
      findings.push(finding(`${cellName(cell)}为空，应填写数字（无则填 0）；计算时按 0 处理。`));
    } else if (value.kind === 'unreadable') {
      findings.push(finding(`${cellName(cell)}的“${value.text}”不是数字；计算时按 0 处理。`));
    } else if (value.kind === 'notApplicable') {
      if (cell.table !== '二') findings.push(finding(`${cellName(cell)}填写了“/”，本表应填写数字。`));
    } else if (cell.valueKind === 'count' && (!Number.isInteger(value.value) || value.value < 0)) {
      findings.push(finding(`${cellName(cell)}为 ${value.text}，件数应为非负整数。`));
    } else if (cell.valueKind === 'amountTenThousandYuan' && value.value < 0) {
      findings.push(finding(`${cellName(cell)}为 ${value.text}，金额不能为负数。`));
    } else if (cell.valueKind === 'signedCount' && !Number.isInteger(value.value)) {
      findings.push(finding(`${cellName(cell)}为 ${value.text}，应为整数。`));
    }
  }
  return findings;
}
