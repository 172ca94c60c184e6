import { html, type SafeHtml } from './html.ts';

/** What a form re-renders with: the values entered (never passwords) and a Chinese message per field. */
export type FormState = {
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
};

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

type AttributeValue = string | number | boolean | undefined;

/** Renders attributes: `true` → the bare name, `false`/`undefined`/'' → nothing, else name="escaped value". */
function attributes(values: Record<string, AttributeValue>): SafeHtml {
  return html`${Object.entries(values).map(([name, value]) => {
    if (value === true) return html` ${name}`;
    if (value === false || value === undefined || value === '') return '';
    return html` ${name}="${value}"`;
  })}`;
}

function fieldId(name: string): string {
  return `field-${name}`;
}

/** The ids of the hint and error shown with a field, for aria-describedby. */
function describedBy(options: { id: string; hint?: string | undefined; error?: string | undefined }): string {
  return [options.hint && `${options.id}-hint`, options.error && `${options.id}-error`]
    .filter(Boolean)
    .join(' ');
}

function fieldMessages(options: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}): SafeHtml {
  const hint = options.hint ? html`<p class="field__hint" id="${options.id}-hint">${options.hint}</p>` : '';
  const error = options.error
    ? html`<p class="field__error" id="${options.id}-error">${options.error}</p>`
    : '';
  return html`${hint}${error}`;
}

function fieldLabel(options: { id: string; label: string; isRequired?: boolean | undefined }): SafeHtml {
  const required = options.isRequired ? html`<span class="field__required">（必填）</span>` : '';
  return html`<label for="${options.id}">${options.label}${required}</label>`;
}

function fieldClass(error: string | undefined): string {
  return error ? 'field field--invalid' : 'field';
}

/** A labelled input with its hint and error message, wired with aria-describedby and aria-invalid. */
export function inputField(options: FieldOptions): SafeHtml {
  const id = fieldId(options.name);
  const error = options.state.fieldErrors[options.name];
  // Passwords are never written back into a page.
  const value = options.type === 'password' ? '' : (options.state.values[options.name] ?? '');
  const input = attributes({
    id,
    name: options.name,
    type: options.type ?? 'text',
    value,
    required: options.isRequired,
    autocomplete: options.autocomplete,
    inputmode: options.inputMode,
    maxlength: options.maxLength,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy({ id, hint: options.hint, error }),
  });
  return html`<div class="${fieldClass(error)}">
    ${fieldLabel({ id, label: options.label, isRequired: options.isRequired })}
    ${fieldMessages({ id, hint: options.hint, error })}
    <input${input} />
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
  const select = attributes({
    id,
    name: options.name,
    required: options.isRequired,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy({ id, hint: options.hint, error }),
  });
  const empty = options.emptyLabel !== undefined ? html`<option value="">${options.emptyLabel}</option>` : '';
  const choices = options.choices.map(
    (choice) =>
      html`<option${attributes({ value: choice.value, selected: choice.value === current })}>${choice.label}</option>`,
  );
  return html`<div class="${fieldClass(error)}">
    ${fieldLabel({ id, label: options.label, isRequired: options.isRequired })}
    ${fieldMessages({ id, hint: options.hint, error })}
    <select${select}>${empty}${choices}</select>
  </div>`;
}

/** A labelled multi-line text field with its hint and error message. */
export function textareaField(options: {
  name: string;
  label: string;
  state: FormState;
  rows?: number;
  hint?: string;
  isRequired?: boolean;
  maxLength?: number;
}): SafeHtml {
  const id = fieldId(options.name);
  const error = options.state.fieldErrors[options.name];
  const textarea = attributes({
    id,
    name: options.name,
    rows: options.rows ?? 8,
    required: options.isRequired,
    maxlength: options.maxLength,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy({ id, hint: options.hint, error }),
  });
  return html`<div class="${fieldClass(error)}">
    ${fieldLabel({ id, label: options.label, isRequired: options.isRequired })}
    ${fieldMessages({ id, hint: options.hint, error })}
    <textarea${textarea}>${options.state.values[options.name] ?? ''}</textarea>
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
  const fieldset = attributes({
    id,
    class: fieldClass(options.error),
    'aria-describedby': describedBy({ id, hint: options.hint, error: options.error }),
  });
  const boxes = options.choices.map((choice) => {
    const boxId = `${id}-${choice.value}`;
    const box = attributes({
      type: 'checkbox',
      id: boxId,
      name: options.name,
      value: choice.value,
      checked: options.checked.includes(choice.value),
    });
    return html`<div class="checkbox"><input${box} /><label for="${boxId}">${choice.label}</label></div>`;
  });
  return html`<fieldset${fieldset}>
    <legend>${options.legend}</legend>
    ${fieldMessages({ id, hint: options.hint, error: options.error })}
    <div class="checkboxes">${boxes}</div>
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
