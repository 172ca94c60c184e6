import type { Notice } from '../../shared/layout.ts';

/** Messages the login page shows after a redirect; the URL carries only the code, never text. */
const notices = {
  required: { kind: 'info', text: '请先登录工作平台。' },
  expired: { kind: 'info', text: '您的登录已过期，请重新登录。' },
  'logged-out': { kind: 'success', text: '您已安全退出登录。' },
  'password-changed': { kind: 'success', text: '密码已修改，请使用新密码重新登录。' },
} as const satisfies Record<string, Notice>;

export type LoginNoticeCode = keyof typeof notices;

export function loginNotice(code: unknown): Notice | undefined {
  if (typeof code !== 'string' || !Object.hasOwn(notices, code)) return undefined;
  return notices[code as LoginNoticeCode];
}

/** Only back-office paths of this site are followed after login (no open redirect). */
export function safeNextPath(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length > 500) return undefined;
  if (!/^\/admin(?:[/?]|$)/.test(next)) return undefined;
  const hasControlCharacter = Array.from(next).some((character) => character.charCodeAt(0) < 0x20);
  if (next.includes('//') || next.includes('\\') || /\s/.test(next) || hasControlCharacter) return undefined;
  if (/^\/admin\/(login|logout)(?:[/?]|$)/.test(next)) return undefined;
  return next;
}

export function loginHref(options: { notice?: LoginNoticeCode; next?: string | undefined }): string {
  const parameters = new URLSearchParams();
  if (options.notice) parameters.set('notice', options.notice);
  const next = safeNextPath(options.next);
  if (next && next !== '/admin') parameters.set('next', next);
  const query = parameters.toString();
  return query ? `/admin/login?${query}` : '/admin/login';
}
