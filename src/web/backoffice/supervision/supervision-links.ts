import { html, type SafeHtml } from '../../shared/html.ts';

export const supervisionHref = '/admin/supervision';
export const reportStatusHref = `${supervisionHref}/reports`;
export const reportAggregateHref = `${supervisionHref}/aggregate`;
export const requestLatenessHref = `${supervisionHref}/deadlines`;

type SupervisionPage = 'reports' | 'aggregate' | 'deadlines';

const pages: Array<{ page: SupervisionPage; label: string; href: string }> = [
  { page: 'reports', label: '年报督查', href: reportStatusHref },
  { page: 'aggregate', label: '年报汇总', href: reportAggregateHref },
  { page: 'deadlines', label: '办理时限督查', href: requestLatenessHref },
];

/** The three supervision pages as tabs. */
export function supervisionTabs(current: SupervisionPage): SafeHtml {
  return html`<nav aria-label="督查">
    <ul class="tabs">
      ${pages.map(
        (entry) =>
          html`<li>
            <a href="${entry.href}" ${entry.page === current ? html`aria-current="page"` : ''}
              >${entry.label}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** A query string from the parameters that are set (empty values left out). */
export function queryString(parameters: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The years offered in the year filters: the last report year first, back to the 2021 format. */
export function yearChoices(lastYear: number): number[] {
  const years: number[] = [];
  for (let year = lastYear; year >= Math.min(2021, lastYear); year -= 1) years.push(year);
  return years;
}
