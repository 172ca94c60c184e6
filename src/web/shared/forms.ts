import { html, type SafeHtml } from './html.ts';

/** What a form re-renders with: the values entered (never passwords) and a Chinese message per field. */
export type FormState = {
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
};

export const emptyFormState: FormState = { values: {}, fieldErrors: {} };

export function csrfField(csrfToken: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${csrfToken}" />`;
}

type FieldOptions = {
  name: string;
  label: string;
  state: FormState;
  type?: 'text' | 'email' | 'tel' | 'url' | 'password';
  hint?: string;
  isRequired?: boolean;
  autocomplete?: string;
  inputMode?: 'numeric' | 'tel' | 'email' | 'url';
  maxLength?: number;
};

function describedBy(ids: Array<string | false>): SafeHtml | string {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? html` aria-describedby="${present.join(' ')}"` : '';
}

function fieldId(name: string): string {
  return `field-${name}`;
}

function fieldMessages(options: {
  name: string;
  hint?: string | undefined;
  error?: string | undefined;
}): SafeHtml {
  const id = fieldId(options.name);
  return html`${options.hint ? html`<p class="field__hint" id="${id}-hint">${options.hint}</p>` : ''}${
    options.error ? html`<p class="field__error" id="${id}-error">${options.error}</p>` : ''
  }`;
}

/** A labelled input with its hint and error message, wired with aria-describedby and aria-invalid. */
export function inputField(options: FieldOptions): SafeHtml {
  const id = fieldId(options.name);
  const error = options.state.fieldErrors[options.name];
  const isPassword = options.type === 'password';
  const value = isPassword ? '' : (options.state.values[options.name] ?? '');
  return html`<div class="field${error ? ' field--invalid' : ''}">
    <label for="${id}"
      >${options.label}${options.isRequired ? html`<span class="field__required">（必填）</span>` : ''}</label
    >
    ${fieldMessages({ name: options.name, hint: options.hint, error })}
    <input
      id="${id}"
      name="${options.name}"
      type="${options.type ?? 'text'}"
      value="${value}"
      ${
        options.isRequired ? html` required` : ''
      }${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${
        options.inputMode ? html` inputmode="${options.inputMode}"` : ''
      }${options.maxLength ? html` maxlength="${options.maxLength}"` : ''}${error ? html` aria-invalid="true"` : ''}${describedBy(
        [Boolean(options.hint) && `${id}-hint`, Boolean(error) && `${id}-error`],
      )}
    />
  </div>`;
}

export type ChoiceOption = { value: string; label: string };

export function selectField(options: {
  name: string;
  label: string;
  state: FormState;
  choices: ChoiceOption[];
  hint?: string;
  isRequired?: boolean;
  emptyLabel?: string;
}): SafeHtml {
  const id = fieldId(options.name);
  const error = options.state.fieldErrors[options.name];
  const current = options.state.values[options.name] ?? '';
  return html`<div class="field${error ? ' field--invalid' : ''}">
    <label for="${id}"
      >${options.label}${options.isRequired ? html`<span class="field__required">（必填）</span>` : ''}</label
    >
    ${fieldMessages({ name: options.name, hint: options.hint, error })}
    <select
      id="${id}"
      name="${options.name}"
      ${options.isRequired ? html` required` : ''}${
        error ? html` aria-invalid="true"` : ''
      }${describedBy([Boolean(options.hint) && `${id}-hint`, Boolean(error) && `${id}-error`])}
    >
      ${options.emptyLabel !== undefined ? html`<option value="">${options.emptyLabel}</option>` : ''}
      ${options.choices.map(
        (choice) =>
          html`<option value="${choice.value}" ${choice.value === current ? html` selected` : ''}>
            ${choice.label}
          </option>`,
      )}
    </select>
  </div>`;
}

/** A group of checkboxes in a fieldset; `checked` holds the values ticked. */
export function checkboxGroup(options: {
  name: string;
  legend: string;
  choices: ChoiceOption[];
  checked: readonly string[];
  error?: string | undefined;
  hint?: string;
}): SafeHtml {
  const id = fieldId(options.name);
  return html`<fieldset
    id="${id}"
    class="field${options.error ? ' field--invalid' : ''}"
    ${describedBy([Boolean(options.hint) && `${id}-hint`, Boolean(options.error) && `${id}-error`])}
  >
    <legend>${options.legend}</legend>
    ${fieldMessages({ name: options.name, hint: options.hint, error: options.error })}
    <div class="checkboxes">
      ${options.choices.map(
        (choice) =>
          html`<div class="checkbox">
            <input
              type="checkbox"
              id="${id}-${choice.value}"
              name="${options.name}"
              value="${choice.value}"
              ${options.checked.includes(choice.value) ? html` checked` : ''}
            />
            <label for="${id}-${choice.value}">${choice.label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** The list of problems at the top of a form that did not validate, linking to each field. */
export function errorSummary(options: {
  message?: string | undefined;
  fieldErrors: Record<string, string>;
  labels: Record<string, string>;
}): SafeHtml {
  const entries = Object.entries(options.fieldErrors).filter(([field]) => field !== '_');
  if (!options.message && entries.length === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">请修改以下问题后再提交</h2>
    ${options.message && entries.length === 0 ? html`<p>${options.message}</p>` : ''}
    ${
      entries.length > 0
        ? html`<ul>
            ${entries.map(
              ([field, message]) =>
                html`<li><a href="#${fieldId(field)}">${options.labels[field] ?? field}：${message}</a></li>`,
            )}
          </ul>`
        : ''
    }
  </div>`;
}

export function submitButton(label: string): SafeHtml {
  return html`<button type="submit" class="button">${label}</button>`;
}
