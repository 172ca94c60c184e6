import { html } from '../../shared/html.ts';
import { agencyAdminHref, renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

export type AuditResultView = {
  agency: { slug: string; name: string };
  checkedAt: string;
  eventCount: number;
  problems: Array<{ sequence: number; message: string }>;
};

export function renderAuditResultPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: AuditResultView;
}): string {
  const { view } = options;
  const isIntact = view.problems.length === 0;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: view.agency.slug === options.session.agency.slug ? 'events' : 'agencies',
    title: `事件日志校验：${view.agency.name}`,
    main: html`<h1>事件日志校验结果</h1>
      <p>${view.agency.name} · 校验时间 ${view.checkedAt} · 共校验${view.eventCount}条事件</p>
      ${
        isIntact
          ? html`<div class="notice notice--success" role="status">
              事件链完整：每条事件的哈希与其内容和前一条事件一致，未发现篡改、删除或插入。
            </div>`
          : html`<div class="notice notice--error" role="alert">
                发现${view.problems.length}处问题，事件日志可能被篡改。请立即报告系统管理员。
              </div>
              <div class="table-wrapper" role="region" aria-labelledby="problem-table-caption" tabindex="0">
                <table class="table--stacked">
                  <caption id="problem-table-caption">
                    发现的问题
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">事件序号</th>
                      <th scope="col">问题</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${view.problems.map(
                      (problem) =>
                        html`<tr>
                          <td data-label="事件序号">${problem.sequence}</td>
                          <td data-label="问题">${problem.message}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
      }
      <p><a href="${agencyAdminHref(view.agency.slug, 'events')}">返回事件日志</a></p>`,
  });
}
