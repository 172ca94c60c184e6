import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { events, websiteCheckFindings } from '../../src/db/schema/index.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { AccessDeniedError, ConflictError, ValidationError } from '../../src/use-cases/errors.ts';
import { addNewMediaAccount } from '../../src/use-cases/website/add-new-media-account.ts';
import { addWebsiteColumn } from '../../src/use-cases/website/add-website-column.ts';
import { getWebsiteHealth } from '../../src/use-cases/website/get-website-health.ts';
import { recordNewMediaUpdate } from '../../src/use-cases/website/record-new-media-update.ts';
import { removeWebsiteColumn } from '../../src/use-cases/website/remove-website-column.ts';
import { runWebsiteCheck } from '../../src/use-cases/website/run-website-check.ts';
import {
  saveNewMediaStatistics,
  saveServiceStatistics,
} from '../../src/use-cases/website/save-website-statistics.ts';
import { contextFor, makeAgency, makeStaff } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';
import {
  closedPort,
  resolveOnlyLocalhost,
  sampleWebsitePages,
  startTestWebsite,
} from '../support/website-server.ts';

// Today: Monday 2 June 2025 (Beijing).
const now = () => new Date('2025-06-02T10:00:00+08:00');
const limits = { timeoutMilliseconds: 1_000 };
let handle: DatabaseHandle;
let context: UseCaseContext;
let site: Awaited<ReturnType<typeof startTestWebsite>>;
let agency: AgencyRow;
let admin: StaffActor;
let officeHead: StaffActor;
let otherAdmin: StaffActor;

beforeAll(async () => {
  site = await startTestWebsite(sampleWebsitePages({ refusedPort: await closedPort() }));
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  agency = await makeAgency(context, { slug: 'website-health', website: `${site.origin}/` });
  const other = await makeAgency(context, { slug: 'website-health-other' });
  admin = (await makeStaff(context, { agency, roles: ['agencyAdmin'] })).actor;
  officeHead = (await makeStaff(context, { agency, roles: ['officeHead'] })).actor;
  otherAdmin = (await makeStaff(context, { agency: other, roles: ['agencyAdmin'] })).actor;
  const columns = [
    { name: '工作动态', url: `${site.origin}/news`, kind: 'news' },
    { name: '通知公告', url: `${site.origin}/notice`, kind: 'notice' },
    { name: '专题专栏', url: `${site.origin}/empty`, kind: 'other' },
    { name: '政策文件', url: `${site.origin}/policy`, kind: 'policy' },
    { name: '部门动态', url: `${site.origin}/gbk-news`, kind: 'news' },
  ];
  for (const column of columns) await addWebsiteColumn(context, admin, { agencyId: agency.id, column });
  await addNewMediaAccount(context, admin, {
    agencyId: agency.id,
    account: { platform: '微信公众号', name: '示范商务', url: `${site.origin}/wechat` },
  });
  await addNewMediaAccount(context, admin, {
    agencyId: agency.id,
    account: { platform: '微博', name: '示范微博', lastUpdatedOn: '2025-05-01' },
  });
});
afterAll(async () => {
  await handle.close();
  await site.close();
});

