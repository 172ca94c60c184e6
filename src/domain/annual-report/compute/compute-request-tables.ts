import { formatChineseDate, type IsoDate } from '../../calendar/iso-date.ts';
import { tableThreeColumnKeyOf } from '../../applications/applicant/applicant-type.ts';
import { outcomeDefinitions } from '../../applications/outcomes/outcomes.ts';
import { numberCell, type CellValue } from '../cell-value.ts';
import { fieldCatalogueFor } from '../field-catalogue.ts';
import type { FieldCatalogue, ReportFormat, RowDefinition, TableBlock } from '../field-catalogue-types.ts';
import type { AppealCounting, AppealRecord, RequestRecord } from './request-records.ts';

export type RequestTables = {
  format: ReportFormat;
  /** Every cell of tables 三 and 四 of the format's catalogue, as a number (never blank). */
  cells: Record<string, CellValue>;
  /** Records left out because their dates contradict each other (Chinese). */
  warnings: string[];
};

/** The 2021 format from report year 2021 (国办公开办函〔2021〕30号), the 2019 trial format before. */
export function reportFormatForYear(year: number): ReportFormat {
  return year >= 2021 ? '2021' : '2019-trial';
}

function blockOf(catalogue: FieldCatalogue, table: '三' | '四'): TableBlock {
  const block = catalogue.blocks.find((candidate) => candidate.table === table);
  if (block === undefined) throw new Error(`catalogue without table ${table}`);
  return block;
}

/** The table 三 row an outcome feeds; the trial format's single （六） row takes all three of （六）. */
function resultRowKey(options: { block: TableBlock; rowKey: string }): string {
  const { block, rowKey } = options;
  if (block.rows.some((row) => row.key === rowKey)) return rowKey;
  if (rowKey.startsWith('other') && block.rows.some((row) => row.key === 'otherHandling'))
    return 'otherHandling';
  throw new Error(`no table 三 row ${rowKey}`);
}

function rowKeyWithRole(block: TableBlock, role: NonNullable<RowDefinition['role']>): string {
  const row = block.rows.find((candidate) => candidate.role === role);
  if (row === undefined) throw new Error(`table 三 without a ${role} row`);
  return row.key;
}

/**
 * Tables 三 and 四 of a year's annual report from plain records (architecture rule 7: compute,
 * then render), by the year boundaries of rules.md §3–4:
 * 一 本年新收 = received in the year; 二 上年结转 = received earlier and not concluded by the end of
 * the previous year; result rows = concluded in the year, each once, in its outcome's row;
 * 四 结转下年度 = received by 31 December and not concluded then. Hence 一 + 二 = （七） + 四.
 */
export function computeRequestTables(options: {
  requests: readonly RequestRecord[];
  appeals: readonly AppealRecord[];
  year: number;
  appealCounting?: AppealCounting;
}): RequestTables {
  const { year } = options;
  const format = reportFormatForYear(year);
  const catalogue = fieldCatalogueFor(format);
  const firstDay = `${year}-01-01` as IsoDate;
  const lastDay = `${year}-12-31` as IsoDate;
  const cells: Record<string, CellValue> = {};
  const counts = new Map<string, number>();
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  const warnings: string[] = [];

  const tableThree = blockOf(catalogue, '三');
  const newlyReceived = rowKeyWithRole(tableThree, 'newlyReceived');
  const carriedOver = rowKeyWithRole(tableThree, 'carriedOver');
  const resultTotal = rowKeyWithRole(tableThree, 'resultTotal');
  const carriedForward = rowKeyWithRole(tableThree, 'carriedForward');
  for (const request of options.requests) {
    const { receivedOn, conclusion } = request;
    if (conclusion !== null && conclusion.concludedOn < receivedOn) {
      warnings.push(
        `一件${formatChineseDate(receivedOn)}收到的申请办结日期${formatChineseDate(conclusion.concludedOn)}早于收到日期，未计入`,
      );
      continue;
    }
    if (receivedOn > lastDay) continue;
    const column = tableThreeColumnKeyOf(request.applicantType);
    const concludedOn = conclusion?.concludedOn ?? null;
    if (receivedOn >= firstDay) add(`${newlyReceived}.${column}`);
    else if (concludedOn === null || concludedOn >= firstDay) add(`${carriedOver}.${column}`);
    if (conclusion !== null && conclusion.concludedOn >= firstDay && conclusion.concludedOn <= lastDay) {
      const rowKey = resultRowKey({
        block: tableThree,
        rowKey: outcomeDefinitions[conclusion.outcomeCode].reportRowKey,
      });
      add(`${rowKey}.${column}`);
      add(`${resultTotal}.${column}`);
    }
    if (concludedOn === null || concludedOn > lastDay) add(`${carriedForward}.${column}`);
  }
  fillBlock({ block: tableThree, counts, cells });

  const tableFour = blockOf(catalogue, '四');
  const appealCounting = options.appealCounting ?? 'filedInYear';
  for (const appeal of options.appeals) {
    if (!appeal.isCountedByThisAgency || appeal.filedOn > lastDay) continue;
    const closedOn = appeal.closure?.closedOn ?? null;
    if (closedOn !== null && closedOn < appeal.filedOn) {
      warnings.push(`一件${formatChineseDate(appeal.filedOn)}提起的复议或诉讼结案日期早于提起日期，未计入`);
      continue;
    }
    const isFiledInYear = appeal.filedOn >= firstDay;
    const isPendingAtStart = !isFiledInYear && (closedOn === null || closedOn >= firstDay);
    if (!isFiledInYear && !(appealCounting === 'filedInYearOrPendingAtStart' && isPendingAtStart)) continue;
    const result =
      appeal.closure !== null && appeal.closure.closedOn <= lastDay ? appeal.closure.result : 'pending';
    add(`${appeal.kind}.${result}`);
  }
  fillBlock({ block: tableFour, counts, cells });
  return { format, cells, warnings };
}

/** Writes every cell of the block as a number, the 总计 column as the sum of the others. */
function fillBlock(options: {
  block: TableBlock;
  counts: ReadonlyMap<string, number>;
  cells: Record<string, CellValue>;
}): void {
  const { block, counts, cells } = options;
  const prefix = block.table === '三' ? 'table3' : 'table4';
  for (const row of block.rows) {
    let rowTotal = 0;
    for (const column of block.columns) {
      if (column.key === 'total') continue;
      const count = counts.get(`${row.key}.${column.key}`) ?? 0;
      rowTotal += count;
      cells[`${prefix}.${row.key}.${column.key}`] = numberCell(count);
    }
    cells[`${prefix}.${row.key}.total`] = numberCell(rowTotal);
  }
}
