import { html } from '../shared/html.ts';
import { platformName, renderPage } from '../shared/layout.ts';
import { portalHomeHref } from './portal-agency.ts';

export type AgencyListItemView = { slug: string; name: string; region: string };

/** The platform's home when it hosts several agencies (or none yet). */
export function renderAgencyListPage(view: { agencies: AgencyListItemView[] }): string {
  const main =
    view.agencies.length === 0
      ? html`<h1>政府信息公开平台</h1>
          <p>
            本平台尚未登记任何机关。管理员可登录<a href="/admin">工作平台</a>登记机关，或在服务器上运行
            <code>gongkai demo</code> 载入示例机关。
          </p>`
      : html`<h1>政府信息公开平台</h1>
          <p>请选择要查阅的机关：</p>
          <ul class="card-list">
            ${view.agencies.map(
              (agency) =>
                html`<li class="card">
                  <a class="card__title" href="${portalHomeHref(agency.slug)}">${agency.name}</a>
                  ${agency.region ? html`<p class="card__meta">${agency.region}</p>` : ''}
                </li>`,
            )}
          </ul>`;
  return renderPage({ title: platformName, siteName: platformName, siteHref: '/', navigation: [], main });
}
