import {
  csrfField,
  errorSummary,
  inputField,
  submitButton,
  textareaField,
  type FormState,
} from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { agencyAdminHref, renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { letterSettingsHref, letterTemplatesHref } from './letter-settings-links.ts';

export const letterSettingsFields = [
  'documentNumberPattern',
  'isReceiptNumbered',
  'reconsiderationBody',
  'court',
  'feePaymentInstructions',
] as const;

export const letterSettingsLabels: Record<(typeof letterSettingsFields)[number], string> = {
  documentNumberPattern: '文号格式',
  isReceiptNumbered: '登记回执编文号',
  reconsiderationBody: '行政复议机关',
  court: '人民法院',
  feePaymentInstructions: '缴费方式',
};

export type LetterSettingsPageView = {
  agency: { slug: string; name: string };
  /** The 文号 the saved settings give to the first letter of this year. */
  exampleDocumentNumber: string;
  isDefault: boolean;
};

/** 文书设置: the 文号 pattern (explained, with an example), receipt numbering, remedy bodies, fee payment. */
export function renderLetterSettingsPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: LetterSettingsPageView;
  state: FormState;
  message?: string | undefined;
  notice?: Notice | undefined;
}): string {
  const { view, state } = options;
  const receiptError = state.fieldErrors.isReceiptNumbered;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: view.agency.slug === options.session.agency.slug ? 'agency' : 'agencies',
    title: `文书设置：${view.agency.name}`,
    notice: options.notice,
    main: html`<h1>文书设置</h1>
      <p>
        <a href="${agencyAdminHref(view.agency.slug)}">${view.agency.name}</a> ·
        <a href="${letterTemplatesHref(view.agency.slug)}">文书模板</a>
      </p>
      <p class="lead">
        依申请公开的文书（登记回执、补正告知书、答复告知书等）按以下设置生成。修改只影响此后生成的文书，已经生成的文书保持原样。
      </p>
      ${view.isDefault ? html`<p class="muted">本机关尚未保存文书设置，下面是系统默认值。</p>` : ''}
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels: letterSettingsLabels })}
      <form method="post" action="${letterSettingsHref(view.agency.slug)}" class="form" novalidate>
        ${csrfField(options.csrfToken)}
        <fieldset class="form-section">
          <legend>发文字号（文号）</legend>
          ${inputField({
            name: 'documentNumberPattern',
            label: letterSettingsLabels.documentNumberPattern,
            state,
            isRequired: true,
            maxLength: 60,
            hint: '用 {年} 表示发文年份，用 {序号} 表示本机关当年文书的顺序号（从1起，依次递增），年份用六角括号〔〕括入（GB/T 9704-2012），例如：示商务依申〔{年}〕{序号}号。',
          })}
          <p id="example-document-number">
            按已保存的设置，今年第一份文书的文号为：<strong>${view.exampleDocumentNumber}</strong>
          </p>
          <div class="${receiptError ? 'field field--invalid' : 'field'}">
            ${receiptError ? html`<p class="field__error" id="field-isReceiptNumbered-error">${receiptError}</p>` : ''}
            <div class="checkbox">
              <input
                type="checkbox"
                id="field-isReceiptNumbered"
                name="isReceiptNumbered"
                value="on"
                ${state.values.isReceiptNumbered === 'on' ? html`checked` : ''}
              />
              <label for="field-isReceiptNumbered"
                >登记回执也编发文号（不勾选时登记回执不编文号，也不占用序号）</label
              >
            </div>
          </div>
        </fieldset>
        <fieldset class="form-section">
          <legend>救济途径（答复告知书）</legend>
          ${inputField({
            name: 'reconsiderationBody',
            label: letterSettingsLabels.reconsiderationBody,
            state,
            maxLength: 100,
            hint: '例如：示范市人民政府。不填写时写作“依法申请行政复议”。',
          })}
          ${inputField({
            name: 'court',
            label: letterSettingsLabels.court,
            state,
            maxLength: 100,
            hint: '有管辖权的人民法院，例如：示范市示范区人民法院。不填写时写作“依法向人民法院提起行政诉讼”。',
          })}
        </fieldset>
        <fieldset class="form-section">
          <legend>信息处理费（收费通知书）</legend>
          ${textareaField({
            name: 'feePaymentInstructions',
            label: letterSettingsLabels.feePaymentInstructions,
            state,
            rows: 3,
            isRequired: true,
            maxLength: 500,
            hint: '缴费窗口、账户或缴费平台，写入收费通知书的“缴费方式”。',
          })}
        </fieldset>
        <div class="form-actions">
          ${submitButton('保存')}
          <a href="${agencyAdminHref(view.agency.slug)}">取消</a>
        </div>
      </form>`,
  });
}
