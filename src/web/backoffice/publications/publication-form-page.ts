import { disclosureMethodLabels, disclosureMethods } from '../../../domain/publications/catalogue-entry.ts';
import { statutoryItems } from '../../../domain/publications/statutory-items.ts';
import {
  checkboxGroup,
  csrfField,
  errorSummary,
  inputField,
  selectField,
  submitButton,
  textareaField,
  type FormState,
} from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

/** The catalogue fields of the draft form (Art. 12), by form name. */
export const publicationFieldLabels: Record<string, string> = {
  title: '名称',
  summary: '内容概述',
  body: '正文',
  writtenOn: '成文日期',
  formedOrChangedOn: '形成或变更日期',
  publishingOrganisation: '发布机构',
  documentNumber: '文号',
  topicCategory: '主题分类',
  genre: '体裁分类',
  statutoryItem: '所属事项（第二十条、第二十一条）',
  disclosureMethod: '公开方式',
  isNormativeDocument: '规范性文件',
  effectiveOn: '施行日期',
  validUntil: '有效期至',
  keywords: '关键词',
};

export const publicationFormFields = Object.keys(publicationFieldLabels);

const dateHint = '格式：2025-03-03';

/** New or edit form of a catalogue item; works without JavaScript, one column on a phone. */
export function renderPublicationFormPage(options: {
  session: StaffSession;
  csrfToken: string;
  title: string;
  action: string;
  cancelHref: string;
  state: FormState;
  /** The version of the item being edited (a stale form is refused); absent for a new item. */
  expectedVersion?: number | undefined;
  message?: string | undefined;
}): string {
  const { state } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'publications',
    title: options.title,
    main: html`<h1>${options.title}</h1>
      <p class="lead">谁供稿、谁负责。提交前系统检查身份证号码、手机号码、银行卡号和个人住址等个人信息。</p>
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels: publicationFieldLabels })}
      <form method="post" action="${options.action}" class="form" novalidate>
        ${csrfField(options.csrfToken)}
        ${
          options.expectedVersion === undefined
            ? ''
            : html`<input type="hidden" name="expectedVersion" value="${options.expectedVersion}" />`
        }
        ${inputField({ name: 'title', label: publicationFieldLabels.title ?? '', state, isRequired: true, maxLength: 200 })}
        ${textareaField({ name: 'summary', label: '内容概述', state, isRequired: true, rows: 3, maxLength: 1000 })}
        ${textareaField({ name: 'body', label: '正文', state, rows: 12 })}
        ${inputField({ name: 'formedOrChangedOn', label: '形成或变更日期', state, isRequired: true, hint: `自此日起20个工作日内发布（第二十六条）。${dateHint}` })}
        ${inputField({ name: 'writtenOn', label: '成文日期', state, hint: dateHint })}
        ${inputField({ name: 'publishingOrganisation', label: '发布机构', state, isRequired: true, hint: '机关全称' })}
        ${inputField({ name: 'documentNumber', label: '文号', state, hint: '年份用六角括号，如 示商发〔2025〕12号；没有文号的留空' })}
        ${selectField({
          name: 'statutoryItem',
          label: publicationFieldLabels.statutoryItem ?? '',
          state,
          isRequired: true,
          emptyLabel: '请选择',
          choices: statutoryItems.map((item) => ({ value: item.key, label: item.label })),
        })}
        ${selectField({
          name: 'disclosureMethod',
          label: '公开方式',
          state,
          isRequired: true,
          choices: disclosureMethods.map((method) => ({
            value: method,
            label: disclosureMethodLabels[method],
          })),
        })}
        ${inputField({ name: 'topicCategory', label: '主题分类', state, hint: '如：商贸、海关、旅游' })}
        ${inputField({ name: 'genre', label: '体裁分类', state, hint: '如：通知、公告、意见、办法' })}
        ${inputField({ name: 'keywords', label: '关键词', state, hint: '用空格或逗号分隔，最多10个' })}
        <fieldset class="form-section">
          <legend>有效性（规范性文件）</legend>
          ${checkboxGroup({
            name: 'isNormativeDocument',
            legend: '文件性质',
            choices: [{ value: 'yes', label: '本条为规范性文件' }],
            checked: state.values.isNormativeDocument === 'yes' ? ['yes'] : [],
          })}
          ${inputField({ name: 'effectiveOn', label: '施行日期', state, hint: dateHint })}
          ${inputField({ name: 'validUntil', label: '有效期至', state, hint: `没有有效期的留空。${dateHint}` })}
        </fieldset>
        <div class="form-actions">${submitButton('保存草稿')} <a href="${options.cancelHref}">取消</a></div>
      </form>`,
  });
}
