import { html } from '../shared/html.ts';
import type { PortalAgencyView } from './portal-agency.ts';
import {
  portalSectionHref,
  portalSectionLabel,
  renderPortalPage,
  type PortalSection,
} from './portal-layout.ts';

const sectionDescriptions: Array<{ section: PortalSection; description: string }> = [
  {
    section: 'guide',
    description: '了解本机关主动公开的范围、依申请公开的办理程序和政府信息公开工作机构的联系方式。',
  },
  { section: 'catalogue', description: '按类别查阅本机关主动公开的政府信息。' },
  { section: 'apply', description: '向本机关申请获取政府信息，了解申请方式和答复期限。' },
  {
    section: 'consultations',
    description: '查阅公开征求意见的草案，在征求意见期限内提出意见，了解意见采纳情况。',
  },
  { section: 'reports', description: '查阅本机关历年政府信息公开工作年度报告。' },
];

/** The agency's portal home: its name and the disclosure sections. */
export function renderPortalHomePage(agency: PortalAgencyView): string {
  return renderPortalPage({
    agency,
    current: 'home',
    title: agency.name,
    main: html`<h1>${agency.name}政府信息公开</h1>
      <p class="lead">
        根据《中华人民共和国政府信息公开条例》，${agency.name}在本栏目公开政府信息，并受理政府信息公开申请。
      </p>
      <ul class="card-list card-list--grid">
        ${sectionDescriptions.map(
          (entry) =>
            html`<li class="card">
              <a class="card__title" href="${portalSectionHref(agency.slug, entry.section)}"
                >${portalSectionLabel(entry.section)}</a
              >
              <p>${entry.description}</p>
            </li>`,
        )}
      </ul>`,
  });
}
