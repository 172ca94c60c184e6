import { fieldCatalogueFor } from '../../../domain/annual-report/field-catalogue.ts';
import type { ReportFormat } from '../../../domain/annual-report/field-catalogue-types.ts';

const formatLabels: Record<ReportFormat, string> = {
  '2021': '2021年格式',
  '2019-trial': '2019年试行格式',
};

export function isReportFormat(format: string): format is ReportFormat {
  return format === '2021' || format === '2019-trial';
}

export function formatLabel(format: string): string {
  return isReportFormat(format) ? formatLabels[format] : format;
}

/** A cell named for a reader: `表三 一、本年新收政府信息公开申请数量 / 自然人`. */
export function cellLabel(options: { format: string; cellKey: string }): string {
  if (!isReportFormat(options.format)) return options.cellKey;
  const cell = fieldCatalogueFor(options.format).cellByKey.get(options.cellKey);
  return cell ? `表${cell.table} ${cell.listingRow} / ${cell.listingColumn}` : options.cellKey;
}

export const importedReportsHref = '/admin/reports/imports';

export function importedReportHref(id: string): string {
  return `${importedReportsHref}/${encodeURIComponent(id)}`;
}
