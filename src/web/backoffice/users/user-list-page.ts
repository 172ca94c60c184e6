import { html } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { agencyAdminHref, renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

export type UserListView = {
  agency: { slug: string; name: string };
  users: Array<{ username: string; displayName: string; roleLabels: string[]; statusLabel: string }>;
  canManage: boolean;
};

export function renderUserListPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: UserListView;
  notice?: Notice | undefined;
}): string {
  const { view } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: view.agency.slug === options.session.agency.slug ? 'users' : 'agencies',
    title: `用户管理：${view.agency.name}`,
    notice: options.notice,
    main: html`<h1>用户管理</h1>
      <p><a href="${agencyAdminHref(view.agency.slug)}">${view.agency.name}</a></p>
      ${view.canManage ? html`<p><a class="button" href="${agencyAdminHref(view.agency.slug, 'users/new')}">新建用户</a></p>` : ''}
      <div class="table-wrapper" role="region" aria-labelledby="user-table-caption" tabindex="0">
        <table class="table--stacked">
          <caption id="user-table-caption">
            本机关的用户（共${view.users.length}个）
          </caption>
          <thead>
            <tr>
              <th scope="col">用户名</th>
              <th scope="col">姓名</th>
              <th scope="col">角色</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            ${view.users.map(
              (user) =>
                html`<tr>
                  <th scope="row" data-label="用户名"><code>${user.username}</code></th>
                  <td data-label="姓名">${user.displayName}</td>
                  <td data-label="角色">${user.roleLabels.join('、')}</td>
                  <td data-label="状态">${user.statusLabel}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
  });
}
