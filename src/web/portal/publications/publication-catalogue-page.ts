import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { PublicationItemView } from '../../../use-cases/publications/publication-view.ts';
import { html } from '../../shared/html.ts';
import type { PortalAgencyView } from '../portal-agency.ts';
import { renderPortalPage } from '../portal-layout.ts';
import { portalPublicationHref, portalPublicationsHref } from './publication-portal-links.ts';

/** 政府信息公开目录 on the portal: a search, the published items newest first, pages of 20. */
export function renderPublicationCataloguePage(options: {
  agency: PortalAgencyView;
  items: PublicationItemView[];
  total: number;
  page: number;
  pageCount: number;
  query: string;
}): string {
  const { agency, items, query, page, pageCount } = options;
  return renderPortalPage({
    agency,
    current: 'catalogue',
    title: '政府信息公开目录',
    main: html`<h1>政府信息公开目录</h1>
      <form
        method="get"
        action="${portalPublicationsHref(agency.slug)}"
        class="form form--filters"
        role="search"
      >
        <div class="field">
          <label for="field-q">检索（名称、文号、索引号、内容）</label>
          <input id="field-q" name="q" type="search" value="${query}" maxlength="100" />
        </div>
        <div class="form-actions"><button type="submit" class="button">检索</button></div>
      </form>
      <p id="catalogue-total">${query ? html`检索“${query}”：` : ''}共${options.total}条信息。</p>
      ${
        items.length === 0
          ? html`<p id="catalogue-empty">没有找到信息。</p>`
          : html`<ol class="card-list" id="catalogue">
              ${items.map(
                (item) =>
                  html`<li class="card">
                    <p class="card__title">
                      <a href="${portalPublicationHref(agency.slug, item.itemId)}">${item.title}</a>
                    </p>
                    <p class="muted">
                      索引号：${item.indexNumber ?? ''}${item.documentNumber ? html` · 文号：${item.documentNumber}` : ''}
                      · 发布日期：${item.publishedOn ? formatChineseDate(item.publishedOn) : ''}
                      ${item.validity !== 'effective' ? html` · ${item.validityLabel}` : ''}
                    </p>
                  </li>`,
              )}
            </ol>`
      }
      ${
        pageCount > 1
          ? html`<nav class="pagination" aria-label="分页">
              ${page > 1 ? html`<a href="${portalPublicationsHref(agency.slug, { q: query, page: page - 1 })}">上一页</a>` : ''}
              <span>第${page}页，共${pageCount}页</span>
              ${
                page < pageCount
                  ? html`<a href="${portalPublicationsHref(agency.slug, { q: query, page: page + 1 })}"
                      >下一页</a
                    >`
                  : ''
              }
            </nav>`
          : ''
      }`,
  });
}
