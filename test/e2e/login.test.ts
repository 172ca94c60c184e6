import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { contextFor, makeAgency, makeStaff, testPassword } from '../support/factories.ts';
import {
  desktop,
  hasChromium,
  launchChromium,
  openTestDatabase,
  phone,
  screenshot,
  screenshotFolder,
  skipReason,
  startTestServer,
} from './support/browser-harness.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
let browser: Browser;
let baseUrl: string;

describe.skipIf(!hasChromium)(
  `log in, see the dashboard, log out (${hasChromium ? 'Chromium' : skipReason})`,
  () => {
    beforeAll(async () => {
      handle = await openTestDatabase();
      const context = contextFor(handle, () => new Date());
      const agency = await makeAgency(context, {
        slug: `e2e-${process.pid}`,
        name: '示例市商务局',
        officeName: '示例市商务局办公室',
        officeAddress: '示例市人民路1号',
        officeHours: '工作日上午9:00—12:00，下午13:30—17:30',
        officeTelephone: '0571-12345678',
      });
      await makeStaff(context, {
        agency,
        roles: ['agencyAdmin', 'caseHandler'],
        username: `e2e.admin.${process.pid}`,
      });
      ({ app, baseUrl } = await startTestServer({ database: handle }));
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await app?.close();
      await handle?.close();
      console.info(`screenshots: ${screenshotFolder}`);
    });

    it('signs in through the login form, shows the dashboard and signs out', async () => {
      const page = await browser.newPage({ viewport: desktop });
      await page.goto(`${baseUrl}/admin`);
      await expect.poll(() => page.url()).toContain('/admin/login');
      await expect.poll(() => page.locator('.notice').textContent()).toContain('请先登录');
      await screenshot(page, 'login-desktop');

      await page.getByLabel('用户名').fill(`e2e.admin.${process.pid}`);
      await page.getByLabel('密码').fill(testPassword);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL(`${baseUrl}/admin`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('工作台');
      expect(await page.locator('.site-name__title').textContent()).toBe('示例市商务局');
      expect(await page.locator('main').textContent()).toContain('机关管理员');
      await screenshot(page, 'dashboard-desktop');
      await page.setViewportSize(phone);
      await screenshot(page, 'dashboard-phone');

      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL(/\/admin\/login\?notice=logged-out$/);
      expect(await page.locator('.notice').textContent()).toContain('您已安全退出登录');
      await page.goto(`${baseUrl}/admin`);
      await expect.poll(() => page.url()).toContain('/admin/login');
      await page.close();
    });

    it('shows the portal home at phone and desktop width', async () => {
      const page = await browser.newPage({ viewport: phone });
      await page.goto(`${baseUrl}/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('示例市商务局');
      await screenshot(page, 'portal-home-phone');
      await page.setViewportSize(desktop);
      await screenshot(page, 'portal-home-desktop');
      await page.goto(`${baseUrl}/a/e2e-${process.pid}/guide`);
      await screenshot(page, 'portal-guide-desktop');
      await page.close();
    });
  },
);
