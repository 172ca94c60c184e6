import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { findDisclosureRequestByCaseNumber } from '../../src/db/repositories/disclosure-requests.ts';
import { computeCaseDeadlines } from '../../src/domain/applications/lifecycle/compute-case-deadlines.ts';
import { formatChineseDate, isoDateInShanghai } from '../../src/domain/calendar/iso-date.ts';
import { loadWorkingCalendar } from '../../src/use-cases/calendar/load-working-calendar.ts';
import { loadCaseState } from '../../src/use-cases/disclosure-requests/load-case.ts';
import { contextFor, makeAgency, makeStaff } from '../support/factories.ts';
import {
  desktop,
  hasChromium,
  launchChromium,
  openTestDatabase,
  phone,
  screenshotFolder,
  skipReason,
  startTestServer,
  logInThroughForm,
} from './support/browser-harness.ts';

const slug = `e2e-request-${process.pid}`;
const handlerName = `e2e.handler.${process.pid}`;
const headName = `e2e.head.${process.pid}`;
/** The server's clock, pinned: every period of the walk stays inside the shipped calendar (2019–2026). */
const now = () => new Date('2025-03-03T09:00:00+08:00');

let handle: DatabaseHandle;
let app: FastifyInstance;
let browser: Browser;
let baseUrl: string;

