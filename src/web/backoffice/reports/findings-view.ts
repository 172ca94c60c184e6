import type { CheckFinding } from '../../../domain/annual-report/checks/check-finding.ts';
import { previousYearKeyPrefix } from '../../../domain/annual-report/checks/year-over-year-checks.ts';
import type { ImportFinding, ImportFindingSeverity } from '../../../domain/report-import/import-finding.ts';
import { cellLabel } from './report-labels.ts';

/** One finding as the page shows it: plain Chinese, with the cells it is about. */
export type FindingView = {
  kind: 'error' | 'warning' | 'info';
  kindLabel: string;
  heading: string;
  message: string;
  explanation: string | undefined;
  cellLabels: string[];
};

const importSeverityLabels: Record<ImportFindingSeverity, string> = {
  error: '读取错误',
  warning: '读取存疑',
  info: '说明',
};

function cellLabelsOf(options: { format: string; cellKeys: readonly string[] }): string[] {
  return options.cellKeys.map((cellKey) =>
    cellKey.startsWith(previousYearKeyPrefix)
      ? `上年 ${cellLabel({ format: options.format, cellKey: cellKey.slice(previousYearKeyPrefix.length) })}`
      : cellLabel({ format: options.format, cellKey }),
  );
}

/** A check finding (report-format.md rule N): hard rules are errors, soft rules warnings. */
export function checkFindingView(options: { finding: CheckFinding; format: string }): FindingView {
  const { finding } = options;
  const isHard = finding.severity === 'hard';
  return {
    kind: isHard ? 'error' : 'warning',
    kindLabel: isHard ? '错误' : '提示',
    heading: `规则${finding.ruleId}：${finding.expression}`,
    message: finding.message,
    explanation: finding.explanation,
    cellLabels: cellLabelsOf({ format: options.format, cellKeys: finding.cellKeys }),
  };
}

export function importFindingView(options: { finding: ImportFinding; format: string }): FindingView {
  const { finding } = options;
  return {
    kind: finding.severity,
    kindLabel: importSeverityLabels[finding.severity],
    heading: finding.table ? `表${finding.table}` : '全文',
    message: finding.message,
    explanation: undefined,
    cellLabels: cellLabelsOf({ format: options.format, cellKeys: finding.cellKeys }),
  };
}

/** The cells to highlight in the tables: every cell a check or a doubtful reading is about. */
export function cellKeysInQuestion(options: {
  checkFindings: readonly CheckFinding[];
  importFindings: readonly ImportFinding[];
}): Set<string> {
  const keys = new Set<string>();
  for (const finding of options.checkFindings) {
    for (const key of finding.cellKeys) if (!key.startsWith(previousYearKeyPrefix)) keys.add(key);
  }
  for (const finding of options.importFindings) {
    if (finding.severity !== 'info') for (const key of finding.cellKeys) keys.add(key);
  }
  return keys;
}
