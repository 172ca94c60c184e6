import {
  maximumAttachmentBytes,
  maximumAttachmentCount,
} from '../../../use-cases/disclosure-requests/attachment-rules.ts';
import {
  applicantFieldset,
  informationFieldset,
  requestFieldLabels,
} from '../../shared/disclosure-request-fields.ts';
import { csrfField, errorSummary, submitButton, type FormState } from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import type { PortalAgencyView } from '../portal-agency.ts';
import { portalSectionHref, renderPortalPage } from '../portal-layout.ts';
import { statusPageHref } from './request-links.ts';

/** The personal-data notice the applicant confirms before submitting (Art. 29; 个人信息保护法 Art. 17). */
export const personalDataNotice =
  '您填写的姓名、身份证件号码和联系方式仅用于办理本申请、与您联系和送达答复，并按照档案管理规定保存；' +
  '除法律、行政法规另有规定外，不会向第三方提供。证件号码在工作人员以外的页面均脱敏显示。';

/**
 * The online application form (Art. 29): works without JavaScript, one column on phones, every
 * field labelled, problems listed at the top and beside each field, everything typed kept.
 */
export function renderApplyPage(options: {
  agency: PortalAgencyView;
  csrfToken: string;
  state: FormState;
  message?: string | undefined;
}): string {
  const { agency, state } = options;
  const consentError = state.fieldErrors.consent;
  const attachmentError = state.fieldErrors.attachments;
  return renderPortalPage({
    agency,
    current: 'apply',
    title: '在线申请政府信息公开',
    main: html`<h1>在线申请政府信息公开</h1>
      <p class="lead">
        向${agency.name}申请公开政府信息。提交后您将获得申请编号和查询码，可随时
        <a href="${statusPageHref(agency.slug)}">查询办理进度</a>。
      </p>
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels: requestFieldLabels })}
      <form
        method="post"
        action="${portalSectionHref(agency.slug, 'apply')}"
        class="form"
        enctype="multipart/form-data"
        novalidate
      >
        ${csrfField(options.csrfToken)}
        <input type="hidden" name="idempotencyKey" value="${state.values.idempotencyKey ?? ''}" />
        ${applicantFieldset(state)} ${informationFieldset(state)}
        <fieldset class="form-section">
          <legend>附件（选填）</legend>
          <div class="${attachmentError ? 'field field--invalid' : 'field'}">
            <label for="field-attachments">身份证明或其他材料</label>
            <p class="field__hint" id="field-attachments-hint">
              最多${maximumAttachmentCount}个文件，每个不超过${maximumAttachmentBytes / 1024 / 1024}MB，限
              PDF、JPG、PNG、DOCX 格式。出错后重新提交时，请重新选择附件。
            </p>
            ${
              attachmentError
                ? html`<p class="field__error" id="field-attachments-error">${attachmentError}</p>`
                : ''
            }
            <input
              id="field-attachments"
              name="attachments"
              type="file"
              multiple
              accept=".pdf,.jpg,.jpeg,.png,.docx"
              aria-describedby="field-attachments-hint${attachmentError ? ' field-attachments-error' : ''}"
            />
          </div>
        </fieldset>
        <fieldset class="form-section" id="field-consent">
          <legend>个人信息告知</legend>
          <p>${personalDataNotice}</p>
          <div class="${consentError ? 'field field--invalid' : 'field'}">
            ${consentError ? html`<p class="field__error" id="field-consent-error">${consentError}</p>` : ''}
            <div class="checkbox">
              <input
                type="checkbox"
                id="field-consent-box"
                name="consent"
                value="yes"
                ${state.values.consent === 'yes' ? html`checked` : ''}
              />
              <label for="field-consent-box">我已阅读上述说明，并保证所填信息真实</label>
            </div>
          </div>
        </fieldset>
        <div class="form-actions">${submitButton('提交申请')}</div>
      </form>`,
  });
}
