import { html, type SafeHtml } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { Notice } from '../../shared/layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { annualReportDraftDownloadHref, annualReportDraftHref } from './annual-report-links.ts';

/** The draft as it would be published (the report's own layout), cells in question marked. */
export function renderAnnualReportPreviewPage(options: {
  session: StaffSession;
  csrfToken: string;
  agency: { slug: string; name: string };
  year: number;
  document: SafeHtml;
  /** Why a download failed (e.g. no Chinese font for the PDF). */
  notice?: Notice | undefined;
}): string {
  const { agency, year } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'annualReports',
    title: `${year}年度报告预览 - ${agency.name}`,
    notice: options.notice,
    main: html`<p><a href="${annualReportDraftHref(agency.slug, year)}">返回草稿</a></p>
      <div class="notice notice--info" role="status">
        这是草稿的预览，尚未发布；有问题的单元格以“⚠”和底色标出。
      </div>
      <ul class="action-list" aria-label="下载草稿">
        <li>
          <a href="${annualReportDraftDownloadHref(agency.slug, year, 'docx')}">下载草稿 Word（DOCX）</a>
        </li>
        <li><a href="${annualReportDraftDownloadHref(agency.slug, year, 'pdf')}">下载草稿 PDF</a></li>
      </ul>
      <article class="report-document">${options.document}</article>`,
  });
}