describe('website check', () => {
  it('finds broken links, 外链, stale and empty columns and stale new media on the local site', async () => {
    const progress: string[] = [];
    const summary = await runWebsiteCheck(context, admin, {
      agencyId: agency.id,
      allowPrivate: true,
      limits,
      resolveHost: resolveOnlyLocalhost,
      onProgress: (step) => progress.push(`${step.phase}:${step.done}/${step.total}`),
    });
    // Home, five columns, the WeChat page.
    expect(summary.pageCount).toBe(7);
    // ok, missing, error, go-elsewhere, no-such-host, refused port, slow, news/1.html.
    expect(summary.linkCount).toBe(8);
    expect(summary.homePageNewestOn).toBe('2025-05-30');
    expect(summary.countsByRule).toEqual({
      brokenLink: 6,
      externalRedirect: 1,
      staleHomePage: 0,
      staleColumn: 1,
      emptyColumn: 1,
      staleNewMedia: 1,
    });
    const broken = summary.findings.filter((finding) => finding.rule === 'brokenLink');
    const brokenByPath = Object.fromEntries(
      broken.map((finding) => [finding.url.replace(site.origin, ''), finding.message]),
    );
    expect(brokenByPath['/missing']).toBe('返回错误状态 404');
    expect(brokenByPath['/error']).toBe('返回错误状态 500');
    expect(brokenByPath['http://no-such-host.example/']).toBe('域名无法解析');
    expect(brokenByPath['/slow']).toBe('访问超时');
    expect(Object.values(brokenByPath)).toContain('连接被拒绝');
    expect(brokenByPath['/policy']).toBe('栏目“政策文件”页面无法访问：网址返回了错误状态 404。');
    expect(broken.find((finding) => finding.url.endsWith('/missing'))?.foundOnUrl).toBe(`${site.origin}/`);
    // Site operators see the check in their logs under its own name.
    expect([...site.userAgents]).toEqual(['gongkai-website-check/0.1']);
    expect(summary.findings.find((finding) => finding.rule === 'staleColumn')?.message).toBe(
      '动态要闻类栏目“工作动态”超过2周未更新（最新信息日期 2025年5月1日）。',
    );
    expect(summary.findings.find((finding) => finding.rule === 'emptyColumn')?.message).toContain('专题专栏');
    expect(summary.findings.find((finding) => finding.rule === 'staleNewMedia')?.message).toBe(
      '微博“示范微博”超过2周未更新（最近更新 2025年5月1日）。',
    );
    const newest = Object.fromEntries(summary.columnResults.map((column) => [column.name, column.newestOn]));
    expect(newest).toEqual({
      工作动态: '2025-05-01',
      通知公告: '2025-01-10',
      专题专栏: null,
      政策文件: null,
      部门动态: '2025-05-28',
    });
    expect(progress.at(-1)).toBe('links:8/8');

    const stored = await handle.db
      .select()
      .from(websiteCheckFindings)
      .where(eq(websiteCheckFindings.runId, summary.runId));
    expect(stored).toHaveLength(10);
    const [event] = await handle.db
      .select()
      .from(events)
      .where(and(eq(events.kind, 'website.checked'), eq(events.subjectId, summary.runId)));
    expect(event?.payload).toMatchObject({ linkCount: 8, countsByRule: { brokenLink: 6 } });

    const health = await getWebsiteHealth(context, officeHead, { agencyId: agency.id, year: 2025 });
    expect(health.latestRun?.run.id).toBe(summary.runId);
    expect(health.latestRun?.findings).toHaveLength(10);
    expect(health.canManage).toBe(false);
  });

  it('refuses private addresses unless allowed', async () => {
    const summary = await runWebsiteCheck(context, admin, {
      agencyId: agency.id,
      limits,
      resolveHost: resolveOnlyLocalhost,
    });
    expect(summary.linkCount).toBe(0);
    expect(summary.findings.find((finding) => finding.url === `${site.origin}/`)?.message).toContain(
      '拒绝访问',
    );
  });

  it('keeps to the page and link limits', async () => {
    const summary = await runWebsiteCheck(context, admin, {
      agencyId: agency.id,
      allowPrivate: true,
      limits: { ...limits, maxPages: 1, maxLinks: 2 },
      resolveHost: resolveOnlyLocalhost,
    });
    expect(summary.pageCount).toBe(1);
    expect(summary.linkCount).toBe(2);
    // The home page links to 11 http(s) addresses; four are column pages not read (still links).
    expect(summary.uncheckedLinkCount).toBe(9);
    expect(summary.columnResults.every((column) => !column.isRead)).toBe(true);
    expect(summary.findings.some((finding) => finding.rule === 'emptyColumn')).toBe(false);
  });

  it('only the agency administrator runs a check; other agencies are refused', async () => {
    await expect(runWebsiteCheck(context, officeHead, { agencyId: agency.id })).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(runWebsiteCheck(context, otherAdmin, { agencyId: agency.id })).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(getWebsiteHealth(context, otherAdmin, { agencyId: agency.id, year: 2025 })).rejects.toThrow(
      AccessDeniedError,
    );
  });
});

