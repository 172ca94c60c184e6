import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { PublishedYear } from '../../../use-cases/annual-reports/published-annual-reports.ts';
import { html } from '../../shared/html.ts';
import { renderOfficeContacts } from '../office-contacts.ts';
import type { PortalAgencyView } from '../portal-agency.ts';
import { renderPortalPage } from '../portal-layout.ts';
import { publishedReportHref } from './annual-report-portal-links.ts';

/** 政府信息公开工作年度报告 (Art. 49): the agency's published reports, newest year first. */
export function renderPublishedReportListPage(options: {
  agency: PortalAgencyView;
  years: readonly PublishedYear[];
}): string {
  const { agency } = options;
  const years = [...options.years].sort((left, right) => right.year - left.year);
  return renderPortalPage({
    agency,
    current: 'reports',
    title: '政府信息公开工作年度报告',
    main: html`<h1>政府信息公开工作年度报告</h1>
      <p class="lead">
        根据《中华人民共和国政府信息公开条例》第四十九条、第五十条，本机关每年公布上一年度政府信息公开工作年度报告。
      </p>
      ${
        years.length === 0
          ? html`<p>本机关尚未在本网站发布年度报告。如需查阅，请联系下列政府信息公开工作机构。</p>
              ${renderOfficeContacts(agency)}`
          : html`<ul class="link-list">
              ${years.map(
                (year) =>
                  html`<li>
                    <a href="${publishedReportHref(agency.slug, year.year)}"
                      >${agency.name}${year.year}年政府信息公开工作年度报告</a
                    >
                    <span class="muted">
                      发布于${formatChineseDate(year.firstPublishedOn)}${
                        year.latestRevision > 1
                          ? html`，<strong>已更正</strong>（${formatChineseDate(year.latestPublishedOn)}）`
                          : ''
                      }
                    </span>
                  </li>`,
              )}
            </ul>`
      }`,
  });
}
