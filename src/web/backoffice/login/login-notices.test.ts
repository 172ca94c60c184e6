import { describe, expect, it } from 'vitest';
import { loginHref, loginNotice, safeNextPath } from './login-notices.ts';

describe('login redirects', () => {
  it('follows only back-office paths of this site after login', () => {
    expect(safeNextPath('/admin/agencies/demo')).toBe('/admin/agencies/demo');
    expect(safeNextPath('/admin?x=1')).toBe('/admin?x=1');
    for (const unsafe of [
      '//evil.example',
      'https://evil.example/admin',
      '/administrator',
      '/admin//evil',
      '/admin/\\evil',
      '/admin/login',
      '/admin/logout',
      '/admin/x y',
      42,
    ]) {
      expect(safeNextPath(unsafe), String(unsafe)).toBeUndefined();
    }
  });

  it('builds the login address with a notice code and the way back', () => {
    expect(loginHref({ notice: 'expired', next: '/admin/agencies/demo' })).toBe(
      '/admin/login?notice=expired&next=%2Fadmin%2Fagencies%2Fdemo',
    );
    expect(loginHref({ next: '/admin' })).toBe('/admin/login');
    expect(loginNotice('expired')?.text).toBe('您的登录已过期，请重新登录。');
    expect(loginNotice('toString')).toBeUndefined();
  });
});
