import { html } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { agencyAdminHref, renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

export type AgencyListView = {
  agencies: Array<{ slug: string; name: string; shortName: string; levelLabel: string; region: string }>;
  canCreate: boolean;
};

export function renderAgencyListPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: AgencyListView;
  notice?: Notice | undefined;
}): string {
  const { view } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'agencies',
    title: '机关管理',
    notice: options.notice,
    main: html`<h1>机关管理</h1>
      ${view.canCreate ? html`<p><a class="button" href="/admin/agencies/new">登记新机关</a></p>` : ''}
      <div class="table-wrapper" role="region" aria-labelledby="agency-table-caption" tabindex="0">
        <table class="table--stacked">
          <caption id="agency-table-caption">
            您有权查看的机关（共${view.agencies.length}个）
          </caption>
          <thead>
            <tr>
              <th scope="col">机关全称</th>
              <th scope="col">简称</th>
              <th scope="col">层级</th>
              <th scope="col">行政区划</th>
            </tr>
          </thead>
          <tbody>
            ${view.agencies.map(
              (agency) =>
                html`<tr>
                  <th scope="row" data-label="机关全称">
                    <a href="${agencyAdminHref(agency.slug)}">${agency.name}</a>
                  </th>
                  <td data-label="简称">${agency.shortName}</td>
                  <td data-label="层级">${agency.levelLabel}</td>
                  <td data-label="行政区划">${agency.region}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
  });
}
