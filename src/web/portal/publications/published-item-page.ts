import { formatChineseDate, type IsoDate } from '../../../domain/calendar/iso-date.ts';
import type { PublicationItemView } from '../../../use-cases/publications/publication-view.ts';
import { formatDateTime } from '../../shared/format-time.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import type { PortalAgencyView } from '../portal-agency.ts';
import { renderPortalPage } from '../portal-layout.ts';
import { portalPublicationsHref } from './publication-portal-links.ts';

function dateCell(date: IsoDate | null): string {
  return date ? formatChineseDate(date) : '';
}

function metadataRow(label: string, value: SafeHtml | string): SafeHtml {
  return html`<tr>
    <th scope="row">${label}</th>
    <td>${value}</td>
  </tr>`;
}

function validityText(item: PublicationItemView): string {
  const parts: string[] = [item.validityLabel];
  if (item.effectiveOn) parts.push(`${formatChineseDate(item.effectiveOn)}起施行`);
  if (item.validUntil) parts.push(`有效期至${formatChineseDate(item.validUntil)}`);
  if (item.validityEndedOn) parts.push(`${formatChineseDate(item.validityEndedOn)}${item.validityLabel}`);
  if (item.repealingDocument) parts.push(`依据：${item.repealingDocument}`);
  return parts.join('；');
}

/** One published item: the catalogue metadata table (Art. 12), then the text when proactively disclosed. */
export function renderPublishedItemPage(options: {
  agency: PortalAgencyView;
  item: PublicationItemView;
}): string {
  const { agency, item } = options;
  const isWithdrawn = item.status === 'withdrawn';
  return renderPortalPage({
    agency,
    current: 'catalogue',
    title: item.title,
    main: html`<p><a href="${portalPublicationsHref(agency.slug)}">返回政府信息公开目录</a></p>
      <h1>${item.title}</h1>
      ${
        isWithdrawn
          ? html`<div class="notice notice--info" role="status" id="withdrawn">
              本信息已于${item.withdrawnAt ? formatDateTime(item.withdrawnAt) : ''}撤回。理由：${item.withdrawalReason ?? ''}
            </div>`
          : ''
      }
      <div class="table-wrapper" role="region" aria-labelledby="metadata-caption" tabindex="0">
        <table id="metadata">
          <caption id="metadata-caption">
            目录信息
          </caption>
          <tbody>
            ${metadataRow('索引号', item.indexNumber ?? '')} ${metadataRow('名称', item.title)}
            ${metadataRow('内容概述', item.summary)} ${metadataRow('发布机构', item.publishingOrganisation)}
            ${metadataRow('文号', item.documentNumber)} ${metadataRow('成文日期', dateCell(item.writtenOn))}
            ${metadataRow('发布日期', dateCell(item.publishedOn))}
            ${metadataRow('主题分类', item.topicCategory)} ${metadataRow('体裁分类', item.genre)}
            ${metadataRow('公开方式', item.disclosureMethodLabel)}
            ${metadataRow('所属事项', item.statutoryItemLabel)} ${metadataRow('有效性', validityText(item))}
            ${metadataRow('关键词', item.keywords.join('、'))}
          </tbody>
        </table>
      </div>
      ${
        !isWithdrawn && item.disclosureMethod === 'proactive'
          ? html`<section aria-labelledby="body-title">
              <h2 id="body-title">正文</h2>
              ${item.body.split('\n').map((line) => html`<p>${line}</p>`)}
            </section>`
          : ''
      }
      ${
        !isWithdrawn && item.disclosureMethod === 'onRequest'
          ? html`<p>本信息依申请公开，可通过“依申请公开”栏目提出申请。</p>`
          : ''
      }`,
  });
}
