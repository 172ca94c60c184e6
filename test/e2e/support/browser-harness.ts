import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openDatabase, type DatabaseHandle } from '../../../src/db/database.ts';
import { migrateDatabase } from '../../../src/db/migrate.ts';
import { buildServer } from '../../../src/web/server.ts';
import { testPassword } from '../../support/factories.ts';
import { createServerTestDatabase } from '../../support/test-database.ts';

/** Debian's Chromium, driven by playwright-core (no browser download). */
export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const skipReason = `Debian's Chromium is not installed at ${chromiumPath} (apt-get install -y chromium)`;

/** Screenshots go to GONGKAI_SCREENSHOT_DIR when set (CI artefacts), else to a new temporary folder. */
export const screenshotFolder =
  process.env.GONGKAI_SCREENSHOT_DIR ?? mkdtempSync(path.join(tmpdir(), 'gongkai-e2e-'));
export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

/** The embedded database in memory, or a fresh database on the test server (`npm run test:pg` sets its URL). */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.GONGKAI_TEST_DATABASE_URL;
  if (serverUrl) return createServerTestDatabase(serverUrl);
  const handle = await openDatabase({ dataDirectory: 'memory://' });
  await migrateDatabase(handle);
  return handle;
}

/** The real server on a free port of 127.0.0.1. */
export async function startTestServer(options: {
  database: DatabaseHandle;
  now?: () => Date;
}): Promise<{ app: FastifyInstance; baseUrl: string }> {
  const app = await buildServer({
    database: options.database,
    logger: false,
    ...(options.now ? { now: options.now } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

/** Headless Chromium with the flags this closed network needs (no background connections). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A full-page screenshot `<name>.png` in the screenshot folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotFolder, `${name}.png`), fullPage: true });
}

/** Signs in through the back-office login form as a user with the test password, and waits for the dashboard. */
export async function logInThroughForm(options: {
  page: Page;
  baseUrl: string;
  username: string;
}): Promise<void> {
  const { page, baseUrl } = options;
  await page.goto(`${baseUrl}/admin/login`);
  await page.getByLabel('用户名').fill(options.username);
  await page.getByLabel('密码').fill(testPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${baseUrl}/admin`);
}
