import { html, type SafeHtml } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import type { DueDateView } from './due-date-view.ts';
import { caseHref, workQueueHref, type WorkQueueTab } from './request-links.ts';

export type WorkQueueRowView = {
  caseNumber: string;
  receivedOnLabel: string;
  /** Masked name, or the applicant type for staff without access to personal data. */
  applicantLabel: string;
  informationTitle: string;
  statusLabel: string;
  phaseLabel: string;
  /** A decided, delivered or finished case: when that happened, instead of a due date. */
  answered: { dateLabel: string; note: string } | null;
  due: DueDateView | null;
  /** Why there is no due date (paused, awaiting the applicant, concluded, calendar missing). */
  noDueDateReason: string;
};

export type WorkQueueView = {
  tab: WorkQueueTab;
  tabs: Array<{ tab: WorkQueueTab; label: string; count: number }>;
  text: string;
  rows: WorkQueueRowView[];
  todayLabel: string;
  canRegister: boolean;
};

function dueCell(row: WorkQueueRowView): SafeHtml {
  if (row.answered) {
    return html`<div>
      <span class="nowrap">${row.answered.dateLabel}</span
      >${row.answered.note ? html`<br /><span class="muted">${row.answered.note}</span>` : ''}
    </div>`;
  }
  if (!row.due) return html`<span class="muted">${row.noDueDateReason}</span>`;
  const toneClass = row.due.tone === 'overdue' ? 'due--overdue' : row.due.tone === 'soon' ? 'due--soon' : '';
  return html`<div>
    <span class="nowrap">${row.due.dateLabel}</span><br /><span class="${toneClass}"
      >${row.due.remainingLabel}</span
    >
  </div>`;
}

/** The case handlers' work queue: phase tabs with counts, a search, the cases by reply due date. */
export function renderWorkQueuePage(options: {
  session: StaffSession;
  csrfToken: string;
  view: WorkQueueView;
}): string {
  const { view } = options;
  const current = view.tabs.find((entry) => entry.tab === view.tab);
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'requests',
    title: '依申请公开办理',
    main: html`<h1>依申请公开办理</h1>
      <p class="lead">今天是${view.todayLabel}。按答复期限排序，最先到期的在前。</p>
      ${view.canRegister ? html`<p><a class="button" href="/admin/requests/new">登记新申请</a></p>` : ''}
      <nav aria-label="办理阶段">
        <ul class="tabs">
          ${view.tabs.map(
            (entry) =>
              html`<li>
                <a
                  href="${workQueueHref({ tab: entry.tab, text: view.text })}"
                  ${entry.tab === view.tab ? html`aria-current="page"` : ''}
                  >${entry.label}（${entry.count}）</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <form method="get" action="/admin/requests" class="form form--filters" role="search">
        <input type="hidden" name="phase" value="${view.tab}" />
        <div class="field">
          <label for="field-q">申请编号或信息名称</label>
          <input id="field-q" name="q" type="text" value="${view.text}" maxlength="100" />
        </div>
        <div class="form-actions"><button type="submit" class="button button--secondary">检索</button></div>
      </form>
      ${
        view.rows.length === 0
          ? html`<p id="queue-empty">${current?.label ?? ''}暂无申请。</p>`
          : html`<div class="table-wrapper" role="region" aria-labelledby="queue-caption" tabindex="0">
              <table class="table--stacked" id="work-queue">
                <caption id="queue-caption">
                  ${current?.label ?? ''}：共${view.rows.length}件
                </caption>
                <thead>
                  <tr>
                    <th scope="col">申请编号</th>
                    <th scope="col">收到日期</th>
                    <th scope="col">申请人</th>
                    <th scope="col">所需信息</th>
                    <th scope="col">状态</th>
                    <th scope="col">答复期限</th>
                  </tr>
                </thead>
                <tbody>
                  ${view.rows.map(
                    (row) =>
                      html`<tr>
                        <td data-label="申请编号">
                          <a href="${caseHref(row.caseNumber)}">${row.caseNumber}</a>
                        </td>
                        <td data-label="收到日期" class="nowrap">${row.receivedOnLabel}</td>
                        <td data-label="申请人">${row.applicantLabel}</td>
                        <td data-label="所需信息">${row.informationTitle}</td>
                        <td data-label="状态">
                          <div>${row.statusLabel}<br /><span class="muted">${row.phaseLabel}</span></div>
                        </td>
                        <td data-label="答复期限">${dueCell(row)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`,
  });
}
