import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { contextFor, makeAgency, makeStaff } from '../support/factories.ts';
import {
  hasChromium,
  launchChromium,
  openTestDatabase,
  phone,
  screenshot,
  screenshotFolder,
  skipReason,
  startTestServer,
  logInThroughForm,
} from './support/browser-harness.ts';

let handle: DatabaseHandle;
let app: FastifyInstance;
let browser: Browser;
let baseUrl: string;
const slug = `e2e-gk-${process.pid}`;
const username = `e2e.contributor.${process.pid}`;

/** True when the page scrolls sideways on the phone (something does not fit). */
async function isWiderThanViewport(page: Page): Promise<boolean> {
  return (await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')) === true;
}

describe.skipIf(!hasChromium)(
  `a contributor writes a catalogue item on a phone (${hasChromium ? 'Chromium' : skipReason})`,
  () => {
    beforeAll(async () => {
      handle = await openTestDatabase();
      const context = contextFor(handle, () => new Date());
      const agency = await makeAgency(context, { slug, name: '示例市商务局' });
      await makeStaff(context, { agency, roles: ['contributor'], username });
      ({ app, baseUrl } = await startTestServer({ database: handle }));
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await app?.close();
      await handle?.close();
      console.info(`screenshots: ${screenshotFolder}`);
    });

    it('fills the draft form by its labels and sees the personal-information finding, all within the phone width', async () => {
      const page = await browser.newPage({ viewport: phone });
      await logInThroughForm({ page, baseUrl, username });
      await page.getByRole('link', { name: '主动公开', exact: true }).click();
      await page.getByRole('link', { name: '新建公开信息' }).click();
      expect(await isWiderThanViewport(page)).toBe(false);
      await screenshot(page, 'publication-form-phone');

      await page.getByLabel('名称').fill('关于外贸专项资金申报的通知');
      await page.getByLabel('内容概述').fill('申报条件和时间。');
      await page.getByLabel('正文').fill('联系人手机13812345678。');
      await page.getByLabel('形成或变更日期').fill('2025-02-20');
      await page.getByLabel('所属事项（第二十条、第二十一条）').selectOption('article20.5');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('关于外贸专项资金申报的通知');
      expect(await page.locator('#findings').textContent()).toContain('手机号码');
      expect(await page.locator('#findings').textContent()).toContain('138****5678');
      expect(await isWiderThanViewport(page)).toBe(false);
      await screenshot(page, 'publication-item-phone');
      await page.close();
    });
  },
);
