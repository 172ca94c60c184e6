import { csrfField, errorSummary, inputField, submitButton, type FormState } from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import { platformName, renderPage, type Notice } from '../../shared/layout.ts';

export type LoginPageView = {
  csrfToken: string;
  state: FormState;
  next?: string | undefined;
  notice?: Notice | undefined;
  failure?: string | undefined;
};

export function renderLoginPage(view: LoginPageView): string {
  return renderPage({
    title: '登录工作平台',
    siteName: platformName,
    siteHref: '/',
    siteTagline: '工作平台',
    navigation: [],
    ...(view.notice ? { notice: view.notice } : {}),
    main: html`<div class="narrow">
      <h1>登录工作平台</h1>
      ${view.failure ? errorSummary({ message: view.failure, fieldErrors: view.state.fieldErrors, labels: { username: '用户名', password: '密码' } }) : ''}
      <form method="post" action="/admin/login" class="form" novalidate>
        ${csrfField(view.csrfToken)}
        ${view.next ? html`<input type="hidden" name="next" value="${view.next}" />` : ''}
        ${inputField({ name: 'username', label: '用户名', state: view.state, isRequired: true, autocomplete: 'username' })}
        ${inputField({ name: 'password', label: '密码', type: 'password', state: view.state, isRequired: true, autocomplete: 'current-password' })}
        ${submitButton('登录')}
      </form>
      <p class="muted">连续输错密码5次，账号将被锁定15分钟。忘记密码请联系本机关的系统管理员。</p>
    </div>`,
  });
}
