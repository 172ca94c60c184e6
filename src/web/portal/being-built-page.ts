import { html } from '../shared/html.ts';
import { renderOfficeContacts } from './office-contacts.ts';
import type { PortalAgencyView } from './portal-agency.ts';
import {
  portalSectionHref,
  portalSectionLabel,
  renderPortalPage,
  type PortalSection,
} from './portal-layout.ts';

const meanwhile: Record<Exclude<PortalSection, 'home' | 'guide'>, string> = {
  catalogue: '在线目录开通前，如需查阅本机关主动公开的政府信息，请联系下列政府信息公开工作机构。',
  apply:
    '网上申请开通前，您可以按照政府信息公开指南，当面或通过邮寄方式向下列政府信息公开工作机构提交书面申请。',
  consultations: '征求意见栏目开通前，如需对本机关的草案提出意见，请联系下列政府信息公开工作机构。',
  reports: '年度报告栏目开通前，如需查阅本机关的政府信息公开工作年度报告，请联系下列政府信息公开工作机构。',
};

/** A section whose function is not built yet says so plainly, and where to turn meanwhile. */
export function renderBeingBuiltPage(options: {
  agency: PortalAgencyView;
  section: Exclude<PortalSection, 'home' | 'guide'>;
}): string {
  const { agency, section } = options;
  const label = portalSectionLabel(section);
  return renderPortalPage({
    agency,
    current: section,
    title: label,
    main: html`<h1>${label}</h1>
      <div class="notice notice--info" role="status">本栏目的功能正在建设中，暂不能在线使用。</div>
      <p>${meanwhile[section]}</p>
      ${renderOfficeContacts(agency)}
      <p><a href="${portalSectionHref(agency.slug, 'guide')}">查看政府信息公开指南</a></p>`,
  });
}
