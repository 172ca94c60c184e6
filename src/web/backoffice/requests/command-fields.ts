import type { ChoiceOption } from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';

/**
 * Fields of the command forms on the case page. Several forms share field names (`date`,
 * `reason`), so every id carries the form's prefix; otherwise they follow `shared/forms.ts`.
 */
export type CommandFieldContext = { prefix: string; values: Record<string, string> };

function idOf(context: CommandFieldContext, name: string): string {
  return `${context.prefix}-${name}`;
}

function labelOf(options: { id: string; label: string; isRequired?: boolean | undefined }): SafeHtml {
  return html`<label for="${options.id}"
    >${options.label}${options.isRequired ? html`<span class="field__required">（必填）</span>` : ''}</label
  >`;
}

function hintOf(id: string, hint: string | undefined): SafeHtml {
  return hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : html``;
}

export function commandInput(
  context: CommandFieldContext,
  options: {
    name: string;
    label: string;
    type?: 'text' | 'date' | 'number';
    isRequired?: boolean;
    hint?: string;
    min?: number;
    max?: number;
  },
): SafeHtml {
  const id = idOf(context, options.name);
  return html`<div class="field">
    ${labelOf({ id, label: options.label, isRequired: options.isRequired })} ${hintOf(id, options.hint)}
    <input
      id="${id}"
      name="${options.name}"
      type="${options.type ?? 'text'}"
      value="${context.values[options.name] ?? ''}"
      ${options.isRequired ? html`required` : ''}
      ${options.min !== undefined ? html`min="${options.min}"` : ''}
      ${options.max !== undefined ? html`max="${options.max}"` : ''}
      ${options.hint ? html`aria-describedby="${id}-hint"` : ''}
    />
  </div>`;
}

export function commandTextarea(
  context: CommandFieldContext,
  options: { name: string; label: string; isRequired?: boolean; hint?: string; rows?: number },
): SafeHtml {
  const id = idOf(context, options.name);
  return html`<div class="field">
    ${labelOf({ id, label: options.label, isRequired: options.isRequired })} ${hintOf(id, options.hint)}
    <textarea
      id="${id}"
      name="${options.name}"
      rows="${options.rows ?? 3}"
      ${options.isRequired ? html`required` : ''}
      ${options.hint ? html`aria-describedby="${id}-hint"` : ''}
    >
${context.values[options.name] ?? ''}</textarea>
  </div>`;
}

export function commandSelect(
  context: CommandFieldContext,
  options: {
    name: string;
    label: string;
    choices: ChoiceOption[];
    isRequired?: boolean;
    hint?: string;
    emptyLabel?: string;
  },
): SafeHtml {
  const id = idOf(context, options.name);
  const current = context.values[options.name] ?? '';
  return html`<div class="field">
    ${labelOf({ id, label: options.label, isRequired: options.isRequired })} ${hintOf(id, options.hint)}
    <select
      id="${id}"
      name="${options.name}"
      ${options.isRequired ? html`required` : ''}
      ${options.hint ? html`aria-describedby="${id}-hint"` : ''}
    >
      ${options.emptyLabel !== undefined ? html`<option value="">${options.emptyLabel}</option>` : ''}
      ${options.choices.map(
        (choice) =>
          html`<option value="${choice.value}" ${choice.value === current ? html`selected` : ''}>
            ${choice.label}
          </option>`,
      )}
    </select>
  </div>`;
}
