import { catalogueOf, type AnnualReport } from '../annual-report.ts';
import type {
  CellDefinition,
  RowDefinition,
  TableBlock,
  TableThreeRowRole,
} from '../field-catalogue-types.ts';
import type { CheckFinding } from './check-finding.ts';
import { checkEquation } from './equation-finding.ts';

type TableThreeCells = {
  block: TableBlock;
  cellAt: (row: RowDefinition, columnKey: string) => CellDefinition;
};

function tableThreeOf(report: AnnualReport): TableThreeCells {
  const catalogue = catalogueOf(report);
  const block = catalogue.blocks.find((candidate) => candidate.table === '三');
  if (block === undefined) throw new Error('catalogue without table 三');
  const cellAt = (row: RowDefinition, columnKey: string): CellDefinition => {
    const cell = catalogue.cellByKey.get(`table3.${row.key}.${columnKey}`);
    if (cell === undefined) throw new Error(`no table 三 cell ${row.key}.${columnKey}`);
    return cell;
  };
  return { block, cellAt };
}

function rowsWithRole(block: TableBlock, role: TableThreeRowRole): RowDefinition[] {
  return block.rows.filter((row) => row.role === role);
}

function shortLabel(row: RowDefinition): string {
  return row.label.replace(/（区分处理的.*）$/, '');
}

/** Rule 1: for each column, 一 + 二 = （七）总计 + 四 (the note printed in table 三 itself). */
export function checkCarryOverBalance(report: AnnualReport): CheckFinding[] {
  const { block, cellAt } = tableThreeOf(report);
  const [received, carriedOver, resultTotal, carriedForward] = (
    ['newlyReceived', 'carriedOver', 'resultTotal', 'carriedForward'] as const
  ).map((role) => rowsWithRole(block, role)[0]);
  if (!received || !carriedOver || !resultTotal || !carriedForward) throw new Error('table 三 rows missing');
  const findings: CheckFinding[] = [];
  for (const column of block.columns) {
    const finding = checkEquation({
      report,
      ruleId: 1,
      expression: `一 + 二 = （七）总计 + 四（${column.label}）`,
      leftKeys: [cellAt(received, column.key).key, cellAt(carriedOver, column.key).key],
      rightKeys: [cellAt(resultTotal, column.key).key, cellAt(carriedForward, column.key).key],
      message: (left, right) =>
        `表三“${column.label}”列：本年新收与上年结转之和为 ${left}，办理结果总计与结转下年度之和为 ${right}，两者不等。`,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

/** Rule 2: for each row, 总计 = the sum of the other six columns. */
export function checkRowTotals(report: AnnualReport): CheckFinding[] {
  const { block, cellAt } = tableThreeOf(report);
  const totalColumn = block.columns.find((column) => column.key === 'total');
  if (!totalColumn) throw new Error('table 三 without 总计');
  const parts = block.columns.filter((column) => column !== totalColumn);
  const findings: CheckFinding[] = [];
  for (const row of block.rows) {
    const finding = checkEquation({
      report,
      ruleId: 2,
      expression: `总计 = ${parts.map((column) => column.label).join(' + ')}（${shortLabel(row)}）`,
      leftKeys: [cellAt(row, totalColumn.key).key],
      rightKeys: parts.map((column) => cellAt(row, column.key).key),
      message: (left, right) =>
        `表三“${shortLabel(row)}”行：总计为 ${left}，各类申请人之和为 ${right}，两者不等。`,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

/** Rule 3: for each column, （七）总计 = the sum of every result row （一）…（六）. */
export function checkResultTotals(report: AnnualReport): CheckFinding[] {
  const { block, cellAt } = tableThreeOf(report);
  const resultTotal = rowsWithRole(block, 'resultTotal')[0];
  if (!resultTotal) throw new Error('table 三 without （七）总计');
  const results = rowsWithRole(block, 'result');
  const findings: CheckFinding[] = [];
  for (const column of block.columns) {
    const finding = checkEquation({
      report,
      ruleId: 3,
      expression: `（七）总计 = （一） + （二） + （三）1–8 + （四）1–3 + （五）1–5 + （六）（${column.label}）`,
      leftKeys: [cellAt(resultTotal, column.key).key],
      rightKeys: results.map((row) => cellAt(row, column.key).key),
      message: (left, right) =>
        `表三“${column.label}”列：（七）总计为 ${left}，各项办理结果之和为 ${right}，两者不等。`,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}
