import type { AnnualReportAggregate } from '../domain/supervision/aggregate-annual-reports.ts';
import { reportSourceLabels } from '../domain/supervision/aggregate-annual-reports.ts';
import type { CoverageEntry } from '../use-cases/supervision/aggregate-supervised-reports.ts';
import {
  reportStatusLabels,
  reportTimelinessLabels,
  type AnnualReportStatusEntry,
} from '../use-cases/supervision/list-annual-report-status.ts';
import { csvField } from './import-summary-csv.ts';

/** CSV lines as spreadsheet programs read them: UTF-8 with a byte-order mark, CRLF. */
function csvDocument(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  const lines = [header.map(csvField).join(','), ...rows.map((row) => row.map(csvField).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** 年报督查 as CSV: one line per agency of the filtered list. */
export function renderReportStatusCsv(options: {
  year: number;
  entries: readonly AnnualReportStatusEntry[];
}): string {
  return csvDocument(
    [
      '年度',
      '机关',
      '是否平台机关',
      '公布期限',
      '状态',
      '按时情况',
      '首次发布日期',
      '最新发布日期',
      '修订版次',
      '导入日期',
      '硬性错误',
      '提示',
    ],
    options.entries.map((entry) => [
      options.year,
      entry.agencyName,
      entry.isOnPlatform ? '是' : '否',
      entry.deadline,
      reportStatusLabels[entry.status],
      reportTimelinessLabels[entry.timeliness],
      entry.publication?.firstPublishedOn ?? null,
      entry.publication?.latestPublishedOn ?? null,
      entry.publication?.revision ?? null,
      entry.importedReport?.importedOn ?? null,
      entry.hardFailureCount,
      entry.warningCount,
    ]),
  );
}

/**
 * 年报汇总 as CSV: one line per cell of tables 二/三/四 in cell listing order — the sum (empty when
 * no report gave a number) and how many reports gave a number, left it blank, or wrote "/".
 */
export function renderReportAggregateCsv(aggregate: AnnualReportAggregate): string {
  return csvDocument(
    ['表', '行', '列', '合计', '填报数字的报告数', '留空的报告数', '填“/”的报告数'],
    aggregate.cells.map((cell) => [
      cell.table,
      cell.listingRow,
      cell.listingColumn,
      cell.numberCount > 0 ? cell.sum : null,
      cell.numberCount,
      cell.blankCount,
      cell.notApplicableCount,
    ]),
  );
}

/** 年报汇总 as JSON: the sums per cell (null when no report gave a number) and the coverage. */
export function reportAggregateJson(options: {
  aggregate: AnnualReportAggregate;
  coverage: readonly CoverageEntry[];
}): unknown {
  const { aggregate } = options;
  return {
    year: aggregate.year,
    reportCount: aggregate.included.length,
    coverage: options.coverage.map((entry) => ({
      agencyName: entry.agencyName,
      isOnPlatform: entry.isOnPlatform,
      source: entry.source,
      sourceLabel: entry.source === 'missing' ? '缺报告' : reportSourceLabels[entry.source],
      revision: entry.revision,
      importedReportId: entry.importedReportId,
      exclusionReason: entry.exclusionReason,
    })),
    cells: aggregate.cells.map((cell) => ({
      key: cell.cellKey,
      table: cell.table,
      row: cell.listingRow,
      column: cell.listingColumn,
      sum: cell.numberCount > 0 ? cell.sum : null,
      numberCount: cell.numberCount,
      blankCount: cell.blankCount,
      notApplicableCount: cell.notApplicableCount,
    })),
  };
}
