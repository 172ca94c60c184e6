import {
  checkboxGroup,
  csrfField,
  errorSummary,
  inputField,
  submitButton,
  type ChoiceOption,
  type FormState,
} from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import { agencyAdminHref, renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

export const userFieldLabels = {
  username: '用户名',
  displayName: '姓名',
  password: '初始密码',
  passwordConfirmation: '再次输入初始密码',
  roles: '角色',
  agencySlug: '所属机关',
};

export type NewUserView = {
  agency: { slug: string; name: string };
  roleChoices: ChoiceOption[];
  checkedRoles: string[];
};

export function renderNewUserPage(options: {
  session: StaffSession;
  csrfToken: string;
  view: NewUserView;
  state: FormState;
  message?: string | undefined;
}): string {
  const { view, state } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: view.agency.slug === options.session.agency.slug ? 'users' : 'agencies',
    title: `新建用户：${view.agency.name}`,
    main: html`<h1>新建用户</h1>
      <p>所属机关：${view.agency.name}</p>
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels: userFieldLabels })}
      <form method="post" action="${agencyAdminHref(view.agency.slug, 'users')}" class="form" novalidate>
        ${csrfField(options.csrfToken)}
        ${inputField({ name: 'username', label: userFieldLabels.username, state, isRequired: true, autocomplete: 'off', maxLength: 40, hint: '3至40位小写字母、数字、点、下划线或连字符。' })}
        ${inputField({ name: 'displayName', label: userFieldLabels.displayName, state, isRequired: true, maxLength: 50 })}
        ${inputField({ name: 'password', label: userFieldLabels.password, type: 'password', state, isRequired: true, autocomplete: 'new-password', hint: '至少10个字符，须同时包含字母和数字。请告知用户登录后修改。' })}
        ${inputField({ name: 'passwordConfirmation', label: userFieldLabels.passwordConfirmation, type: 'password', state, isRequired: true, autocomplete: 'new-password' })}
        ${checkboxGroup({ name: 'roles', legend: `${userFieldLabels.roles}（至少选择一个）`, choices: view.roleChoices, checked: view.checkedRoles, error: state.fieldErrors.roles })}
        <div class="form-actions">
          ${submitButton('创建用户')}
          <a href="${agencyAdminHref(view.agency.slug, 'users')}">取消</a>
        </div>
      </form>`,
  });
}
