import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { PublishedAnnualReport } from '../../../use-cases/annual-reports/published-annual-reports.ts';
import { reportDocumentHtml } from '../../backoffice/reports/report-document.ts';
import { html, raw, type SafeHtml } from '../../shared/html.ts';
import { renderNotice } from '../../shared/layout.ts';
import type { PortalAgencyView } from '../portal-agency.ts';
import { portalSectionHref, renderPortalPage } from '../portal-layout.ts';
import { publishedReportDownloadHref } from './annual-report-portal-links.ts';

/** The report document without its leading title (the page's h1 says it). */
function withoutTitle(document: SafeHtml): SafeHtml {
  return raw(document.value.replace(/^\s*<h2>[\s\S]*?<\/h2>/, ''));
}

/** One published report: the latest revision, marked 已更正 with each note and date when corrected. */
export function renderPublishedReportPage(options: {
  agency: PortalAgencyView;
  year: number;
  published: PublishedAnnualReport;
  /** Why a download failed (e.g. no Chinese font for the PDF), shown above the downloads. */
  notice?: string;
}): string {
  const { agency, year, published } = options;
  const title = published.latest.report.title ?? `${agency.name}${year}年政府信息公开工作年度报告`;
  const isCorrected = published.corrections.length > 0;
  return renderPortalPage({
    agency,
    current: 'reports',
    title,
    main: html`<p><a href="${portalSectionHref(agency.slug, 'reports')}">返回年度报告列表</a></p>
      <h1>${title}</h1>
      <p class="muted">
        发布日期：${formatChineseDate(published.firstPublishedOn)}${isCorrected ? html` <span class="badge">已更正</span>` : ''}
      </p>
      ${
        isCorrected
          ? html`<div class="notice notice--info" role="note" aria-labelledby="corrections-title">
              <h2 id="corrections-title">更正说明</h2>
              <ul>
                ${published.corrections.map(
                  (correction) =>
                    html`<li>
                      ${formatChineseDate(correction.publishedOn)}更正（第${correction.revision}版）：${correction.note}
                    </li>`,
                )}
              </ul>
              <p>以下为更正后的报告。</p>
            </div>`
          : ''
      }
      ${options.notice === undefined ? '' : renderNotice({ kind: 'error', text: options.notice })}
      <ul class="action-list" aria-label="下载">
        <li><a href="${publishedReportDownloadHref(agency.slug, year, 'docx')}">下载 Word（DOCX）</a></li>
        <li><a href="${publishedReportDownloadHref(agency.slug, year, 'pdf')}">下载 PDF</a></li>
        <li><a href="${publishedReportDownloadHref(agency.slug, year, 'json')}">下载数据（JSON）</a></li>
      </ul>
      <article class="report-document">
        ${withoutTitle(reportDocumentHtml({ report: published.latest.report, highlightedCellKeys: new Set() }))}
      </article>`,
  });
}
