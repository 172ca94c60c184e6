import { html, type SafeHtml } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { annualReportDraftHref } from './annual-report-links.ts';

/** The draft as it would be published (the report's own layout), cells in question marked. */
export function renderAnnualReportPreviewPage(options: {
  session: StaffSession;
  csrfToken: string;
  agency: { slug: string; name: string };
  year: number;
  document: SafeHtml;
}): string {
  const { agency, year } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'annualReports',
    title: `${year}年度报告预览 - ${agency.name}`,
    main: html`<p><a href="${annualReportDraftHref(agency.slug, year)}">返回草稿</a></p>
      <div class="notice notice--info" role="status">
        这是草稿的预览，尚未发布；有问题的单元格以“⚠”和底色标出。
      </div>
      <article class="report-document">${options.document}</article>`,
  });
}
