import { formatChineseDate, type IsoDate } from '../../../domain/calendar/iso-date.ts';
import type { PublicationItemDetails } from '../../../use-cases/publications/get-publication-item.ts';
import { formatDateTime } from '../../shared/format-time.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { renderPublicationActionForms, type FailedAction } from './publication-action-forms.ts';
import { publicationsHref } from './publication-links.ts';
import { timelinessLabel } from './timeliness-label.ts';

function dateText(date: IsoDate | null): SafeHtml | string {
  return date ? formatChineseDate(date) : html`<span class="muted">未填写</span>`;
}

function row(label: string, value: SafeHtml | string): SafeHtml {
  return html`<div class="details-list__row">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

/** The catalogue metadata (Art. 12) as a definition list. */
export function renderCatalogueMetadata(details: PublicationItemDetails): SafeHtml {
  const { item } = details;
  const timeliness = timelinessLabel(item);
  return html`<dl class="details-list" id="metadata">
    ${row('索引号', item.indexNumber ?? html`<span class="muted">发布时生成</span>`)}
    ${row('状态', item.statusLabel)} ${row('发布机构', item.publishingOrganisation)}
    ${row('文号', item.documentNumber || html`<span class="muted">无</span>`)}
    ${row('成文日期', dateText(item.writtenOn))}
    ${row('形成或变更日期', formatChineseDate(item.formedOrChangedOn))}
    ${row(
      '发布时限（第二十六条）',
      html`<span class="${timeliness.isLate ? 'due--overdue' : ''}" id="timeliness"
        >${timeliness.text}</span
      >`,
    )}
    ${row('发布时间', item.publishedAt ? formatDateTime(item.publishedAt) : html`<span class="muted">未发布</span>`)}
    ${row('所属事项', item.statutoryItemLabel)} ${row('公开方式', item.disclosureMethodLabel)}
    ${row('主题分类', item.topicCategory || html`<span class="muted">未填写</span>`)}
    ${row('体裁分类', item.genre || html`<span class="muted">未填写</span>`)}
    ${row(
      '有效性',
      html`${item.validityLabel}${item.isNormativeDocument ? '（规范性文件）' : ''}
      ${item.effectiveOn ? html`；${formatChineseDate(item.effectiveOn)}起施行` : ''}
      ${item.validUntil ? html`；有效期至${formatChineseDate(item.validUntil)}` : ''}
      ${item.validityEndedOn ? html`；${formatChineseDate(item.validityEndedOn)}${item.validityLabel}` : ''}
      ${item.repealingDocument ? html`（依据：${item.repealingDocument}）` : ''}
      ${item.isPastValidUntil ? html`<br /><span class="due--overdue">有效期已届满，请标注失效</span>` : ''}`,
    )}
    ${row('关键词', item.keywords.length > 0 ? item.keywords.join('、') : html`<span class="muted">无</span>`)}
    ${row('供稿人', details.contributorName)}
    ${item.withdrawalReason ? row('撤回理由', item.withdrawalReason) : ''}
    ${item.personalInformationJustification ? row('公开个人信息的依据', item.personalInformationJustification) : ''}
  </dl>`;
}

/** One catalogue item for staff: metadata, text, personal-information findings, sign-offs, actions. */
export function renderPublicationItemPage(options: {
  session: StaffSession;
  csrfToken: string;
  agency: { slug: string };
  details: PublicationItemDetails;
  notice?: Notice | undefined;
  failed?: FailedAction | undefined;
}): string {
  const { details } = options;
  const { item } = details;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'publications',
    title: item.title,
    notice: options.notice,
    main: html`<p><a href="${publicationsHref(options.agency.slug)}">返回主动公开目录</a></p>
      <h1>${item.title}</h1>
      ${renderCatalogueMetadata(details)}
      <section aria-labelledby="findings-title" class="panel">
        <h2 id="findings-title">个人信息检查</h2>
        ${
          details.findings.length === 0
            ? html`<p id="findings-none">未发现身份证号码、手机号码、银行卡号或标注的个人住址。</p>`
            : html`<ul class="finding-list" id="findings">
                ${details.findings.map(
                  (finding) =>
                    html`<li class="finding finding--error">
                      <p>
                        ${finding.fieldLabel}第${finding.line}行第${finding.column}字起：${finding.kindLabel}
                        <code>${finding.maskedText}</code>
                      </p>
                    </li>`,
                )}
              </ul>`
        }
      </section>
      <section aria-labelledby="content-title">
        <h2 id="content-title">内容</h2>
        <h3>内容概述</h3>
        <p>${item.summary}</p>
        <h3>正文</h3>
        <div class="publication-body">${item.body.split('\n').map((line) => html`<p>${line}</p>`)}</div>
      </section>
      <section aria-labelledby="sign-offs-title">
        <h2 id="sign-offs-title">审核记录</h2>
        ${
          details.signOffs.length === 0
            ? html`<p class="muted">尚无审核记录。</p>`
            : html`<ol class="timeline" id="sign-offs">
                ${details.signOffs.map(
                  (signOff) =>
                    html`<li>
                      <strong>${signOff.levelLabel}：${signOff.isReturned ? '退回' : '通过'}</strong>
                      ${signOff.reviewerName}，${formatDateTime(signOff.signedAt)}
                      ${signOff.isConfidentialityCleared ? html`<br />已进行保密审查，不涉及国家秘密` : ''}
                      <br />${signOff.isReturned ? '退回理由' : '意见'}：${signOff.opinion}
                    </li>`,
                )}
              </ol>`
        }
      </section>
      <section aria-labelledby="actions-title" id="actions">
        <h2 id="actions-title">办理</h2>
        ${renderPublicationActionForms({
          slug: options.agency.slug,
          details,
          csrfToken: options.csrfToken,
          failed: options.failed,
        })}
      </section>`,
  });
}
