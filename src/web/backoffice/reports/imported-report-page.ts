import type { YearComparisonLine } from '../../../domain/annual-report/compare-report-years.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import type { FindingView } from './findings-view.ts';
import { importedReportHref, importedReportsHref } from './report-labels.ts';

export type ImportedReportView = {
  title: string;
  details: Array<{ label: string; value: string; href?: string | undefined }>;
  hardFailureCount: number;
  warningCount: number;
  checkFindings: FindingView[];
  importFindings: FindingView[];
  previous: {
    year: number;
    id: string;
    findings: FindingView[];
    lines: YearComparisonLine[];
  } | null;
  highlightedCount: number;
  document: SafeHtml;
};

export function findingList(options: { findings: FindingView[]; emptyText: string }): SafeHtml {
  if (options.findings.length === 0) return html`<p>${options.emptyText}</p>`;
  return html`<ol class="finding-list">
    ${options.findings.map(
      (finding) =>
        html`<li class="finding finding--${finding.kind}">
          <p class="finding__heading"><strong>【${finding.kindLabel}】</strong>${finding.heading}</p>
          <p>${finding.message}</p>
          ${finding.explanation ? html`<p class="muted">${finding.explanation}</p>` : ''}
          ${finding.cellLabels.length > 0 ? html`<p class="muted">涉及单元格：${finding.cellLabels.join('；')}</p>` : ''}
        </li>`,
    )}
  </ol>`;
}

function comparisonTable(options: { year: number; lines: YearComparisonLine[] }): SafeHtml {
  return html`<div class="table-wrapper" role="region" aria-labelledby="comparison-caption" tabindex="0">
    <table class="table--stacked">
      <caption id="comparison-caption">
        主要数据与${options.year}年度对比（表二全部，表三、表四总计）
      </caption>
      <thead>
        <tr>
          <th scope="col">项目</th>
          <th scope="col">${options.year}年</th>
          <th scope="col">本年</th>
          <th scope="col">增减</th>
        </tr>
      </thead>
      <tbody>
        ${options.lines.map(
          (line) =>
            html`<tr>
              <th scope="row" data-label="项目">表${line.table} ${line.rowLabel} / ${line.columnLabel}</th>
              <td data-label="${options.year}年">${line.previousText || '空白'}</td>
              <td data-label="本年">${line.currentText || '空白'}</td>
              <td data-label="增减">
                ${line.difference === null ? '—' : line.difference > 0 ? `+${line.difference}` : String(line.difference)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function statusSentence(view: ImportedReportView): string {
  const marked =
    view.highlightedCount > 0 ? `统计表中有问题的 ${view.highlightedCount} 个单元格已用“⚠”和底色标出。` : '';
  return `硬性错误 ${view.hardFailureCount} 项，提示 ${view.warningCount} 项。${marked}`;
}

function previousSentence(previous: { id: string; year: number }): SafeHtml {
  const link = html`<a href="${importedReportHref(previous.id)}">${previous.year}年度报告</a>`;
  return html`已找到同一机关的${link}，按规则6、7、9对比：`;
}

/** Deleting needs a ticked confirmation, so no stray click (and no script) deletes a report. */
function deleteForm(options: { id: string; csrfToken: string }): SafeHtml {
  return html`<section aria-labelledby="delete-title" class="panel">
    <h2 id="delete-title">删除此报告</h2>
    <p>导入有误（如选错了文件）时可删除。删除记入操作日志，日志中保留报告的全部内容。</p>
    <form method="post" action="${importedReportHref(options.id)}/delete">
      <input type="hidden" name="_csrf" value="${options.csrfToken}" />
      <p>
        <input type="checkbox" id="delete-confirmed" name="confirmed" value="yes" required />
        <label for="delete-confirmed">确认删除此导入的年度报告</label>
      </p>
      <button type="submit" class="button button--secondary">删除</button>
    </form>
  </section>`;
}

/** One imported report: what it is, its findings in plain Chinese, last year's comparison, the tables. */
export function renderImportedReportPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: ImportedReportView;
  /** The report's id and whether the user may delete it (`report.import` on its owner). */
  id: string;
  canDelete: boolean;
}): string {
  const { view } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'reports',
    title: view.title,
    main: html`<p><a href="${importedReportsHref}">返回已导入的年度报告</a></p>
      <h1>${view.title}</h1>
      <dl class="details-list">
        ${view.details.map(
          (detail) =>
            html`<div class="details-list__row">
              <dt>${detail.label}</dt>
              <dd>${detail.href ? html`<a href="${detail.href}">${detail.value}</a>` : detail.value}</dd>
            </div>`,
        )}
      </dl>
      <p class="panel" role="status">${statusSentence(view)}</p>
      <section aria-labelledby="check-findings-title">
        <h2 id="check-findings-title">核对结果（勾稽关系与格式）</h2>
        ${findingList({ findings: view.checkFindings, emptyText: '未发现问题。' })}
      </section>
      <section aria-labelledby="import-findings-title">
        <h2 id="import-findings-title">读取情况</h2>
        ${findingList({ findings: view.importFindings, emptyText: '全部内容均已读取，没有存疑之处。' })}
      </section>
      <section aria-labelledby="previous-title">
        <h2 id="previous-title">与上一年度对比</h2>
        ${
          view.previous
            ? html`<p>${previousSentence(view.previous)}</p>
                ${findingList({ findings: view.previous.findings, emptyText: '与上一年度报告相符（上年结转、现行有效件数、文字雷同均未发现问题）。' })}
                ${comparisonTable({ year: view.previous.year, lines: view.previous.lines })}`
            : html`<p>尚未导入同一机关上一年度的报告，无法对比（导入后本页会自动对比）。</p>`
        }
      </section>
      <section aria-labelledby="document-title" class="report-document">
        <h2 id="document-title">报告全文与统计表</h2>
        ${view.document}
      </section>
      ${options.canDelete ? deleteForm({ id: options.id, csrfToken: options.csrfToken }) : ''}`,
  });
}
