import { defaultLetterTemplate } from '../../../domain/applications/letters/default-letter-templates.ts';
import type { Letter } from '../../../domain/applications/letters/letter.ts';
import type { LetterTemplateKey } from '../../../domain/applications/letters/letter-kind.ts';
import {
  isPlaceholderAvailable,
  letterPlaceholders,
  requiredPlaceholders,
} from '../../../domain/applications/letters/letter-placeholders.ts';
import { letterKindOfTemplateKey } from '../../../domain/applications/letters/letter-kind.ts';
import { csrfField, errorSummary, inputField, textareaField, type FormState } from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import type { Notice } from '../../shared/layout.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { renderLetterPreview } from './letter-preview.ts';
import { letterTemplatesHref } from './letter-settings-links.ts';

const templateFieldLabels: Record<string, string> = { title: '标题', body: '正文', attachments: '附件' };

export type LetterTemplateEditView = {
  agency: { slug: string; name: string };
  key: LetterTemplateKey;
  label: string;
  isEdited: boolean;
};

/** The placeholders this template may use, with their meaning; the required ones marked. */
function placeholderTable(key: LetterTemplateKey): SafeHtml {
  const kind = letterKindOfTemplateKey(key);
  const required = new Set(requiredPlaceholders(key));
  const available = letterPlaceholders.filter((definition) =>
    isPlaceholderAvailable({ name: definition.name, kind }),
  );
  return html`<section aria-labelledby="placeholders-title">
    <h2 id="placeholders-title">可用占位符</h2>
    <p>
      在标题、正文或附件中写入占位符（含花括号），生成文书时替换为本案的内容。标有“必需”的占位符必须出现在模板中。
    </p>
    <div class="table-wrapper" role="region" aria-labelledby="placeholders-title" tabindex="0">
      <table class="table--stacked" id="placeholders">
        <thead>
          <tr>
            <th scope="col">占位符</th>
            <th scope="col">含义</th>
            <th scope="col">是否必需</th>
          </tr>
        </thead>
        <tbody>
          ${available.map(
            (definition) =>
              html`<tr>
                <th scope="row" data-label="占位符"><code>{${definition.name}}</code></th>
                <td data-label="含义">${definition.description}</td>
                <td data-label="是否必需">${required.has(definition.name) ? '必需' : '可选'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** The default text of an edited template, to compare with (a disclosure widget, no script). */
function defaultTextDetails(key: LetterTemplateKey): SafeHtml {
  const template = defaultLetterTemplate(key);
  return html`<details id="default-text">
    <summary>查看默认文本</summary>
    <p><strong>${template.title}</strong></p>
    ${template.body.split('\n').map((line) => html`<p>${line}</p>`)}
    ${template.attachments.length > 0 ? html`<p>附件：${template.attachments.join('；')}</p>` : ''}
  </details>`;
}

/**
 * One template's edit page: title, body (one paragraph a line), attachments (one a line), the
 * placeholders it may use; 预览 shows the filled letter for a sample case without saving, 保存
 * saves, 恢复默认 drops the edited text.
 */
export function renderLetterTemplateEditPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: LetterTemplateEditView;
  state: FormState;
  preview?: Letter | undefined;
  message?: string | undefined;
  notice?: Notice | undefined;
}): string {
  const { view, state } = options;
  const action = letterTemplatesHref(view.agency.slug, view.key);
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: view.agency.slug === options.session.agency.slug ? 'agency' : 'agencies',
    title: `文书模板：${view.label}`,
    notice: options.notice,
    main: html`<h1>${view.label}</h1>
      <p>
        <a href="${letterTemplatesHref(view.agency.slug)}">文书模板</a> ·
        ${view.isEdited ? html`<span class="badge">已修改</span>` : html`<span class="muted">默认文本</span>`}
      </p>
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels: templateFieldLabels })}
      <form method="post" action="${action}" class="form" novalidate>
        ${csrfField(options.csrfToken)}
        ${inputField({ name: 'title', label: templateFieldLabels.title ?? '标题', state, isRequired: true, maxLength: 100 })}
        ${textareaField({
          name: 'body',
          label: templateFieldLabels.body ?? '正文',
          state,
          rows: 14,
          isRequired: true,
          maxLength: 10_000,
          hint: '每行一个自然段；替换后为空的行不打印。',
        })}
        ${textareaField({
          name: 'attachments',
          label: templateFieldLabels.attachments ?? '附件',
          state,
          rows: 3,
          hint: '每行一项附件，可以为空。',
        })}
        <div class="form-actions">
          <button type="submit" class="button button--secondary" name="intent" value="preview">预览</button>
          <button type="submit" class="button" name="intent" value="save">保存</button>
          <a href="${letterTemplatesHref(view.agency.slug)}">取消</a>
        </div>
      </form>
      ${
        options.preview
          ? html`<section aria-labelledby="preview-heading" id="preview">
              <h2 id="preview-heading">预览（示例案件，尚未保存）</h2>
              ${renderLetterPreview(options.preview)}
            </section>`
          : ''
      }
      ${
        view.isEdited
          ? html`<form
                method="post"
                action="${letterTemplatesHref(view.agency.slug, view.key, 'reset')}"
                class="form form--inline"
              >
                ${csrfField(options.csrfToken)}
                <button type="submit" class="button button--secondary">恢复默认</button>
                <span class="muted">删除本机关修改的文本，此后生成的文书使用默认文本。</span>
              </form>
              ${defaultTextDetails(view.key)}`
          : ''
      }
      ${placeholderTable(view.key)}`,
  });
}
