import { formatChineseDate, type IsoDate } from '../../../domain/calendar/iso-date.ts';
import { csrfField, errorSummary, inputField, submitButton, type FormState } from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import type { PortalAgencyView } from '../portal-agency.ts';
import { portalSectionHref, renderPortalPage } from '../portal-layout.ts';
import type { ApplicantLetterSummary } from '../../../use-cases/disclosure-requests/applicant-letters.ts';
import { renderLetterDownloads } from './letter-downloads.ts';
import { statusPageHref } from './request-links.ts';

export type RequestStatusView = {
  caseNumber: string;
  receivedOn: IsoDate;
  statusLabel: string;
  replyDueDate: IsoDate | null;
  applicantObligations: Array<{ description: string; dueDate: IsoDate; legalBasis: string }>;
  concludedOn: IsoDate | null;
  lettersSent: Array<{ date: IsoDate; title: string }>;
  /** The documents issued on the case, to download with the query code again. */
  issuedLetters?: ApplicantLetterSummary[] | undefined;
};

const labels = { caseNumber: '申请编号', queryCode: '查询码' };

function lookupForm(options: { agency: PortalAgencyView; csrfToken: string; state: FormState }): SafeHtml {
  const { state } = options;
  return html`<form method="post" action="${statusPageHref(options.agency.slug)}" class="form" novalidate>
    ${csrfField(options.csrfToken)}
    ${inputField({ name: 'caseNumber', label: labels.caseNumber, state, isRequired: true, maxLength: 80, autocomplete: 'off', hint: '提交申请后回执上的编号，例如 shangwu-2025-00001。' })}
    ${inputField({ name: 'queryCode', label: labels.queryCode, state, isRequired: true, maxLength: 40, autocomplete: 'off', hint: '回执上的10位查询码，例如 ABCDE-23456（不区分大小写）。' })}
    <div class="form-actions">${submitButton('查询')}</div>
  </form>`;
}

function statusDetails(view: RequestStatusView, options: { csrfToken: string; slug: string }): SafeHtml {
  return html`<section class="panel panel--spaced" aria-labelledby="status-title">
    <h2 id="status-title">申请 ${view.caseNumber}</h2>
    <dl class="details-list">
      <div class="details-list__row">
        <dt>办理状态</dt>
        <dd id="status-label">${view.statusLabel}</dd>
      </div>
      <div class="details-list__row">
        <dt>收到申请之日</dt>
        <dd>${formatChineseDate(view.receivedOn)}</dd>
      </div>
      ${
        view.replyDueDate
          ? html`<div class="details-list__row">
              <dt>答复期限</dt>
              <dd id="reply-due-date">${formatChineseDate(view.replyDueDate)}</dd>
            </div>`
          : ''
      }
      ${
        view.concludedOn
          ? html`<div class="details-list__row">
              <dt>办结日期</dt>
              <dd id="concluded-on">${formatChineseDate(view.concludedOn)}</dd>
            </div>`
          : ''
      }
    </dl>
    <p class="field__hint">
      答复期限按《条例》第三十三条计算：自收到申请之日起20个工作日，节假日和周末不计算在内；补正后的申请自收到之日起重新计算（第三十条），征求第三方或其他机关意见、等待缴费的时间不计算在内（第三十二条、第三十四条），经负责人同意可延长不超过20个工作日。
    </p>
    ${
      view.applicantObligations.length > 0
        ? html`<h3>需要您办理的事项</h3>
            <ul class="obligations">
              ${view.applicantObligations.map(
                (obligation) =>
                  html`<li>
                    ${obligation.description}：请于
                    <strong>${formatChineseDate(obligation.dueDate)}</strong
                    >前办理（${obligation.legalBasis}）
                  </li>`,
              )}
            </ul>`
        : ''
    }
    <h3>已向您发出的文书</h3>
    ${
      view.lettersSent.length === 0
        ? html`<p>暂无。</p>`
        : html`<ul class="letters-sent">
            ${view.lettersSent.map(
              (letter) =>
                html`<li><span class="nowrap">${formatChineseDate(letter.date)}</span> ${letter.title}</li>`,
            )}
          </ul>`
    }
    ${renderLetterDownloads({ ...options, caseNumber: view.caseNumber, letters: view.issuedLetters ?? [] })}
  </section>`;
}

/** The applicant's status page: the lookup form, and the status when the number and code match. */
export function renderStatusPage(options: {
  agency: PortalAgencyView;
  csrfToken: string;
  state: FormState;
  view?: RequestStatusView | undefined;
  message?: string | undefined;
}): string {
  const { agency } = options;
  return renderPortalPage({
    agency,
    current: 'apply',
    title: '查询申请办理进度',
    main: html`<h1>查询申请办理进度</h1>
      ${options.view ? statusDetails(options.view, { csrfToken: options.csrfToken, slug: agency.slug }) : ''}
      ${
        options.message
          ? html`<div class="notice notice--error" role="alert" id="lookup-message">${options.message}</div>`
          : ''
      }
      ${errorSummary({ fieldErrors: options.state.fieldErrors, labels })}
      ${options.view ? html`<h2>查询其他申请</h2>` : html`<p>请输入申请回执上的申请编号和查询码。</p>`}
      ${lookupForm({ agency, csrfToken: options.csrfToken, state: options.view ? { values: {}, fieldErrors: {} } : options.state })}
      <p><a href="${portalSectionHref(agency.slug, 'apply')}">在线提交新的申请</a></p>`,
  });
}
