import { html, type SafeHtml } from '../shared/html.ts';

/** Previous / next links, keeping the rest of the query. */
export function paginationNav(options: {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
}): SafeHtml {
  const { page, pageCount, hrefOf } = options;
  return html`<nav class="pagination" aria-label="分页">
    ${page > 1 ? html`<a href="${hrefOf(page - 1)}" rel="prev">上一页</a>` : ''}
    <span>第${page}页，共${pageCount}页</span>
    ${page < pageCount ? html`<a href="${hrefOf(page + 1)}" rel="next">下一页</a>` : ''}
  </nav>`;
}
