import type { ConsultationSummaryView } from '../../../use-cases/consultations/consultation-view.ts';
import { html } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { consultationHref, consultationsHref } from './consultation-links.ts';

/** The agency's consultations for the staff handling them. */
export function renderConsultationListPage(options: {
  session: StaffSession;
  csrfToken: string;
  agency: { slug: string; name: string };
  consultations: readonly ConsultationSummaryView[];
  notice?: Notice | undefined;
}): string {
  const { agency, consultations } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'consultations',
    title: '征求意见',
    notice: options.notice,
    main: html`<h1>征求意见</h1>
      <p class="lead">${agency.name}向社会公开征求意见的草案。征求意见期限一般不少于30日。</p>
      <p><a class="button" href="${consultationsHref(agency.slug)}/new">新建征求意见</a></p>
      ${
        consultations.length === 0
          ? html`<p>还没有征求意见。</p>`
          : html`<div
              class="table-wrapper"
              role="region"
              aria-labelledby="consultations-caption"
              tabindex="0"
            >
              <table>
                <caption id="consultations-caption">
                  征求意见列表
                </caption>
                <thead>
                  <tr>
                    <th scope="col">标题</th>
                    <th scope="col">期限</th>
                    <th scope="col">状态</th>
                  </tr>
                </thead>
                <tbody>
                  ${consultations.map(
                    (view) =>
                      html`<tr>
                        <th scope="row" data-label="标题">
                          <a href="${consultationHref(agency.slug, view.id)}">${view.title}</a>
                        </th>
                        <td data-label="期限">${view.opensOn} 至 ${view.closesOn}（${view.periodDays}日）</td>
                        <td data-label="状态">${view.statusLabel}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`,
  });
}
