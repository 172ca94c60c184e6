import { agencyScope, may } from '../../domain/access/policy.ts';
import type { SafeHtml } from '../shared/html.ts';
import { renderPage, type NavigationItem, type Notice } from '../shared/layout.ts';
import type { StaffSession } from './staff-session.ts';

export type BackOfficeSection =
  | 'dashboard'
  | 'requests'
  | 'publications'
  | 'consultations'
  | 'agency'
  | 'users'
  | 'events'
  | 'agencies'
  | 'reports'
  | 'annualReports'
  | 'calendar'
  | 'password'
  | 'supervision'
  | 'website';

export function agencyAdminHref(
  slug: string,
  page: '' | 'edit' | 'users' | 'users/new' | 'events' | 'audit' | 'annual-reports' = '',
): string {
  const base = `/admin/agencies/${encodeURIComponent(slug)}`;
  return page ? `${base}/${page}` : base;
}

/** The back-office menu, from the policy: a link appears only when its page would let the user in. */
function navigationFor(session: StaffSession, current: BackOfficeSection): NavigationItem[] {
  const { actor, agency } = session;
  const items: Array<NavigationItem & { section: BackOfficeSection }> = [
    { section: 'dashboard', label: '工作台', href: '/admin' },
    ...(agencyScope(actor, 'request.viewSummary').kind === 'none'
      ? []
      : [{ section: 'requests' as const, label: '依申请公开', href: '/admin/requests' }]),
    ...(may(actor, 'publication.contribute').isAllowed
      ? [
          {
            section: 'publications' as const,
            label: '主动公开',
            href: `${agencyAdminHref(agency.slug)}/publications`,
          },
        ]
      : []),
    ...(may(actor, 'consultation.manage').isAllowed
      ? [
          {
            section: 'consultations' as const,
            label: '征求意见',
            href: `${agencyAdminHref(agency.slug)}/consultations`,
          },
        ]
      : []),
    { section: 'agency', label: '本机关信息', href: agencyAdminHref(agency.slug) },
  ];
  if (may(actor, 'user.view').isAllowed)
    items.push({ section: 'users', label: '用户管理', href: agencyAdminHref(agency.slug, 'users') });
  if (may(actor, 'event.view').isAllowed)
    items.push({ section: 'events', label: '事件日志', href: agencyAdminHref(agency.slug, 'events') });
  const scope = agencyScope(actor, 'agency.view');
  if (scope.kind === 'all' || scope.kind === 'subtree')
    items.push({ section: 'agencies', label: '机关管理', href: '/admin/agencies' });
  if (agencyScope(actor, 'report.view').kind !== 'none')
    items.push({ section: 'reports', label: '年度报告导入', href: '/admin/reports/imports' });
  if (may(actor, 'report.view').isAllowed)
    items.push({
      section: 'annualReports',
      label: '本机关年度报告',
      href: agencyAdminHref(agency.slug, 'annual-reports'),
    });
  if (may(actor, 'website.view').isAllowed)
    items.push({
      section: 'website',
      label: '网站与新媒体',
      href: `${agencyAdminHref(agency.slug)}/website`,
    });
  if (agencyScope(actor, 'supervision.view').kind !== 'none')
    items.push({ section: 'supervision', label: '督查', href: '/admin/supervision/reports' });
  items.push({ section: 'calendar', label: '工作日历', href: '/admin/calendar' });
  return items.map(({ section, ...item }) => ({ ...item, isCurrent: section === current }));
}

export type BackOfficePageOptions = {
  session: StaffSession;
  csrfToken: string;
  current: BackOfficeSection;
  title: string;
  main: SafeHtml;
  notice?: Notice | undefined;
};

export function renderBackOfficePage(options: BackOfficePageOptions): string {
  return renderPage({
    title: options.title,
    siteName: options.session.agency.name,
    siteHref: '/admin',
    siteTagline: '政府信息公开工作平台',
    navigationLabel: '工作平台导航',
    navigation: navigationFor(options.session, options.current),
    account: { displayName: options.session.actor.displayName, csrfToken: options.csrfToken },
    ...(options.notice ? { notice: options.notice } : {}),
    main: options.main,
  });
}
