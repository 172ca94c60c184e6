import type { Notice } from '../../shared/layout.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { importedReportHref, importedReportsHref } from './report-labels.ts';

export type ReportListFilter = {
  year: string;
  agencyName: string;
  failures: '' | 'yes' | 'no';
  sort: 'hardFailures' | 'year' | 'agencyName' | 'importedAt';
};

export type ImportedReportListView = {
  filter: ReportListFilter;
  years: number[];
  rows: Array<{
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
  }>;
  total: number;
  page: number;
  pageCount: number;
  canImport: boolean;
};

/** The query string of the list for a filter and page (links keep the filter). */
export function listQuery(options: { filter: ReportListFilter; page?: number }): string {
  const parameters = new URLSearchParams();
  if (options.filter.year) parameters.set('year', options.filter.year);
  if (options.filter.agencyName) parameters.set('name', options.filter.agencyName);
  if (options.filter.failures) parameters.set('failures', options.filter.failures);
  if (options.filter.sort !== 'hardFailures') parameters.set('sort', options.filter.sort);
  if (options.page !== undefined && options.page > 1) parameters.set('page', String(options.page));
  const query = parameters.toString();
  return query ? `?${query}` : '';
}

function option(options: { value: string; label: string; current: string }): SafeHtml {
  return html`<option value="${options.value}" ${options.value === options.current ? html`selected` : ''}>
    ${options.label}
  </option>`;
}

const sortLabels: Record<ReportListFilter['sort'], string> = {
  hardFailures: '硬性错误多的在前',
  year: '年度（新的在前）',
  agencyName: '机关名称',
  importedAt: '导入时间（新的在前）',
};

/** The imported reports in scope: filters (GET form), a page of rows, paging, CSV of the filtered list. */
export function renderImportedReportListPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: ImportedReportListView;
  notice?: Notice | undefined;
}): string {
  const { view } = options;
  const { filter } = view;
  const pageHref = (page: number): string => `${importedReportsHref}${listQuery({ filter, page })}`;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'reports',
    title: '已导入的年度报告',
    notice: options.notice,
    main: html`<h1>已导入的年度报告</h1>
      ${view.canImport ? html`<p><a class="button" href="${importedReportsHref}/new">导入年度报告</a></p>` : ''}
      <form
        method="get"
        action="${importedReportsHref}"
        class="form form--filters"
        role="search"
        aria-label="筛选报告"
      >
        <div class="field">
          <label for="filter-year">年度</label>
          <select id="filter-year" name="year">
            ${option({ value: '', label: '全部年度', current: filter.year })}
            ${view.years.map((year) => option({ value: String(year), label: `${year}年`, current: filter.year }))}
          </select>
        </div>
        <div class="field">
          <label for="filter-name">机关名称包含</label>
          <input id="filter-name" name="name" type="text" maxlength="50" value="${filter.agencyName}" />
        </div>
        <div class="field">
          <label for="filter-failures">硬性错误</label>
          <select id="filter-failures" name="failures">
            ${option({ value: '', label: '全部', current: filter.failures })}
            ${option({ value: 'yes', label: '有硬性错误', current: filter.failures })}
            ${option({ value: 'no', label: '无硬性错误', current: filter.failures })}
          </select>
        </div>
        <div class="field">
          <label for="filter-sort">排序</label>
          <select id="filter-sort" name="sort">
            ${Object.entries(sortLabels).map(([value, label]) => option({ value, label, current: filter.sort }))}
          </select>
        </div>
        <button type="submit" class="button button--secondary">筛选</button>
      </form>
      ${
        view.total === 0
          ? html`<p>没有符合条件的报告。</p>`
          : html`<p>
                <a href="${importedReportsHref}.csv${listQuery({ filter })}" download
                  >下载筛选结果汇总表（CSV）</a
                >
              </p>
              <div class="table-wrapper" role="region" aria-labelledby="report-table-caption" tabindex="0">
                <table class="table--stacked">
                  <caption id="report-table-caption">
                    符合条件的报告共${view.total}份（第${view.page}页，共${view.pageCount}页）
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">机关</th>
                      <th scope="col">年度</th>
                      <th scope="col">硬性错误</th>
                      <th scope="col">提示</th>
                      <th scope="col">读取的单元格</th>
                      <th scope="col">格式</th>
                      <th scope="col">导入单位</th>
                      <th scope="col">导入时间</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${view.rows.map(
                      (row) =>
                        html`<tr>
                          <th scope="row" data-label="机关">
                            <a href="${importedReportHref(row.id)}">${row.reportedAgencyName}</a>
                            ${row.isLinked ? html`<span class="badge">平台机关</span>` : ''}
                          </th>
                          <td data-label="年度">${row.year}</td>
                          <td data-label="硬性错误">
                            ${row.hardFailureCount > 0 ? html`<strong>${row.hardFailureCount}</strong>` : '0'}
                          </td>
                          <td data-label="提示">${row.warningCount}</td>
                          <td data-label="读取的单元格">${row.cellsRead}</td>
                          <td data-label="格式">${row.formatLabel}</td>
                          <td data-label="导入单位">${row.ownerAgencyName}</td>
                          <td data-label="导入时间" class="nowrap">${row.importedAt}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <nav class="pagination" aria-label="分页">
                ${view.page > 1 ? html`<a href="${pageHref(view.page - 1)}" rel="prev">上一页</a>` : ''}
                <span>第${view.page}页，共${view.pageCount}页</span>
                ${view.page < view.pageCount ? html`<a href="${pageHref(view.page + 1)}" rel="next">下一页</a>` : ''}
              </nav>`
      }`,
  });
}
