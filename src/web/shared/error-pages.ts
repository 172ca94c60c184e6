import { html } from './html.ts';
import { platformName, renderPage } from './layout.ts';

export type ErrorPageView = { statusCode: number; title: string; message: string };

/** A friendly page for every error: what happened in plain Chinese and where to go; never a stack trace. */
export function renderErrorPage(view: ErrorPageView): string {
  return renderPage({
    title: view.title,
    siteName: platformName,
    siteHref: '/',
    navigation: [],
    main: html`<div class="error-page">
      <p class="error-page__code">错误代码 ${view.statusCode}</p>
      <h1>${view.title}</h1>
      <p>${view.message}</p>
      <ul class="link-list">
        <li><a href="/">返回首页</a></li>
        <li><a href="/admin">进入工作平台</a></li>
      </ul>
    </div>`,
  });
}

export const notFoundView: ErrorPageView = {
  statusCode: 404,
  title: '页面不存在',
  message: '您访问的页面不存在或已被移除。请检查网址是否正确，或从首页重新进入。',
};
