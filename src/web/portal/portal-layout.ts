import { html, type SafeHtml } from '../shared/html.ts';
import { renderPage } from '../shared/layout.ts';
import { portalHomeHref, type PortalAgencyView } from './portal-agency.ts';

export type PortalSection = 'home' | 'guide' | 'catalogue' | 'apply' | 'consultations' | 'reports';

const sections: Array<{ section: PortalSection; label: string; path: string }> = [
  { section: 'home', label: '首页', path: '' },
  { section: 'guide', label: '政府信息公开指南', path: 'guide' },
  { section: 'catalogue', label: '政府信息公开目录', path: 'publications' },
  { section: 'apply', label: '依申请公开', path: 'apply' },
  { section: 'consultations', label: '征求意见', path: 'consultations' },
  { section: 'reports', label: '年度报告', path: 'reports' },
];

export function portalSectionHref(slug: string, section: PortalSection): string {
  const entry = sections.find((candidate) => candidate.section === section);
  return `${portalHomeHref(slug)}${entry?.path ?? ''}`;
}

export function portalSectionLabel(section: PortalSection): string {
  return sections.find((candidate) => candidate.section === section)?.label ?? '';
}

/** The agency's public portal page: its name in the header, the disclosure sections as navigation. */
export function renderPortalPage(options: {
  agency: PortalAgencyView;
  current: PortalSection;
  title: string;
  main: SafeHtml;
}): string {
  const { agency } = options;
  return renderPage({
    title: options.title,
    siteName: agency.name,
    siteHref: portalHomeHref(agency.slug),
    siteTagline: '政府信息公开',
    navigationLabel: '政府信息公开栏目',
    navigation: sections.map((entry) => ({
      label: entry.label,
      href: portalSectionHref(agency.slug, entry.section),
      isCurrent: entry.section === options.current,
    })),
    main: options.main,
    footer: html`<p>
      ${agency.name}${agency.office.name ? html` · ${agency.office.name}` : ''}${
        agency.office.telephone ? html` · 电话：${agency.office.telephone}` : ''
      }
    </p>`,
  });
}
