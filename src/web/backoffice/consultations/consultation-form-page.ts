import { usualPeriodDays } from '../../../domain/consultations/consultation-period.ts';
import {
  csrfField,
  errorSummary,
  inputField,
  submitButton,
  textareaField,
  type FormState,
} from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

export const consultationFormFields = [
  'title',
  'explanation',
  'draftText',
  'opensOn',
  'closesOn',
  'shortPeriodReason',
  'publicationItemId',
] as const;

const labels: Record<string, string> = {
  title: '标题',
  explanation: '起草说明',
  draftText: '征求意见稿正文',
  opensOn: '开始日期',
  closesOn: '截止日期',
  shortPeriodReason: '期限少于30日的理由',
  publicationItemId: '相关公开目录条目',
};

/** The form to draft or edit a consultation; the closing date may stay empty (30 days). */
export function renderConsultationFormPage(options: {
  session: StaffSession;
  csrfToken: string;
  title: string;
  action: string;
  cancelHref: string;
  state: FormState;
  expectedVersion?: number;
  message?: string | undefined;
}): string {
  const { state } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'consultations',
    title: options.title,
    main: html`<h1>${options.title}</h1>
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels })}
      <form method="post" action="${options.action}" class="form" novalidate>
        ${csrfField(options.csrfToken)}
        ${options.expectedVersion === undefined ? '' : html`<input type="hidden" name="expectedVersion" value="${options.expectedVersion}" />`}
        ${inputField({ name: 'title', label: labels.title ?? '', state, isRequired: true, maxLength: 200 })}
        ${textareaField({ name: 'explanation', label: '起草说明（选填）', state, rows: 5 })}
        ${textareaField({ name: 'draftText', label: labels.draftText ?? '', state, rows: 16, isRequired: true })}
        ${inputField({ name: 'opensOn', label: labels.opensOn ?? '', state, isRequired: true, hint: '格式：2025-03-01' })}
        ${inputField({
          name: 'closesOn',
          label: '截止日期（选填）',
          state,
          hint: `不填则为${usualPeriodDays}日（含开始日和截止日）。征求意见期限一般不少于${usualPeriodDays}日`,
        })}
        ${textareaField({
          name: 'shortPeriodReason',
          label: '期限少于30日的理由',
          state,
          rows: 3,
          hint: '期限少于30日时必填，将在门户网站上公开',
        })}
        ${inputField({
          name: 'publicationItemId',
          label: '相关公开目录条目编号（选填）',
          state,
          hint: '该草案涉及的政府信息公开目录条目（如规范性文件），填写条目页面地址末尾的编号',
        })}
        ${submitButton('保存')}
        <a href="${options.cancelHref}">取消</a>
      </form>`,
  });
}
