import { layoutReportTables } from '../../../domain/annual-report/table-layout.ts';
import type { CheckFinding } from '../../../domain/annual-report/checks/check-finding.ts';
import { previousYearKeyPrefix } from '../../../domain/annual-report/checks/year-over-year-checks.ts';
import { formatCellValue } from '../../../domain/annual-report/cell-value.ts';
import {
  annualReportStatusLabels,
  annualReportStatusOf,
} from '../../../domain/annual-report/draft/annual-report-status.ts';
import type { ComputedCellChange } from '../../../domain/annual-report/draft/report-draft.ts';
import { fieldCatalogueFor } from '../../../domain/annual-report/field-catalogue.ts';
import { sectionDefinitions, type SectionKey } from '../../../domain/annual-report/section-catalogue.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import { renderTableHtml } from '../../../render/annual-report-html.ts';
import type { AnnualReportDraftDetails } from '../../../use-cases/annual-reports/get-annual-report-draft.ts';
import type { FormState } from '../../shared/forms.ts';
import { formatDateTime } from '../../shared/format-time.ts';
import { raw, type SafeHtml } from '../../shared/html.ts';
import { checkFindingView, type FindingView } from '../reports/findings-view.ts';
import { reportDocumentHtml } from '../reports/report-document.ts';
import { cellLabel } from '../reports/report-labels.ts';

export type CellInputView = { cellKey: string; label: string; findings: FindingView[] };

export type DraftEditorView = {
  agency: { slug: string; name: string };
  year: number;
  version: number;
  statusLabel: string;
  details: Array<{ label: string; value: string }>;
  hardCount: number;
  softCount: number;
  previousSentence: string;
  canManage: boolean;
  canPublish: boolean;
  /** Findings about the text or the whole report (no cells), shown with the sections. */
  generalFindings: FindingView[];
  sections: Array<{ key: SectionKey; label: string }>;
  tableTwo: Array<{ caption: string; cells: CellInputView[] }>;
  computedTables: Array<{ table: '三' | '四'; document: SafeHtml; findings: FindingView[] }>;
  overrides: Array<{ cellKey: string; label: string; message: string }>;
  overridableCells: Array<{ value: string; label: string }>;
  recomputedChanges: Array<{ label: string; before: string; after: string }> | null;
  /** The whole draft in the report's layout, for those who read but do not edit. */
  document: SafeHtml;
};

function currentCellKeys(finding: CheckFinding): string[] {
  return finding.cellKeys.filter((key) => !key.startsWith(previousYearKeyPrefix));
}

function previousSentence(details: AnnualReportDraftDetails): string {
  const { previous } = details;
  if (!previous)
    return `未找到${details.draft.year - 1}年度报告（本平台发布的或已导入的），规则6、7、9暂未核对。`;
  const origin = previous.origin === 'publication' ? '本平台发布的' : '已导入的';
  return `已与${origin}${previous.year}年度报告对比（规则6、7、9）。`;
}

/** The form values of a draft: the section texts and every cell as the listing writes it. */
export function draftFormState(details: AnnualReportDraftDetails): FormState {
  const values: Record<string, string> = {};
  for (const definition of sectionDefinitions) {
    values[definition.key] = details.draft.report.sections[definition.key]?.text ?? '';
  }
  for (const [cellKey, value] of Object.entries(details.draft.report.cells))
    values[cellKey] = formatCellValue(value);
  return { values, fieldErrors: {} };
}

