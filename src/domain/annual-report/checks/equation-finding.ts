import type { AnnualReport } from '../annual-report.ts';
import { numericValueOf } from '../cell-value.ts';
import type { CheckFinding, CheckRuleId } from './check-finding.ts';
import { severityOfRule } from './check-finding.ts';

export function sumOf(options: { report: AnnualReport; cellKeys: readonly string[] }): number {
  // Amounts may have decimals: round to avoid 0.1 + 0.2 artefacts.
  const sum = options.cellKeys.reduce((total, key) => total + numericValueOf(options.report.cells[key]), 0);
  return Math.round(sum * 10000) / 10000;
}

/** Evaluates `sum(left) = sum(right)`; returns a finding when the two sides differ. */
export function checkEquation(options: {
  report: AnnualReport;
  ruleId: CheckRuleId;
  expression: string;
  leftKeys: readonly string[];
  rightKeys: readonly string[];
  message: (left: number, right: number) => string;
}): CheckFinding | null {
  const left = sumOf({ report: options.report, cellKeys: options.leftKeys });
  const right = sumOf({ report: options.report, cellKeys: options.rightKeys });
  if (left === right) return null;
  return {
    ruleId: options.ruleId,
    severity: severityOfRule[options.ruleId],
    expression: options.expression,
    left: { cellKeys: options.leftKeys, sum: left },
    right: { cellKeys: options.rightKeys, sum: right },
    difference: Math.round((left - right) * 10000) / 10000,
    cellKeys: [...options.leftKeys, ...options.rightKeys],
    message: options.message(left, right),
  };
}
