import type { ConsultationSummaryView } from '../../../use-cases/consultations/consultation-view.ts';
import { html } from '../../shared/html.ts';
import type { PortalAgencyView } from '../portal-agency.ts';
import { renderPortalPage } from '../portal-layout.ts';
import { portalConsultationHref } from './consultation-portal-links.ts';
import { periodText, phaseText } from './consultation-period-text.ts';

/** The agency's consultations: open ones first, then closed ones and those answered with feedback. */
export function renderConsultationListPage(options: {
  agency: PortalAgencyView;
  consultations: readonly ConsultationSummaryView[];
}): string {
  const { agency, consultations } = options;
  const isCurrent = (view: ConsultationSummaryView) => view.status === 'open' && view.phase !== 'ended';
  const open = consultations.filter(isCurrent);
  const ended = consultations.filter((view) => !isCurrent(view));
  const list = (views: readonly ConsultationSummaryView[]) =>
    html`<ul class="card-list">
      ${views.map(
        (view) =>
          html`<li class="card">
            <p class="card__title">
              <a href="${portalConsultationHref(agency.slug, view.id)}">${view.title}</a>
            </p>
            <p>征求意见期限：${periodText(view)}。${phaseText(view)}</p>
          </li>`,
      )}
    </ul>`;
  return renderPortalPage({
    agency,
    current: 'consultations',
    title: '征求意见',
    main: html`<h1>征求意见</h1>
      <p class="lead">${agency.name}公开征求意见的草案。欢迎在征求意见期限内提出意见和建议。</p>
      <section aria-labelledby="open-title">
        <h2 id="open-title">正在征求意见</h2>
        ${open.length > 0 ? list(open) : html`<p>目前没有正在征求意见的草案。</p>`}
      </section>
      <section aria-labelledby="ended-title">
        <h2 id="ended-title">已结束</h2>
        ${ended.length > 0 ? list(ended) : html`<p>暂无已结束的征求意见。</p>`}
      </section>`,
  });
}
