import { describeReceiptRule } from '../../../domain/applications/deadlines/receipt-channel.ts';
import {
  applicantFieldset,
  informationFieldset,
  requestFieldLabels,
} from '../../shared/disclosure-request-fields.ts';
import {
  csrfField,
  errorSummary,
  inputField,
  selectField,
  submitButton,
  type FormState,
} from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

/** The intake channels of the form: the Art. 31 channels, and an oral request written down in person. */
export const intakeChannelChoices = [
  { value: 'registeredMail', label: '挂号信、EMS 等需签收的邮件' },
  { value: 'ordinaryLetter', label: '平信' },
  { value: 'inPerson', label: '当面提交书面申请' },
  { value: 'oral', label: '口头申请（当面，由工作人员代为填写）' },
  { value: 'fax', label: '传真' },
  { value: 'email', label: '电子邮件' },
] as const;

/** Staff intake of a request received by letter, in person, orally, by fax or e-mail. */
export function renderIntakePage(options: {
  session: StaffSession;
  csrfToken: string;
  state: FormState;
  message?: string | undefined;
}): string {
  const { state } = options;
  const attachmentError = state.fieldErrors.attachments;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'requests',
    title: '登记新申请',
    main: html`<p><a href="/admin/requests">← 返回办理列表</a></p>
      <h1>登记新申请</h1>
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels: requestFieldLabels })}
      <form method="post" action="/admin/requests" class="form" enctype="multipart/form-data" novalidate>
        ${csrfField(options.csrfToken)}
        <input type="hidden" name="idempotencyKey" value="${state.values.idempotencyKey ?? ''}" />
        <fieldset class="form-section">
          <legend>收到申请</legend>
          ${selectField({ name: 'channel', label: requestFieldLabels.channel ?? '', state, choices: [...intakeChannelChoices], isRequired: true, emptyLabel: '请选择' })}
          ${inputField({ name: 'receivedOn', label: requestFieldLabels.receivedOn ?? '', state, isRequired: true, hint: '按《条例》第三十一条确定，格式 YYYY-MM-DD。' })}
          <ul class="field__hint">
            ${(['inPerson', 'registeredMail', 'ordinaryLetter', 'fax', 'email'] as const).map(
              (channel) => html`<li>${describeReceiptRule(channel)}</li>`,
            )}
          </ul>
        </fieldset>
        ${applicantFieldset(state)} ${informationFieldset(state)}
        <fieldset class="form-section">
          <legend>纸质申请扫描件（选填）</legend>
          <div class="${attachmentError ? 'field field--invalid' : 'field'}">
            <label for="field-attachments">扫描件</label>
            ${attachmentError ? html`<p class="field__error" id="field-attachments-error">${attachmentError}</p>` : ''}
            <input
              id="field-attachments"
              name="attachments"
              type="file"
              multiple
              accept=".pdf,.jpg,.jpeg,.png,.docx"
            />
          </div>
        </fieldset>
        <div class="form-actions">${submitButton('登记')}</div>
      </form>`,
  });
}
