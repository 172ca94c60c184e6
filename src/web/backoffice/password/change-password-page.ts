import { csrfField, errorSummary, inputField, submitButton, type FormState } from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';

const labels = { currentPassword: '当前密码', newPassword: '新密码', confirmation: '再次输入新密码' };

export function renderChangePasswordPage(options: {
  session: StaffSession;
  csrfToken: string;
  state: FormState;
  message?: string | undefined;
}): string {
  const { state } = options;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'password',
    title: '修改密码',
    main: html`<div class="narrow">
      <h1>修改密码</h1>
      ${errorSummary({ message: options.message, fieldErrors: state.fieldErrors, labels })}
      <form method="post" action="/admin/password" class="form" novalidate>
        ${csrfField(options.csrfToken)}
        ${inputField({ name: 'currentPassword', label: labels.currentPassword, type: 'password', state, isRequired: true, autocomplete: 'current-password' })}
        ${inputField({ name: 'newPassword', label: labels.newPassword, type: 'password', state, isRequired: true, autocomplete: 'new-password', hint: '至少10个字符，须同时包含字母和数字。' })}
        ${inputField({ name: 'confirmation', label: labels.confirmation, type: 'password', state, isRequired: true, autocomplete: 'new-password' })}
        ${submitButton('修改密码')}
      </form>
      <p class="muted">修改成功后，您在所有设备上的登录都将退出，请使用新密码重新登录。</p>
    </div>`,
  });
}
