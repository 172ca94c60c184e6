import { layoutReportTables } from '../../../domain/annual-report/table-layout.ts';
import { reportSourceLabels } from '../../../domain/supervision/aggregate-annual-reports.ts';
import { renderTableHtml } from '../../../render/annual-report-html.ts';
import type { SupervisedReportAggregate } from '../../../use-cases/supervision/aggregate-supervised-reports.ts';
import { html, raw, type SafeHtml } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import { importedReportHref } from '../reports/report-labels.ts';
import type { StaffSession } from '../staff-session.ts';
import { queryString, reportAggregateHref, supervisionTabs, yearChoices } from './supervision-links.ts';

const tableTitles = {
  二: '二、主动公开政府信息情况',
  三: '三、收到和处理政府信息公开申请情况',
  四: '四、政府信息公开行政复议、行政诉讼情况',
} as const;

/**
 * The summed tables in the national layout, from the project's report renderer (which escapes every
 * text): each table under its section title, in a scrolling region for phones.
 */
function aggregateTablesHtml(options: {
  result: SupervisedReportAggregate;
  partlyBlankCellKeys: ReadonlySet<string>;
}): SafeHtml {
  return html`${layoutReportTables(options.result.aggregate.report).map(
    (layout) =>
      html`<h2>${tableTitles[layout.table]}</h2>
        <div class="table-wrapper" role="region" aria-label="汇总表${layout.table}" tabindex="0">
          ${raw(
            renderTableHtml({ layout, highlightedCellKeys: options.partlyBlankCellKeys }).replace(
              ' border="1"',
              '',
            ),
          )}
        </div>`,
  )}`;
}

function sourceLabel(entry: SupervisedReportAggregate['coverage'][number]): string {
  return entry.source === 'missing' ? '缺报告' : reportSourceLabels[entry.source];
}

/** 年报汇总: the sums of the year's reports in scope, which agency contributes what, blank cells. */
export function renderReportAggregatePage(options: {
  session: StaffSession;
  csrfToken: string;
  year: number;
  lastReportYear: number;
  result: SupervisedReportAggregate;
}): string {
  const { year, result } = options;
  const years = yearChoices(Math.max(options.lastReportYear, year));
  if (!years.includes(year)) years.push(year);
  const { included, excluded, cells } = result.aggregate;
  const platformCount = included.filter((entry) => entry.source === 'platform').length;
  const cellsWithGaps = cells.filter(
    (cell) => cell.blankCount > 0 && cell.numberCount + cell.notApplicableCount > 0,
  );
  const blankEverywhere = cells.filter(
    (cell) => cell.numberCount === 0 && cell.notApplicableCount === 0,
  ).length;
  const query = queryString({ year });
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'supervision',
    title: `${year}年度报告汇总`,
    main: html`<h1>${year}年度报告汇总</h1>
      ${supervisionTabs('aggregate')}
      <form method="get" action="${reportAggregateHref}" class="form form--filters" aria-label="选择年度">
        <div class="field">
          <label for="aggregate-year">年度</label>
          <select id="aggregate-year" name="year">
            ${years.map(
              (choice) =>
                html`<option value="${choice}" ${choice === year ? html`selected` : ''}>${choice}年</option>`,
            )}
          </select>
        </div>
        <button type="submit" class="button button--secondary">查看</button>
      </form>
      <p class="lead" id="aggregate-summary">
        汇总了${included.length}份报告（平台发布${platformCount}份，导入的已公布报告${included.length - platformCount}份）；
        缺报告${result.missingAgencyNames.length}家${excluded.length > 0 ? `；未计入${excluded.length}份` : ''}。
        空白和“/”不按0计：表中标有 ⚠
        的单元格有机关留空，合计不含这些机关；“留空情况”列出这些单元格及留空的报告数。
      </p>
      <p>
        <a href="${reportAggregateHref}.csv${query}" download>下载汇总表（CSV）</a> ·
        <a href="${reportAggregateHref}.json${query}" download>下载汇总数据（JSON）</a>
      </p>
      ${
        result.missingAgencyNames.length > 0
          ? html`<h2>缺报告的机关</h2>
              <ul id="missing-agencies">
                ${result.missingAgencyNames.map((name) => html`<li>${name}</li>`)}
              </ul>`
          : ''
      }
      ${aggregateTablesHtml({ result, partlyBlankCellKeys: new Set(cellsWithGaps.map((cell) => cell.cellKey)) })}
      <h2 id="blank-cells-heading">留空情况</h2>
      ${
        cellsWithGaps.length === 0
          ? html`<p>没有部分机关留空的单元格。</p>`
          : html`<div class="table-wrapper" role="region" aria-labelledby="blank-cells-heading" tabindex="0">
              <table class="table--stacked" id="blank-cells">
                <thead>
                  <tr>
                    <th scope="col">单元格</th>
                    <th scope="col">留空的报告数</th>
                    <th scope="col">填“/”的报告数</th>
                    <th scope="col">填数字的报告数</th>
                  </tr>
                </thead>
                <tbody>
                  ${cellsWithGaps.map(
                    (cell) =>
                      html`<tr>
                        <th scope="row" data-label="单元格">
                          表${cell.table} ${cell.listingRow} · ${cell.listingColumn}
                        </th>
                        <td data-label="留空的报告数"><strong>${cell.blankCount}</strong></td>
                        <td data-label="填“/”的报告数">${cell.notApplicableCount}</td>
                        <td data-label="填数字的报告数">${cell.numberCount}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      ${blankEverywhere > 0 && included.length > 0 ? html`<p class="muted">另有${blankEverywhere}个单元格所有报告均留空。</p>` : ''}
      <h2 id="coverage-heading">各机关报告来源</h2>
      <div class="table-wrapper" role="region" aria-labelledby="coverage-heading" tabindex="0">
        <table class="table--stacked" id="coverage">
          <thead>
            <tr>
              <th scope="col">机关</th>
              <th scope="col">来源</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            ${result.coverage.map(
              (entry) =>
                html`<tr>
                  <th scope="row" data-label="机关">
                    ${entry.agencyName}
                    ${entry.isOnPlatform ? '' : html`<span class="badge">非平台机关</span>`}
                  </th>
                  <td data-label="来源">
                    ${
                      entry.importedReportId
                        ? html`<a href="${importedReportHref(entry.importedReportId)}"
                            >${sourceLabel(entry)}</a
                          >`
                        : sourceLabel(entry)
                    }
                  </td>
                  <td data-label="说明">
                    ${
                      entry.exclusionReason ??
                      (entry.revision !== null && entry.revision > 1 ? `第${entry.revision}版（更正后）` : '')
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
  });
}
