import { annualReportStatusLabels } from '../../../domain/annual-report/draft/annual-report-status.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { AnnualReportYear } from '../../../use-cases/annual-reports/list-annual-report-years.ts';
import { csrfField } from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { annualReportDraftHref, annualReportsHref } from './annual-report-links.ts';

export type AnnualReportYearsView = {
  agency: { slug: string; name: string };
  years: AnnualReportYear[];
  canManage: boolean;
  portalReportsHref: string;
};

function lateText(year: AnnualReportYear): string {
  if (year.firstPublishedOn !== null) return year.isLate ? '逾期发布' : '按时发布';
  return year.isLate ? '已逾期，尚未发布' : '未到期';
}

function actionOf(options: {
  view: AnnualReportYearsView;
  year: AnnualReportYear;
  csrfToken: string;
}): SafeHtml {
  const { view, year } = options;
  if (year.status !== 'notStarted') {
    return html`<a href="${annualReportDraftHref(view.agency.slug, year.year)}"
      >${view.canManage ? '编辑草稿' : '查看草稿'}</a
    >`;
  }
  if (!view.canManage) return html`<span class="muted">尚未开始</span>`;
  return html`<form method="post" action="${annualReportsHref(view.agency.slug)}" class="inline-form">
    ${csrfField(options.csrfToken)}
    <input type="hidden" name="year" value="${String(year.year)}" />
    <button type="submit" class="button button--secondary">开始编制${year.year}年度报告</button>
  </form>`;
}

/** The agency's annual reports by year: status, Art. 49 deadline, lateness and what to do next. */
export function renderAnnualReportYearsPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: AnnualReportYearsView;
  notice?: Notice | undefined;
}): string {
  const { view } = options;
  const title = `${view.agency.name}政府信息公开工作年度报告`;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'annualReports',
    title,
    notice: options.notice,
    main: html`<h1>${title}</h1>
      <p class="lead">
        年度报告由平台按办理记录计算表三、表四，表二和各部分文字由工作人员填写；核对无硬性错误后，由政府信息公开工作机构负责人发布。
        部门应于次年1月31日前、政府应于次年3月31日前发布（《条例》第四十九条）。
      </p>
      <div class="table-wrapper" role="region" aria-labelledby="years-caption" tabindex="0">
        <table class="table--stacked">
          <caption id="years-caption">
            各年度报告
          </caption>
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">状态</th>
              <th scope="col">发布截止日期</th>
              <th scope="col">是否按时</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            ${view.years.map(
              (year) =>
                html`<tr>
                  <th scope="row" data-label="年度">${year.year}年</th>
                  <td data-label="状态">
                    ${annualReportStatusLabels[year.status]}${
                      year.latestRevision !== null && year.latestRevision > 1
                        ? `（第${year.latestRevision}版）`
                        : ''
                    }
                  </td>
                  <td data-label="发布截止日期">${formatChineseDate(year.deadline)}</td>
                  <td data-label="是否按时" class="${year.isLate ? 'due--overdue' : ''}">
                    ${lateText(year)}
                  </td>
                  <td data-label="操作">${actionOf({ view, year, csrfToken: options.csrfToken })}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p><a href="${view.portalReportsHref}">查看门户网站上的年度报告栏目</a></p>`,
  });
}
