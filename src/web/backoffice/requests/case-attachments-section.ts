import {
  addedAttachmentKinds,
  attachmentKindLabels,
} from '../../../use-cases/disclosure-requests/attachment-kinds.ts';
import { csrfField, selectField, textareaField, type FormState } from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import { caseHref } from './request-links.ts';

/** One file of the case as the page lists it. */
export type CaseAttachmentView = {
  href: string;
  fileName: string;
  sizeLabel: string;
  kindLabel: string;
  description: string | null;
  /** 王五 于 2025/03/03 10:00:00 添加 */
  addedLabel: string;
};

/** A refused upload: the kind and description as typed, the message per field (the file must be chosen again). */
export type AttachmentFailure = { state: FormState; message: string };

const kindChoices = addedAttachmentKinds.map((kind) => ({ value: kind, label: attachmentKindLabels[kind] }));

function addForm(options: {
  caseNumber: string;
  csrfToken: string;
  failure?: AttachmentFailure | undefined;
}): SafeHtml {
  const state = options.failure?.state ?? { values: {}, fieldErrors: {} };
  const fileError = state.fieldErrors.file;
  return html`<details class="command-form" id="add-attachment" ${options.failure ? html`open` : ''}>
    <summary>添加材料</summary>
    ${
      options.failure
        ? html`<div class="error-summary" role="alert">
            <p id="add-attachment-error">${options.failure.message}</p>
          </div>`
        : ''
    }
    <form
      method="post"
      action="${caseHref(options.caseNumber, '/attachments')}"
      class="form"
      enctype="multipart/form-data"
      novalidate
    >
      ${csrfField(options.csrfToken)}
      ${selectField({ name: 'kind', label: '材料类型', state, choices: kindChoices, isRequired: true, emptyLabel: '请选择' })}
      ${textareaField({ name: 'description', label: '说明', state, rows: 2, isRequired: true, maxLength: 500, hint: '写明是什么材料、何时收到，例如：申请人3月5日补正的申请表。说明记入办理记录，请勿填写身份证号等个人信息。' })}
      <div class="${fileError ? 'field field--invalid' : 'field'}">
        <label for="field-file">文件<span class="field__required">（必填）</span></label>
        <p class="field__hint" id="field-file-hint">PDF、JPG、PNG 或 DOCX，不超过5MB，每次一个文件。</p>
        ${fileError ? html`<p class="field__error" id="field-file-error">${fileError}</p>` : ''}
        <input
          id="field-file"
          name="file"
          type="file"
          required
          accept=".pdf,.jpg,.jpeg,.png,.docx"
          aria-describedby="field-file-hint${fileError ? ' field-file-error' : ''}"
          ${fileError ? html`aria-invalid="true"` : ''}
        />
      </div>
      <div class="form-actions"><button type="submit" class="button">上传</button></div>
    </form>
  </details>`;
}

/** The case's files (intake and added later) with who added them, and the upload form for case handlers. */
export function renderCaseAttachments(options: {
  caseNumber: string;
  attachments: CaseAttachmentView[];
  canAdd: boolean;
  csrfToken: string;
  failure?: AttachmentFailure | undefined;
}): SafeHtml {
  return html`<section aria-labelledby="attachments-title" id="attachments">
    <h2 id="attachments-title">附件和材料</h2>
    ${
      options.attachments.length === 0
        ? html`<p>本案还没有附件。</p>`
        : html`<ul class="link-list" id="attachment-list">
            ${options.attachments.map(
              (attachment) =>
                html`<li>
                  <a href="${attachment.href}" download>${attachment.fileName}</a>（${attachment.sizeLabel}）
                  <span class="muted">${attachment.kindLabel}</span>
                  ${attachment.description ? html`<br />${attachment.description}` : ''}
                  <br /><span class="muted">${attachment.addedLabel}</span>
                </li>`,
            )}
          </ul>`
    }
    ${options.canAdd ? addForm(options) : ''}
  </section>`;
}