async function screenshots(page: Page, name: string): Promise<void> {
  await page.setViewportSize(phone);
  await page.screenshot({ path: path.join(screenshotFolder, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(desktop);
  await page.screenshot({ path: path.join(screenshotFolder, `${name}-desktop.png`), fullPage: true });
}

/** The deadline engine's view of the case as of today, computed here from the stored events. */
async function engineDeadlines(caseNumber: string) {
  const row = await findDisclosureRequestByCaseNumber(handle.db, caseNumber);
  if (!row) throw new Error(`no case ${caseNumber}`);
  const { state } = await loadCaseState(handle.db, row.id);
  const calendar = await loadWorkingCalendar(handle.db);
  return {
    state,
    report: computeCaseDeadlines({ state, calendar, now: isoDateInShanghai(now()) }),
  };
}

/** Opens a command's folded form on the case page, lets `fill` complete it, submits it. */
async function giveCommand(
  page: Page,
  type: string,
  fill: (form: ReturnType<Page['locator']>) => Promise<void> = async () => {},
): Promise<void> {
  const details = page.locator(`#command-${type}`);
  await details.locator('summary').click();
  await fill(details);
  await details.locator('button[type="submit"]').click();
  await page.waitForURL(new RegExp(`done=${type}`));
  expect(await page.locator('.notice--success').textContent()).toContain('已完成');
}

/** The reply due date on the case page equals the engine's (or both have none). */
async function expectEngineReplyDueDate(page: Page, caseNumber: string): Promise<void> {
  const { report, state } = await engineDeadlines(caseNumber);
  const shown = page.locator('#reply-due-date');
  if (report.replyDueDate === null || state.conclusion !== null) {
    expect(await shown.count()).toBe(0);
  } else {
    expect(await shown.textContent()).toBe(formatChineseDate(report.replyDueDate));
  }
  if (report.conclusion !== null) {
    expect(await page.locator('#clock-stopped-on').textContent()).toContain(
      formatChineseDate(report.conclusion.date),
    );
  }
  for (const obligation of report.obligations) {
    expect(await page.locator('#obligations').textContent()).toContain(formatChineseDate(obligation.dueDate));
  }
}

describe.skipIf(!hasChromium)(
  `a disclosure request from the portal to delivery (${hasChromium ? 'Chromium' : skipReason})`,
  () => {
    beforeAll(async () => {
      handle = await openTestDatabase();
      const context = contextFor(handle, now);
      const agency = await makeAgency(context, {
        slug,
        name: '示例市商务局',
        officeName: '示例市商务局办公室',
        officeAddress: '示例市人民路1号',
        officeTelephone: '0571-12345678',
      });
      await makeStaff(context, { agency, roles: ['caseHandler'], username: handlerName });
      await makeStaff(context, { agency, roles: ['officeHead'], username: headName });
      ({ app, baseUrl } = await startTestServer({ database: handle, now }));
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await app?.close();
      await handle?.close();
      console.info(`screenshots: ${screenshotFolder}`);
    });

    it('walks one request through clarification, consultation, a partial decision, approval, delivery and the status page', async () => {
      // The applicant, on a phone.
      const applicant = await browser.newPage({ viewport: phone });
      await applicant.goto(`${baseUrl}/a/${slug}/apply`);
      await screenshots(applicant, 'request-form');
      await applicant.locator('#field-applicantType').selectOption('naturalPerson');
      await applicant.locator('#field-name').fill('张三');
      await applicant.locator('#field-identityDocumentKind').selectOption('residentIdentityCard');
      await applicant.locator('#field-identityDocumentNumber').fill('330402199001011230');
      await applicant.locator('#field-phone').fill('13812345678');
      await applicant.locator('#field-email').fill('zhangsan@example.com');
      await applicant.locator('#field-informationTitle').fill('2024年度商贸流通专项资金分配结果');
      await applicant.locator('#field-informationDescription').fill('请提供分配结果及分配依据。');
      await applicant.locator('#field-requestedForm').selectOption('electronic');
      await applicant.locator('#field-deliveryMethod').selectOption('email');
      await applicant.locator('#field-consent-box').check();
      await applicant.getByRole('button', { name: '提交申请' }).click();
      await applicant.waitForSelector('#case-number');
      const caseNumber = (await applicant.locator('#case-number').textContent()) ?? '';
      const queryCode = (await applicant.locator('#query-code').textContent()) ?? '';
      expect(caseNumber).toMatch(new RegExp(`^${slug}-\\d{4}-\\d{5}$`));
      const atReceipt = await engineDeadlines(caseNumber);
      expect(await applicant.locator('#reply-due-date').textContent()).toBe(
        formatChineseDate(atReceipt.report.replyDueDate ?? atReceipt.state.receivedOn),
      );
      await screenshots(applicant, 'request-receipt');
      await applicant.emulateMedia({ media: 'print' });
      await applicant.screenshot({
        path: path.join(screenshotFolder, 'request-receipt-print.png'),
        fullPage: true,
      });
      expect(await applicant.locator('.site-navigation').isVisible()).toBe(false);
      await applicant.emulateMedia({ media: 'screen' });

      // The case handler: queue, case page, clarification and its answer, a consultation.
      const staff = await browser.newPage({ viewport: desktop });
      await logInThroughForm({ page: staff, baseUrl, username: handlerName });
      await staff.goto(`${baseUrl}/admin/requests`);
      expect(await staff.locator('#work-queue').textContent()).toContain(caseNumber);
      expect(await staff.locator('#work-queue').textContent()).toContain(
        formatChineseDate(atReceipt.report.replyDueDate ?? atReceipt.state.receivedOn),
      );
      await screenshots(staff, 'request-queue');
      await staff.getByRole('link', { name: caseNumber }).click();
      await expectEngineReplyDueDate(staff, caseNumber);
      await screenshots(staff, 'request-case-new');

      await giveCommand(staff, 'requestClarification', async (form) => {
        await form
          .locator('textarea[name="whatToSupply"]')
          .fill('请写明所需资金分配结果的文件名称或形成时间');
      });
      expect(await staff.locator('#case-status').textContent()).toBe('待申请人补正');
      await expectEngineReplyDueDate(staff, caseNumber);
      await giveCommand(staff, 'receiveClarification');
      await expectEngineReplyDueDate(staff, caseNumber);
      await giveCommand(staff, 'sendConsultation', async (form) => {
        await form.locator('select[name="consultedParty"]').selectOption('thirdParty');
        await form.locator('input[name="partyName"]').fill('示例商贸有限公司');
      });
      expect(await staff.locator('#case-status').textContent()).toBe('征求意见中');
      await expectEngineReplyDueDate(staff, caseNumber);
      await giveCommand(staff, 'recordConsultationAnswer', async (form) => {
        await form.locator('select[name="hasObjection"]').selectOption('yes');
        await form.locator('textarea[name="summary"]').fill('企业名单涉及商业秘密，不同意公开');
      });
      await expectEngineReplyDueDate(staff, caseNumber);
      await giveCommand(staff, 'proposeDecision', async (form) => {
        await form.locator('select[name="outcomeCode"]').selectOption('partiallyDisclosed');
        await form.locator('textarea[name="itemsProvided"]').fill('2024年度商贸流通专项资金分配结果（汇总）');
        await form
          .locator('textarea[name="itemsWithheld"]')
          .fill('获得资金的企业名单：涉及商业秘密，第三方不同意公开');
      });
      expect(await staff.locator('#case-status').textContent()).toBe('答复待负责人审批');
      await screenshots(staff, 'request-case-proposed');

      // The office head approves the partial disclosure.
      const head = await browser.newPage({ viewport: desktop });
      await logInThroughForm({ page: head, baseUrl, username: headName });
      await head.goto(`${baseUrl}/admin/requests/${caseNumber}`);
      expect(await head.locator('main').textContent()).toContain('《条例》第三十七条');
      await giveCommand(head, 'approveDecision');
      expect(await head.locator('#case-status').textContent()).toBe('已作出答复，待送达');
      await head.close();

      // The handler records the delivery.
      await staff.goto(`${baseUrl}/admin/requests/${caseNumber}`);
      await giveCommand(staff, 'recordDelivery', async (form) => {
        await form.locator('select[name="method"]').selectOption('electronic');
      });
      expect(await staff.locator('#case-status').textContent()).toBe('已送达');
      await expectEngineReplyDueDate(staff, caseNumber);
      expect(await staff.locator('#timeline').textContent()).toContain('负责人审批同意答复');
      await screenshots(staff, 'request-case-delivered');

      // The handler issues the decision letter (答复告知书), kept on the case.
      await staff.locator('#issue-letter select[name="kind"]').selectOption('decision');
      await staff.locator('#issue-letter').getByRole('button', { name: '生成文书' }).click();
      await staff.waitForSelector('.notice');
      expect(await staff.locator('.notice').textContent()).toContain('已生成文书');
      await staff.close();

      // The applicant's status page.
      await applicant.goto(`${baseUrl}/a/${slug}/status`);
      await applicant.locator('#field-caseNumber').fill(caseNumber);
      await applicant.locator('#field-queryCode').fill(queryCode);
      await applicant.getByRole('button', { name: '查询', exact: true }).click();
      await applicant.waitForSelector('#status-label');
      expect(await applicant.locator('#status-label').textContent()).toBe('已送达');
      const { state } = await engineDeadlines(caseNumber);
      expect(await applicant.locator('#concluded-on').textContent()).toBe(
        formatChineseDate(state.conclusion?.concludedOn ?? state.receivedOn),
      );
      const letters = (await applicant.locator('.letters-sent').textContent()) ?? '';
      expect(letters).toContain('补正申请告知书');
      expect(letters).toContain('政府信息公开申请答复告知书');
      const clarification = state.events.find((event) => event.type === 'clarificationRequested');
      expect(letters).toContain(`${formatChineseDate(clarification!.date)} 补正申请告知书`);
      // The issued decision letter, downloaded with the query code typed again.
      const issued = (await applicant.locator('.letters-issued').textContent()) ?? '';
      expect(issued).toContain('政府信息公开申请答复告知书');
      await applicant.locator('#download-query-code').fill(queryCode);
      const [download] = await Promise.all([
        applicant.waitForEvent('download'),
        applicant.locator('.letters-issued').getByRole('button', { name: '下载 DOCX' }).first().click(),
      ]);
      const docx = await download.path();
      expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
      expect(await applicant.locator('main').textContent()).not.toContain('张三');
      await screenshots(applicant, 'request-status');
      await applicant.close();
    });
  },
);
