import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import { workQueuePhaseLabels } from '../../../domain/applications/lifecycle/work-queue-phase.ts';
import {
  type LatenessSort,
  type RequestLatenessListing,
} from '../../../use-cases/supervision/list-request-lateness.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { paginationNav } from '../pagination-nav.ts';
import { queryString, requestLatenessHref, supervisionTabs } from './supervision-links.ts';

export type RequestLatenessQuery = { sort: LatenessSort; name: string; isWithOpenCasesOnly: boolean };

export function requestLatenessQuery(query: RequestLatenessQuery, page?: number): string {
  return queryString({
    sort: query.sort === 'overdue' ? undefined : query.sort,
    name: query.name,
    open: query.isWithOpenCasesOnly ? 'yes' : undefined,
    page: page !== undefined && page > 1 ? page : undefined,
  });
}

/** Phases shown besides the overdue and due-soon columns, in the work queue's order. */
const otherPhases = ['new', 'inProgress', 'waitingForApplicant', 'consulting', 'decided'] as const;

/** A column header that sorts the table by it (a link; the current one says so to screen readers). */
function sortHeader(options: { query: RequestLatenessQuery; sort: LatenessSort; label: string }): SafeHtml {
  const { query, sort, label } = options;
  const isCurrent = query.sort === sort;
  // By name A→Z; by a count, the largest first.
  const direction = sort === 'name' ? 'ascending' : 'descending';
  return html`<th scope="col" ${isCurrent ? html`aria-sort="${direction}"` : ''}>
    <a href="${requestLatenessHref}${requestLatenessQuery({ ...query, sort })}"
      >${label}${isCurrent ? (direction === 'ascending' ? ' ▲' : ' ▼') : ''}</a
    >
  </th>`;
}

/** 办理时限督查: per agency in scope, open disclosure requests by phase; overdue first by default. */
export function renderRequestLatenessPage(options: {
  session: StaffSession;
  csrfToken: string;
  query: RequestLatenessQuery;
  listing: RequestLatenessListing;
}): string {
  const { query, listing } = options;
  const { totals } = listing;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'supervision',
    title: '办理时限督查',
    main: html`<h1>办理时限督查</h1>
      ${supervisionTabs('deadlines')}
      <p class="lead" id="lateness-summary">
        截至${formatChineseDate(listing.today)}，未办结的政府信息公开申请共${totals.openCount}件，其中已超期${totals.overdueCount}件，
        ${listing.dueSoonWorkingDays}个工作日内到期${totals.dueSoonCount}件。期限由期限计算引擎按各案办理记录算出，与工作台一致；本页只显示件数，不显示申请人信息。
      </p>
      ${
        totals.calendarWarningCount > 0
          ? html`<p class="notice">
              有${totals.calendarWarningCount}件申请的期限落在工作日历尚未收录的年份，暂按状态归类，请系统管理员导入该年度的放假安排。
            </p>`
          : ''
      }
      <form
        method="get"
        action="${requestLatenessHref}"
        class="form form--filters"
        role="search"
        aria-label="筛选机关"
      >
        <input type="hidden" name="sort" value="${query.sort}" />
        <div class="field">
          <label for="lateness-name">机关名称包含</label>
          <input id="lateness-name" name="name" type="text" maxlength="50" value="${query.name}" />
        </div>
        <div class="checkbox">
          <input
            id="lateness-open"
            name="open"
            type="checkbox"
            value="yes"
            ${query.isWithOpenCasesOnly ? html`checked` : ''}
          />
          <label for="lateness-open">只看有未办结申请的机关</label>
        </div>
        <button type="submit" class="button button--secondary">筛选</button>
      </form>
      ${
        listing.total === 0
          ? html`<p>没有符合条件的机关。</p>`
          : html`<div class="table-wrapper" role="region" aria-labelledby="lateness-caption" tabindex="0">
                <table class="table--stacked" id="request-lateness">
                  <caption id="lateness-caption">
                    机关共${listing.total}家（第${listing.page}页，共${listing.pageCount}页）；点击列名排序
                  </caption>
                  <thead>
                    <tr>
                      ${sortHeader({ query, sort: 'name', label: '机关' })}
                      ${sortHeader({ query, sort: 'overdue', label: workQueuePhaseLabels.overdue })}
                      <th scope="col">${workQueuePhaseLabels.dueSoon}</th>
                      ${sortHeader({ query, sort: 'open', label: '未办结' })}
                      ${otherPhases.map((phase) => html`<th scope="col">${workQueuePhaseLabels[phase]}</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${listing.entries.map(
                      (entry) =>
                        html`<tr>
                          <th scope="row" data-label="机关">${entry.agencyName}</th>
                          <td data-label="${workQueuePhaseLabels.overdue}">
                            ${
                              entry.overdueCount > 0
                                ? html`<span class="due--overdue">${entry.overdueCount}</span>`
                                : '0'
                            }
                          </td>
                          <td data-label="${workQueuePhaseLabels.dueSoon}">
                            ${entry.dueSoonCount > 0 ? html`<span class="due--soon">${entry.dueSoonCount}</span>` : '0'}
                          </td>
                          <td data-label="未办结">${entry.openCount}</td>
                          ${otherPhases.map(
                            (phase) =>
                              html`<td data-label="${workQueuePhaseLabels[phase]}">
                                ${entry.phaseCounts[phase]}
                              </td>`,
                          )}
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              ${paginationNav({
                page: listing.page,
                pageCount: listing.pageCount,
                hrefOf: (page) => `${requestLatenessHref}${requestLatenessQuery(query, page)}`,
              })}`
      }`,
  });
}