describe('columns, accounts and statistics', () => {
  it('validates columns in Chinese, refuses a duplicate address and records removal', async () => {
    await expect(
      addWebsiteColumn(context, admin, {
        agencyId: agency.id,
        column: { name: '', url: 'ftp://x', kind: 'blog' },
      }),
    ).rejects.toMatchObject({
      fieldErrors: {
        name: '请填写栏目名称',
        url: '栏目网址应以 http:// 或 https:// 开头',
        kind: '请选择栏目类型',
      },
    });
    await expect(
      addWebsiteColumn(context, admin, {
        agencyId: agency.id,
        column: { name: '重复', url: `${site.origin}/news`, kind: 'news' },
      }),
    ).rejects.toThrow(ConflictError);
    const column = await addWebsiteColumn(context, admin, {
      agencyId: agency.id,
      column: { name: '临时栏目', url: `${site.origin}/temporary`, kind: 'other' },
    });
    await removeWebsiteColumn(context, admin, { agencyId: agency.id, columnId: column.id });
    const health = await getWebsiteHealth(context, admin, { agencyId: agency.id, year: 2025 });
    expect(health.columns.map((entry) => entry.name)).not.toContain('临时栏目');
    const removed = await handle.db.select().from(events).where(eq(events.kind, 'website.columnRemoved'));
    expect(removed.map((event) => event.subjectId)).toContain(column.id);
  });

  it('refuses a last update date after today', async () => {
    const health = await getWebsiteHealth(context, admin, { agencyId: agency.id, year: 2025 });
    const weibo = health.accounts.find((account) => account.platform === '微博');
    await expect(
      recordNewMediaUpdate(context, admin, {
        agencyId: agency.id,
        accountId: weibo?.id ?? '',
        update: { lastUpdatedOn: '2025-06-03' },
      }),
    ).rejects.toThrow(ValidationError);
    await recordNewMediaUpdate(context, admin, {
      agencyId: agency.id,
      accountId: weibo?.id ?? '',
      update: { lastUpdatedOn: '2025-06-02' },
    });
    const after = await getWebsiteHealth(context, admin, { agencyId: agency.id, year: 2025 });
    expect(after.accounts.find((account) => account.id === weibo?.id)?.lastUpdatedOn).toBe('2025-06-02');
  });

  it('saves yearly and monthly figures, replacing a period, and gives the section 一 paragraph', async () => {
    const health = await getWebsiteHealth(context, admin, { agencyId: agency.id, year: 2024 });
    const wechat = health.accounts.find((account) => account.platform === '微信公众号');
    const accountId = wechat?.id ?? '';
    await saveNewMediaStatistics(context, admin, {
      agencyId: agency.id,
      accountId,
      statistics: { year: '2024', month: '', postCount: '600', followerCount: '11000' },
    });
    // The same period again replaces the figures.
    await saveNewMediaStatistics(context, admin, {
      agencyId: agency.id,
      accountId,
      statistics: { year: '2024', month: '', postCount: '664', followerCount: '11966' },
    });
    await saveServiceStatistics(context, admin, {
      agencyId: agency.id,
      statistics: {
        year: '2024',
        month: '1',
        consultationCount: '1',
        serviceItemCount: '15',
        serviceCaseCount: '100',
      },
    });
    await saveServiceStatistics(context, admin, {
      agencyId: agency.id,
      statistics: {
        year: '2024',
        month: '2',
        consultationCount: '3',
        serviceItemCount: '14',
        serviceCaseCount: '35',
      },
    });
    const figures = (await getWebsiteHealth(context, officeHead, { agencyId: agency.id, year: 2024 }))
      .sectionOne;
    // Services by month: 1 + 3 consultations, max(15, 14) items, 100 + 35 cases.
    expect(figures.paragraph).toBe(
      '通过政务新媒体“示范商务”微信公众号共发布信息664期，订阅人数达11966人。网上公开征求意见共4次。通过门户网站办事服务栏目处理政务服务事项15项，办件量总计135件。',
    );
    const saved = await handle.db.select().from(events).where(eq(events.kind, 'website.statisticsSaved'));
    expect(saved.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses bad figures with Chinese messages and keeps blank apart from 0', async () => {
    await expect(
      saveServiceStatistics(context, admin, {
        agencyId: agency.id,
        statistics: {
          year: '24',
          month: '13',
          consultationCount: '',
          serviceItemCount: '-1',
          serviceCaseCount: '0',
        },
      }),
    ).rejects.toMatchObject({
      fieldErrors: {
        year: '年份应为4位数字，如 2024',
        month: '月份应为1至12，全年数据请留空',
        consultationCount: '请填写网上公开征求意见次数',
        serviceItemCount: '政务服务事项数应为不小于0的整数',
      },
    });
    await expect(
      saveServiceStatistics(context, officeHead, {
        agencyId: agency.id,
        statistics: { year: '2024', consultationCount: '0', serviceItemCount: '0', serviceCaseCount: '0' },
      }),
    ).rejects.toThrow(AccessDeniedError);
  });
});
