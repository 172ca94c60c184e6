import { fieldCatalogueFor } from '../../../domain/annual-report/field-catalogue.ts';
import type { ImportedReportListRow } from '../../../db/repositories/imported-reports.ts';
import type { ImportSummaryLine } from '../../../render/import-summary-csv.ts';
import type { ImportedReportDetails } from '../../../use-cases/imported-reports/get-imported-report.ts';
import type { BatchLine } from '../../../use-cases/imported-reports/import-report-files.ts';
import { formatDateTime } from '../../shared/format-time.ts';
import { cellKeysInQuestion, checkFindingView, importFindingView } from './findings-view.ts';
import type { ImportedReportView } from './imported-report-page.ts';
import type { BatchLineView, BatchView } from './report-batch-page.ts';
import { reportDocumentHtml } from './report-document.ts';
import { formatLabel, importedReportsHref, isReportFormat } from './report-labels.ts';

const unknownAgency = '（未识别机关名称）';

const outcomeLabels: Record<BatchLine['outcome'], string> = {
  stored: '已保存',
  updated: '已更新（同一文件此前导入过）',
  failed: '未能读取',
};

export function batchView(lines: readonly BatchLine[]): BatchView {
  const storedIds = lines.flatMap((line) => (line.reportId ? [line.reportId] : []));
  const parameters = new URLSearchParams(storedIds.map((id): [string, string] => ['id', id]));
  return {
    lines: lines.map((line): BatchLineView => ({
      source: line.source,
      outcomeLabel: outcomeLabels[line.outcome],
      reportId: line.reportId,
      agencyName: line.summary ? (line.summary.agencyName ?? unknownAgency) : '',
      year: line.summary?.year ? String(line.summary.year) : '',
      formatLabel: line.summary ? formatLabel(line.summary.format) : '',
      sectionsFound: line.summary ? `${line.summary.sectionsFound}/6` : '',
      cellsRead: line.summary ? `${line.summary.cellsRead}/${line.summary.cellCount}` : '',
      hardFailures: line.summary?.hardFailures ?? null,
      warnings: line.summary?.warnings ?? null,
      error: line.error,
    })),
    storedCount: storedIds.length,
    failedCount: lines.length - storedIds.length,
    csvHref: storedIds.length > 0 ? `${importedReportsHref}.csv?${parameters.toString()}` : null,
  };
}

/** A stored report as a line of the summary CSV (the CLI's columns). */
export function summaryLineOf(row: ImportedReportListRow): ImportSummaryLine {
  return {
    file: row.source,
    summary: {
      agencyName: row.reportedAgencyName,
      year: row.year,
      format: row.format,
      sectionsFound: row.sectionsFound,
      cellsRead: row.cellsRead,
      cellCount: isReportFormat(row.format) ? fieldCatalogueFor(row.format).cells.length : 0,
      hardFailures: row.hardFailureCount,
      warnings: row.warningCount,
    },
    error: null,
  };
}

export function importedReportView(details: ImportedReportDetails): ImportedReportView {
  const { stored } = details;
  const { report, format } = stored;
  const agencyName = stored.reportedAgencyName ?? unknownAgency;
  const previousFindings = details.previous?.findings ?? [];
  const highlighted = cellKeysInQuestion({
    checkFindings: [...details.checkFindings, ...previousFindings],
    importFindings: stored.importFindings,
  });
  return {
    title: `${agencyName}${stored.year === null ? '' : `${stored.year}年`}政府信息公开工作年度报告`,
    details: [
      {
        label: '报告机关',
        value: details.linkedAgency ? `${agencyName}（平台机关）` : agencyName,
        href: details.linkedAgency
          ? `/admin/agencies/${encodeURIComponent(details.linkedAgency.slug)}`
          : undefined,
      },
      { label: '年度', value: stored.year === null ? '未识别' : `${stored.year}年` },
      { label: '格式', value: formatLabel(format) },
      { label: '来源', value: stored.source },
      { label: '读取的单元格', value: `${stored.cellsRead}` },
      { label: '找到的部分', value: `${stored.sectionsFound}/6` },
      { label: '导入单位', value: details.ownerAgencyName },
      { label: '导入时间', value: formatDateTime(stored.importedAt) },
    ],
    hardFailureCount: stored.hardFailureCount,
    warningCount:
      details.checkFindings.filter((finding) => finding.severity === 'soft').length + previousFindings.length,
    checkFindings: details.checkFindings.map((finding) => checkFindingView({ finding, format })),
    importFindings: stored.importFindings.map((finding) => importFindingView({ finding, format })),
    previous: details.previous
      ? {
          id: details.previous.id,
          year: details.previous.year,
          findings: details.previous.findings.map((finding) => checkFindingView({ finding, format })),
          lines: details.previous.lines,
        }
      : null,
    highlightedCount: highlighted.size,
    document: reportDocumentHtml({ report, highlightedCellKeys: highlighted }),
  };
}

export function listRowView(row: ImportedReportListRow): ImportedReportViewRow {
  return {
    id: row.id,
    reportedAgencyName: row.reportedAgencyName ?? unknownAgency,
    isLinked: row.linkedAgencySlug !== null,
    ownerAgencyName: row.ownerAgencyName,
    year: row.year === null ? '未识别' : String(row.year),
    formatLabel: formatLabel(row.format),
    cellsRead: row.cellsRead,
    hardFailureCount: row.hardFailureCount,
    warningCount: row.warningCount,
    importedAt: formatDateTime(row.importedAt),
  };
}

type ImportedReportViewRow = {
  id: string;
  reportedAgencyName: string;
  isLinked: boolean;
  ownerAgencyName: string;
  year: string;
  formatLabel: string;
  cellsRead: number;
  hardFailureCount: number;
  warningCount: number;
  importedAt: string;
};
