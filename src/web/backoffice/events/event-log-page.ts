import { csrfField } from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import { agencyAdminHref, renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

export type EventLogView = {
  agency: { slug: string; name: string };
  events: Array<{
    sequence: number;
    occurredAt: string;
    kindLabel: string;
    actorLabel: string;
    detail: string;
  }>;
  page: number;
  pageCount: number;
  total: number;
  canVerifyAudit: boolean;
};

function pageHref(slug: string, page: number): string {
  return `${agencyAdminHref(slug, 'events')}?page=${page}`;
}

export function renderEventLogPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: EventLogView;
}): string {
  const { view } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: view.agency.slug === options.session.agency.slug ? 'events' : 'agencies',
    title: `事件日志：${view.agency.name}`,
    main: html`<h1>事件日志</h1>
      <p>
        <a href="${agencyAdminHref(view.agency.slug)}">${view.agency.name}</a
        >的每一项变更都按时间顺序记录在防篡改的事件链中，记录不可修改或删除。
      </p>
      ${
        view.canVerifyAudit
          ? html`<form
              method="post"
              action="${agencyAdminHref(view.agency.slug, 'audit')}"
              class="form form--inline"
            >
              ${csrfField(options.csrfToken)}
              <button type="submit" class="button button--secondary">校验事件日志</button>
            </form>`
          : ''
      }
      ${
        view.total === 0
          ? html`<p>暂无事件。</p>`
          : html`<div class="table-wrapper" role="region" aria-labelledby="event-table-caption" tabindex="0">
                <table class="table--stacked">
                  <caption id="event-table-caption">
                    共${view.total}条事件，第${view.page}页，共${view.pageCount}页（最新的在前）
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">序号</th>
                      <th scope="col">时间</th>
                      <th scope="col">事件</th>
                      <th scope="col">操作人</th>
                      <th scope="col">详情</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${view.events.map(
                      (event) =>
                        html`<tr>
                          <td data-label="序号">${event.sequence}</td>
                          <td data-label="时间" class="nowrap">${event.occurredAt}</td>
                          <th scope="row" data-label="事件">${event.kindLabel}</th>
                          <td data-label="操作人">${event.actorLabel}</td>
                          <td data-label="详情">${event.detail}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <nav class="pagination" aria-label="分页">
                ${view.page > 1 ? html`<a href="${pageHref(view.agency.slug, view.page - 1)}" rel="prev">上一页</a>` : ''}
                <span>第${view.page}页，共${view.pageCount}页</span>
                ${view.page < view.pageCount ? html`<a href="${pageHref(view.agency.slug, view.page + 1)}" rel="next">下一页</a>` : ''}
              </nav>`
      }`,
  });
}
