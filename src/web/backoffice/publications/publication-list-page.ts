import {
  publicationStatusLabels,
  publicationStatuses,
} from '../../../domain/publications/publication-status.ts';
import type {
  PublicationList,
  PublicationListFilter,
} from '../../../use-cases/publications/list-publication-items.ts';
import { html } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import { paginationNav } from '../pagination-nav.ts';
import type { Notice } from '../../shared/layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { publicationHref, publicationsHref } from './publication-links.ts';
import { timelinessLabel } from './timeliness-label.ts';

const filterLabels: Record<PublicationListFilter, string> = {
  all: '全部',
  myTasks: '我的待办',
  late: '超期（第二十六条）',
  ...publicationStatusLabels,
};

/** The agency's catalogue items for staff: filter tabs, a search, one row per item. */
export function renderPublicationListPage(options: {
  session: StaffSession;
  csrfToken: string;
  agency: { slug: string; name: string };
  filter: PublicationListFilter;
  query: string;
  /** One page of the filter, with the totals. */
  list: PublicationList;
  canContribute: boolean;
  /** The agency administrator sets the 索引号 pattern. */
  canConfigure: boolean;
  notice?: Notice | undefined;
}): string {
  const { agency, filter, query, list } = options;
  const { entries } = list;
  const pageHref = (page: number) => publicationsHref(agency.slug, { filter, q: query, page });
  const filters: PublicationListFilter[] = ['all', 'myTasks', 'late', ...publicationStatuses];
  const countOf = (entry: PublicationListFilter) =>
    entry === 'myTasks' || entry === 'late' ? `（${list.counts[entry]}）` : '';
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'publications',
    title: '主动公开目录',
    notice: options.notice,
    main: html`<h1>主动公开目录</h1>
      <p class="lead">
        ${agency.name}。信息形成或变更之日起20个工作日内发布（第二十六条）；先审后发（第十七条）。
      </p>
      ${
        options.canConfigure
          ? html`<p><a href="${publicationsHref(agency.slug)}/settings">主动公开设置（索引号格式）</a></p>`
          : ''
      }
      ${
        options.canContribute
          ? html`<p><a class="button" href="${publicationsHref(agency.slug)}/new">新建公开信息</a></p>`
          : ''
      }
      <nav aria-label="筛选">
        <ul class="tabs">
          ${filters.map(
            (entry) =>
              html`<li>
                <a
                  href="${publicationsHref(agency.slug, { filter: entry, q: query })}"
                  ${entry === filter ? html`aria-current="page"` : ''}
                  >${filterLabels[entry]}${countOf(entry)}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <form method="get" action="${publicationsHref(agency.slug)}" class="form form--filters" role="search">
        <input type="hidden" name="filter" value="${filter}" />
        <div class="field">
          <label for="field-q">名称、文号、索引号或内容</label>
          <input id="field-q" name="q" type="text" value="${query}" maxlength="100" />
        </div>
        <div class="form-actions"><button type="submit" class="button button--secondary">检索</button></div>
      </form>
      ${
        entries.length === 0
          ? html`<p id="publications-empty">${filterLabels[filter]}：暂无条目。</p>`
          : html`<div class="table-wrapper" role="region" aria-labelledby="publications-caption" tabindex="0">
                <table class="table--stacked" id="publications">
                  <caption id="publications-caption">
                    ${filterLabels[filter]}：共${list.total}条${list.pageCount > 1 ? `，第${list.page}页，共${list.pageCount}页` : ''}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">名称</th>
                      <th scope="col">索引号</th>
                      <th scope="col">状态</th>
                      <th scope="col">发布时限</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${entries.map((entry) => {
                      const timeliness = timelinessLabel(entry);
                      return html`<tr>
                        <td data-label="名称">
                          <a href="${publicationHref(agency.slug, entry.itemId)}">${entry.title}</a>
                          ${entry.documentNumber ? html`<br /><span class="muted">${entry.documentNumber}</span>` : ''}
                        </td>
                        <td data-label="索引号">
                          ${entry.indexNumber ?? html`<span class="muted">发布时生成</span>`}
                        </td>
                        <td data-label="状态">
                          ${entry.statusLabel}${entry.isTask ? html`<br /><span class="badge">待我办理</span>` : ''}
                        </td>
                        <td data-label="发布时限">
                          <span class="${timeliness.isLate ? 'due--overdue' : ''}">${timeliness.text}</span>
                        </td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
              </div>
              ${
                list.pageCount > 1
                  ? paginationNav({ page: list.page, pageCount: list.pageCount, hrefOf: pageHref })
                  : ''
              }`
      }`,
  });
}
