import { formatChineseDate, type IsoDate } from '../../../domain/calendar/iso-date.ts';
import { html } from '../../shared/html.ts';
import { renderOfficeContacts } from '../office-contacts.ts';
import type { PortalAgencyView } from '../portal-agency.ts';
import { renderPortalPage } from '../portal-layout.ts';
import { statusPageHref } from './request-links.ts';

export type ReceiptView = {
  caseNumber: string;
  /** Shown on this page only: the database keeps a hash of it. */
  queryCode: string;
  receivedOn: IsoDate;
  /** The deadline engine's reply due date as of the receipt; null when the calendar lacks the year. */
  replyDueDate: IsoDate | null;
  /** The same form had been submitted before: this is the first submission's receipt. */
  isDuplicate: boolean;
};

/** The receipt of an online application: case number and query code (shown once), printable. */
export function renderReceiptPage(options: { agency: PortalAgencyView; view: ReceiptView }): string {
  const { agency, view } = options;
  return renderPortalPage({
    agency,
    current: 'apply',
    title: '申请已提交',
    main: html`<div class="receipt">
      <h1>申请已提交</h1>
      ${
        view.isDuplicate
          ? html`<div class="notice notice--info" role="status">
              这张表单此前已经提交过，没有重复登记。以下是您那次申请的回执。
            </div>`
          : html`<div class="notice notice--success" role="status">
              ${agency.name}已收到您的政府信息公开申请。
            </div>`
      }
      <dl class="details-list receipt__codes">
        <div class="details-list__row">
          <dt>申请编号</dt>
          <dd><strong class="receipt__code" id="case-number">${view.caseNumber}</strong></dd>
        </div>
        <div class="details-list__row">
          <dt>查询码</dt>
          <dd><strong class="receipt__code" id="query-code">${view.queryCode}</strong></dd>
        </div>
        <div class="details-list__row">
          <dt>提交日期</dt>
          <dd>${formatChineseDate(view.receivedOn)}</dd>
        </div>
      </dl>
      <div class="notice notice--error receipt__warning" role="note">
        请立即记下或打印本页：查询码只显示这一次，我们不保存查询码原文，遗失后无法找回。凭申请编号和查询码可在本网站查询办理进度。
      </div>
      <p class="no-print">
        可使用浏览器的“打印”功能打印本页或保存为 PDF（打印时不含导航栏）。
        <a href="${statusPageHref(agency.slug)}">查询办理进度</a>
      </p>
      <h2>接下来会怎样</h2>
      <ol class="steps">
        <li>
          政府信息公开工作机构确认收到申请。通过互联网提交的申请，以双方确认之日为收到申请之日（《条例》第三十一条第三项）。
        </li>
        <li>
          申请内容不明确的，我们将在收到申请之日起7个工作日内一次性告知您需要补正的事项和期限（《条例》第三十条）；补正后重新计算答复期限。
        </li>
        <li>
          能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复；需要延长的，经负责人同意并告知您，延长期限最长不超过20个工作日（《条例》第三十三条）。征求第三方或其他机关意见所需时间不计算在内。
        </li>
        ${
          view.replyDueDate
            ? html`<li>
                按今天为收到申请之日计算，答复期限为
                <strong id="reply-due-date">${formatChineseDate(view.replyDueDate)}</strong>
                （节假日不计算在内；以政府信息公开工作机构确认之日为准）。
              </li>`
            : ''
        }
      </ol>
      <h2>联系我们</h2>
      ${renderOfficeContacts(agency)}
    </div>`,
  });
}
