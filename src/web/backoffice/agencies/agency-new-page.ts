import {
  csrfField,
  errorSummary,
  inputField,
  selectField,
  submitButton,
  type ChoiceOption,
  type FormState,
} from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { agencyDetailInputs, agencyFieldLabels } from './agency-fields.ts';

export type NewAgencyView = {
  levelChoices: ChoiceOption[];
  parentChoices: ChoiceOption[];
  /** System administrators may register a top-level agency (no parent). */
  canCreateTopLevel: boolean;
};

export function renderNewAgencyPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: NewAgencyView;
  state: FormState;
  message?: string | undefined;
}): string {
  const { view, state } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'agencies',
    title: '登记新机关',
    main: html`<h1>登记新机关</h1>
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels: agencyFieldLabels })}
      <form method="post" action="/admin/agencies" class="form" novalidate>
        ${csrfField(options.csrfToken)}
        <fieldset class="form-section">
          <legend>登记信息</legend>
          ${inputField({ name: 'slug', label: agencyFieldLabels.slug, state, isRequired: true, maxLength: 40, hint: '用于网址，例如 /a/shangwu/。2至40位小写字母、数字或连字符，以字母开头，登记后不能修改。' })}
          ${selectField({ name: 'level', label: agencyFieldLabels.level, state, isRequired: true, choices: view.levelChoices, emptyLabel: '请选择' })}
          ${selectField({
            name: 'parentSlug',
            label: agencyFieldLabels.parentSlug,
            state,
            choices: view.parentChoices,
            ...(view.canCreateTopLevel ? { emptyLabel: '无（顶级机关）' } : { isRequired: true }),
          })}
        </fieldset>
        ${agencyDetailInputs(state)}
        <div class="form-actions">
          ${submitButton('登记')}
          <a href="/admin/agencies">取消</a>
        </div>
      </form>`,
  });
}
