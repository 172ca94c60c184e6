import { html, safeLinkTarget, type SafeHtml } from '../shared/html.ts';
import type { PortalAgencyView } from './portal-agency.ts';

const notPublished = '暂未公布';

function linkOrText(options: { text: string; href: string | undefined }): SafeHtml {
  if (!options.text) return html`<span class="muted">${notPublished}</span>`;
  return options.href ? html`<a href="${options.href}">${options.text}</a>` : html`${options.text}`;
}

/** The disclosure office's contact details (Art. 12) as a definition list; blanks say 暂未公布. */
export function renderOfficeContacts(agency: PortalAgencyView): SafeHtml {
  const { office } = agency;
  const rows: Array<[string, SafeHtml]> = [
    ['机构名称', linkOrText({ text: office.name || agency.name, href: undefined })],
    ['办公地址', linkOrText({ text: office.address, href: undefined })],
    ['办公时间', linkOrText({ text: office.hours, href: undefined })],
    [
      '联系电话',
      linkOrText({
        text: office.telephone,
        href: office.telephone ? `tel:${office.telephone.replace(/[^\d+-]/g, '')}` : undefined,
      }),
    ],
    ['传真', linkOrText({ text: office.fax, href: undefined })],
    [
      '电子邮箱',
      linkOrText({ text: office.email, href: office.email ? `mailto:${office.email}` : undefined }),
    ],
    ['邮政编码', linkOrText({ text: office.postcode, href: undefined })],
    ['网站', linkOrText({ text: office.website, href: safeLinkTarget(office.website) })],
  ];
  return html`<dl class="details-list">
    ${rows.map(
      ([term, value]) =>
        html`<div class="details-list__row">
          <dt>${term}</dt>
          <dd>${value}</dd>
        </div>`,
    )}
  </dl>`;
}
