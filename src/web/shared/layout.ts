import { html, type SafeHtml } from './html.ts';

export const platformName = '公开 · 政府信息公开平台';

export type NavigationItem = { label: string; href: string; isCurrent?: boolean };

export type Notice = { kind: 'info' | 'success' | 'error'; text: string };

/** The signed-in staff member shown in the header, with the token for the logout form. */
export type AccountView = { displayName: string; csrfToken: string };

export type PageOptions = {
  /** The page's own title; the document title adds the site name. */
  title: string;
  /** The header names the agency (portal, back office) or the platform. */
  siteName: string;
  siteHref: string;
  /** A second line under the site name, e.g. 政府信息公开 or 工作平台. */
  siteTagline?: string;
  navigation: NavigationItem[];
  navigationLabel?: string;
  account?: AccountView;
  notice?: Notice;
  main: SafeHtml;
  footer?: SafeHtml;
};

export function renderPage(options: PageOptions): string {
  const documentTitle =
    options.title === options.siteName ? options.title : `${options.title} - ${options.siteName}`;
  const page = html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${documentTitle}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="icon" href="data:," />
      </head>
      <body>
        <a class="skip-link" href="#main">跳到主要内容</a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="site-name" href="${options.siteHref}">
              <span class="site-name__title">${options.siteName}</span>
              ${options.siteTagline ? html`<span class="site-name__tagline">${options.siteTagline}</span>` : ''}
            </a>
            ${options.account ? renderAccount(options.account) : ''}
          </div>
          ${options.navigation.length > 0 ? renderNavigation(options.navigation, options.navigationLabel ?? '主导航') : ''}
        </header>
        <main id="main" class="site-main" tabindex="-1">
          ${options.notice ? renderNotice(options.notice) : ''} ${options.main}
        </main>
        <footer class="site-footer">
          <div class="site-footer__inner">
            ${options.footer ?? ''}
            <p>本网站由开源软件“公开”（Gongkai）提供技术支持。</p>
          </div>
        </footer>
      </body>
    </html> `;
  return page.value;
}

function renderNavigation(items: NavigationItem[], label: string): SafeHtml {
  return html`<nav class="site-navigation" aria-label="${label}">
    <ul>
      ${items.map(
        (item) =>
          html`<li>
            <a href="${item.href}" ${item.isCurrent ? html` aria-current="page"` : ''}>${item.label}</a>
          </li>`,
      )}
    </ul>
  </nav>`;
}

function renderAccount(account: AccountView): SafeHtml {
  return html`<div class="account">
    <span class="account__name">${account.displayName}</span>
    <a href="/admin/password">修改密码</a>
    <form method="post" action="/admin/logout" class="inline-form">
      <input type="hidden" name="_csrf" value="${account.csrfToken}" />
      <button type="submit" class="button button--link">退出登录</button>
    </form>
  </div>`;
}

export function renderNotice(notice: Notice): SafeHtml {
  const role = notice.kind === 'error' ? 'alert' : 'status';
  return html`<div class="notice notice--${notice.kind}" role="${role}">${notice.text}</div>`;
}
