import { html } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { importedReportHref, importedReportsHref } from './report-labels.ts';

export type BatchLineView = {
  source: string;
  outcomeLabel: string;
  reportId: string | null;
  agencyName: string;
  year: string;
  formatLabel: string;
  sectionsFound: string;
  cellsRead: string;
  hardFailures: number | null;
  warnings: number | null;
  error: string | null;
};

export type BatchView = {
  lines: BatchLineView[];
  storedCount: number;
  failedCount: number;
  csvHref: string | null;
};

function batchSentence(view: BatchView): string {
  const failed = view.failedCount > 0 ? `，${view.failedCount} 份未能读取` : '';
  return `共 ${view.lines.length} 份，已保存 ${view.storedCount} 份${failed}。`;
}

/** The summary of one upload: a line per report, like the CLI's summary.csv, with a CSV download. */
export function renderReportBatchPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: BatchView;
}): string {
  const { view } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'reports',
    title: '导入结果',
    main: html`<h1>导入结果</h1>
      <p class="panel" role="status">${batchSentence(view)}</p>
      <ul class="action-list">
        ${view.csvHref ? html`<li><a class="button button--secondary" href="${view.csvHref}" download>下载汇总表（CSV）</a></li>` : ''}
        <li><a class="button button--secondary" href="${importedReportsHref}/new">继续导入</a></li>
        <li><a class="button button--secondary" href="${importedReportsHref}">全部已导入的报告</a></li>
      </ul>
      <div class="table-wrapper" role="region" aria-labelledby="batch-caption" tabindex="0">
        <table class="table--stacked">
          <caption id="batch-caption">
            本次导入的报告
          </caption>
          <thead>
            <tr>
              <th scope="col">文件</th>
              <th scope="col">结果</th>
              <th scope="col">机关</th>
              <th scope="col">年度</th>
              <th scope="col">格式</th>
              <th scope="col">找到的部分</th>
              <th scope="col">读取的单元格</th>
              <th scope="col">硬性错误</th>
              <th scope="col">提示</th>
            </tr>
          </thead>
          <tbody>
            ${view.lines.map(
              (line) =>
                html`<tr>
                  <th scope="row" data-label="文件">
                    ${line.reportId ? html`<a href="${importedReportHref(line.reportId)}">${line.source}</a>` : line.source}
                  </th>
                  <td data-label="结果">
                    ${line.outcomeLabel}${line.error ? html`：<span class="field__error">${line.error}</span>` : ''}
                  </td>
                  <td data-label="机关">${line.agencyName}</td>
                  <td data-label="年度">${line.year}</td>
                  <td data-label="格式">${line.formatLabel}</td>
                  <td data-label="找到的部分">${line.sectionsFound}</td>
                  <td data-label="读取的单元格">${line.cellsRead}</td>
                  <td data-label="硬性错误">${line.hardFailures ?? ''}</td>
                  <td data-label="提示">${line.warnings ?? ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
  });
}