/** What the draft editor shows: findings placed next to the sections and cells they concern. */
export function draftEditorView(options: {
  details: AnnualReportDraftDetails;
  canManage: boolean;
  canPublish: boolean;
  recomputedChanges?: readonly ComputedCellChange[] | undefined;
}): DraftEditorView {
  const { details } = options;
  const { draft } = details;
  const format = draft.report.format;
  const catalogue = fieldCatalogueFor(format);
  const byCell = new Map<string, FindingView[]>();
  const byTable = new Map<string, FindingView[]>();
  const generalFindings: FindingView[] = [];
  for (const finding of details.findings) {
    const view = checkFindingView({ finding, format });
    const [firstKey] = currentCellKeys(finding);
    const cell = firstKey === undefined ? undefined : catalogue.cellByKey.get(firstKey);
    if (!cell) generalFindings.push(view);
    else if (cell.table === '二') byCell.set(cell.key, [...(byCell.get(cell.key) ?? []), view]);
    else byTable.set(cell.table, [...(byTable.get(cell.table) ?? []), view]);
  }
  const highlighted = new Set(details.findings.flatMap(currentCellKeys));
  for (const override of details.overrides) highlighted.add(override.cellKey);
  const tableTwo = catalogue.blocks
    .filter((block) => block.table === '二')
    .map((block) => ({
      caption: block.caption ?? '',
      cells: catalogue.cells
        .filter((cell) => cell.block === block)
        .map((cell) => ({
          cellKey: cell.key,
          label: `${cell.listingRow}：${cell.listingColumn}`,
          findings: byCell.get(cell.key) ?? [],
        })),
    }));
  const computedTables = layoutReportTables(draft.report)
    .filter((layout): layout is typeof layout & { table: '三' | '四' } => layout.table !== '二')
    .map((layout) => ({
      table: layout.table,
      // The project's renderer escapes every text it writes.
      document: raw(
        `<div class="table-wrapper" role="region" aria-label="表${layout.table}（按办理记录计算）" tabindex="0">${renderTableHtml({ layout, highlightedCellKeys: highlighted })}</div>`,
      ),
      findings: byTable.get(layout.table) ?? [],
    }));
  const status = annualReportStatusOf({
    hasDraft: true,
    latestRevision: details.latestPublication?.revision ?? null,
  });
  const hardCount = details.findings.filter((finding) => finding.severity === 'hard').length;
  return {
    agency: { slug: details.agency.slug, name: details.agency.name },
    year: draft.year,
    version: draft.version,
    statusLabel: annualReportStatusLabels[status],
    details: [
      { label: '状态', value: annualReportStatusLabels[status] },
      { label: '草稿版本', value: `第${draft.version}版` },
      { label: '表三、表四计算时间', value: draft.computedAt ? formatDateTime(draft.computedAt) : '未计算' },
      { label: '最后修改', value: formatDateTime(draft.updatedAt) },
      { label: '发布截止日期', value: formatChineseDate(details.deadline) },
      {
        label: '已发布',
        value: details.latestPublication
          ? `第${details.latestPublication.revision}版，${formatDateTime(details.latestPublication.publishedAt)}`
          : '尚未发布',
      },
    ],
    hardCount,
    softCount: details.findings.length - hardCount,
    previousSentence: previousSentence(details),
    canManage: options.canManage,
    canPublish: options.canPublish,
    generalFindings,
    sections: sectionDefinitions.map((definition) => ({
      key: definition.key,
      label: `${definition.numeral}、${definition.title}`,
    })),
    tableTwo,
    computedTables,
    overrides: details.overrides.map((override) => ({
      cellKey: override.cellKey,
      label: cellLabel({ format, cellKey: override.cellKey }),
      message: override.message,
    })),
    overridableCells: catalogue.cells
      .filter((cell) => cell.table !== '二' && draft.cellSources[cell.key]?.source === 'computed')
      .map((cell) => ({ value: cell.key, label: cellLabel({ format, cellKey: cell.key }) })),
    recomputedChanges: options.recomputedChanges
      ? options.recomputedChanges.map((change) => ({
          label: cellLabel({ format, cellKey: change.cellKey }),
          before: change.before,
          after: change.after,
        }))
      : null,
    document: reportDocumentHtml({ report: draft.report, highlightedCellKeys: highlighted }),
  };
}
