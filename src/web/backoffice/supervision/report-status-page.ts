import { formatChineseDate, type IsoDate } from '../../../domain/calendar/iso-date.ts';
import type { ReportingBodyKind } from '../../../domain/annual-report/draft/annual-report-deadline.ts';
import {
  reportStatuses,
  reportStatusLabels,
  reportTimelinessLabels,
  isLate,
  type AnnualReportStatusListing,
  type ReportStatus,
} from '../../../use-cases/supervision/list-annual-report-status.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import { importedReportHref } from '../reports/report-labels.ts';
import type { StaffSession } from '../staff-session.ts';
import { paginationNav } from '../pagination-nav.ts';
import { queryString, reportStatusHref, supervisionTabs, yearChoices } from './supervision-links.ts';

export type ReportStatusQuery = {
  year: number;
  status: ReportStatus | '';
  isLateOnly: boolean;
  name: string;
};

export function reportStatusQuery(query: ReportStatusQuery, page?: number): string {
  return queryString({
    year: query.year,
    status: query.status,
    late: query.isLateOnly ? 'yes' : undefined,
    name: query.name,
    page: page !== undefined && page > 1 ? page : undefined,
  });
}

const reportingBodyKindLabels: Record<ReportingBodyKind, string> = {
  department: '部门',
  government: '人民政府',
};

function dateLabel(date: IsoDate | null | undefined): string {
  return date ? formatChineseDate(date) : '—';
}

function option(options: { value: string; label: string; current: string }): SafeHtml {
  return html`<option value="${options.value}" ${options.value === options.current ? html`selected` : ''}>
    ${options.label}
  </option>`;
}

function reportCell(entry: AnnualReportStatusListing['entries'][number]): SafeHtml {
  if (entry.publication) {
    const { revision, firstPublishedOn, latestPublishedOn } = entry.publication;
    return html`${dateLabel(firstPublishedOn)}
    ${revision > 1 ? html`<br /><span class="muted">第${revision}版（更正于${dateLabel(latestPublishedOn)}）</span>` : ''}`;
  }
  if (entry.importedReport) {
    return html`<a href="${importedReportHref(entry.importedReport.id)}">导入的报告</a> <br /><span
        class="muted"
        >导入于${dateLabel(entry.importedReport.importedOn)}</span
      >`;
  }
  return html`—`;
}

/** 年报督查: the year's report of every agency in scope, filters (GET), a page of rows, CSV. */
export function renderReportStatusPage(options: {
  session: StaffSession;
  csrfToken: string;
  query: ReportStatusQuery;
  listing: AnnualReportStatusListing;
  lastReportYear: number;
}): string {
  const { query, listing } = options;
  const years = yearChoices(Math.max(options.lastReportYear, query.year));
  if (!years.includes(query.year)) years.push(query.year);
  const counts = listing.statusCounts;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'supervision',
    title: `${query.year}年度报告督查`,
    main: html`<h1>${query.year}年度报告督查</h1>
      ${supervisionTabs('reports')}
      <p class="lead">
        已在平台发布${counts.published}家，仅有导入的报告${counts.importedOnly}家，缺报告${counts.missing}家；
        逾期（逾期发布或逾期未发布）${listing.lateCount}家。公布期限按《条例》第四十九条：部门为次年1月31日，人民政府为次年3月31日。
      </p>
      <form
        method="get"
        action="${reportStatusHref}"
        class="form form--filters"
        role="search"
        aria-label="筛选机关"
      >
        <div class="field">
          <label for="filter-year">年度</label>
          <select id="filter-year" name="year">
            ${years.map((year) => option({ value: String(year), label: `${year}年`, current: String(query.year) }))}
          </select>
        </div>
        <div class="field">
          <label for="filter-status">状态</label>
          <select id="filter-status" name="status">
            ${option({ value: '', label: '全部', current: query.status })}
            ${reportStatuses.map((status) => option({ value: status, label: reportStatusLabels[status], current: query.status }))}
          </select>
        </div>
        <div class="field">
          <label for="filter-name">机关名称包含</label>
          <input id="filter-name" name="name" type="text" maxlength="50" value="${query.name}" />
        </div>
        <div class="checkbox">
          <input
            id="filter-late"
            name="late"
            type="checkbox"
            value="yes"
            ${query.isLateOnly ? html`checked` : ''}
          />
          <label for="filter-late">只看逾期的</label>
        </div>
        <button type="submit" class="button button--secondary">筛选</button>
      </form>
      ${
        listing.total === 0
          ? html`<p>没有符合条件的机关。</p>`
          : html`<p>
                <a href="${reportStatusHref}.csv${reportStatusQuery(query)}" download>下载筛选结果（CSV）</a>
              </p>
              <div class="table-wrapper" role="region" aria-labelledby="status-caption" tabindex="0">
                <table class="table--stacked" id="report-status">
                  <caption id="status-caption">
                    符合条件的机关共${listing.total}家（第${listing.page}页，共${listing.pageCount}页）
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">机关</th>
                      <th scope="col">公布期限</th>
                      <th scope="col">状态</th>
                      <th scope="col">按时情况</th>
                      <th scope="col">发布日期</th>
                      <th scope="col">硬性错误</th>
                      <th scope="col">提示</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${listing.entries.map(
                      (entry) =>
                        html`<tr>
                          <th scope="row" data-label="机关">
                            ${entry.agencyName}
                            ${entry.isOnPlatform ? '' : html`<span class="badge">非平台机关</span>`}
                          </th>
                          <td data-label="公布期限" class="nowrap">
                            ${
                              entry.deadline
                                ? html`${dateLabel(entry.deadline)}<br /><span class="muted"
                                      >${entry.reportingBodyKind ? reportingBodyKindLabels[entry.reportingBodyKind] : ''}</span
                                    >`
                                : '—'
                            }
                          </td>
                          <td data-label="状态">${reportStatusLabels[entry.status]}</td>
                          <td data-label="按时情况">
                            ${
                              isLate(entry.timeliness)
                                ? html`<span class="due--overdue"
                                    >${reportTimelinessLabels[entry.timeliness]}</span
                                  >`
                                : reportTimelinessLabels[entry.timeliness]
                            }
                          </td>
                          <td data-label="发布日期">${reportCell(entry)}</td>
                          <td data-label="硬性错误">
                            ${
                              entry.hardFailureCount === null
                                ? '—'
                                : entry.hardFailureCount > 0
                                  ? html`<strong>${entry.hardFailureCount}</strong>`
                                  : '0'
                            }
                          </td>
                          <td data-label="提示">${entry.warningCount ?? '—'}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              ${paginationNav({
                page: listing.page,
                pageCount: listing.pageCount,
                hrefOf: (page) => `${reportStatusHref}${reportStatusQuery(query, page)}`,
              })}`
      }`,
  });
}
