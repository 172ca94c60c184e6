import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import {
  assessColumn,
  assessHomePage,
  assessNewMediaAccount,
  findingRules,
  type ColumnKind,
  type FindingRule,
} from '../../domain/website/freshness-rules.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import {
  insertWebsiteCheckRun,
  listNewMediaAccounts,
  listWebsiteColumns,
  websiteCheckRunSubjectType,
} from '../../db/repositories/website.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import {
  crawlWebsite,
  defaultWebsiteCheckLimits,
  type PageTarget,
  type WebsiteCheckLimits,
  type WebsiteCheckProgress,
} from './crawl-website.ts';
import { findWebsiteAgency } from './find-website-agency.ts';

export type WebsiteCheckFinding = {
  rule: FindingRule;
  message: string;
  url: string;
  foundOnUrl: string;
  newestOn: IsoDate | null;
};

/** A column as the run read it: its newest date, or why its page could not be read or was not. */
export type ColumnResult = {
  columnId: string;
  name: string;
  kind: ColumnKind;
  url: string;
  newestOn: IsoDate | null;
  isRead: boolean;
  error: string | null;
};

export type WebsiteCheckSummary = {
  runId: string;
  pageCount: number;
  linkCount: number;
  uncheckedLinkCount: number;
  homePageNewestOn: IsoDate | null;
  columnResults: ColumnResult[];
  findings: WebsiteCheckFinding[];
  countsByRule: Record<FindingRule, number>;
};

function newer(left: IsoDate | null, right: IsoDate | null): IsoDate | null {
  if (left === null) return right;
  if (right === null) return left;
  return left > right ? left : right;
}

/**
 * Checks an agency's website (`website.manage`) against rules.md §7: reads the home page, the
 * registered column pages and web pages of new-media accounts for their newest dates, checks the
 * links found on them (SSRF-guarded, within `limits`; private addresses only with `allowPrivate`),
 * and stores the run with its findings and a `website.checked` event in one transaction. The pages
 * are read before the transaction opens, so no transaction waits on the network.
 */
export async function runWebsiteCheck(
  context: UseCaseContext,
  actor: Actor,
  input: {
    agencyId: string;
    /** The home page to read instead of the agency's recorded website (the CLI's --home-page). */
    homePageUrl?: string;
    limits?: Partial<WebsiteCheckLimits>;
    allowPrivate?: boolean;
    resolveHost?: (host: string) => Promise<string[]>;
    onProgress?: (progress: WebsiteCheckProgress) => void;
  },
): Promise<WebsiteCheckSummary> {
  const agency = await findWebsiteAgency(context.db, {
    actor,
    agencyId: input.agencyId,
    action: 'website.manage',
  });
  const homePageUrl = (input.homePageUrl ?? agency.website).trim();
  if (!/^https?:\/\//i.test(homePageUrl))
    throw new ValidationError('请先在机关信息中填写以 http:// 或 https:// 开头的网站地址', {
      website: '请填写网站地址',
    });
  const columns = await listWebsiteColumns(context.db, agency.id);
  const accounts = await listNewMediaAccounts(context.db, agency.id);
  const startedAt = context.now();
  const today = isoDateInShanghai(startedAt);
  const pages: PageTarget[] = [
    { key: 'home', url: homePageUrl },
    ...columns.map((column) => ({ key: `column:${column.id}`, url: column.url })),
    ...accounts
      .filter((account) => account.url !== '')
      .map((account) => ({ key: `account:${account.id}`, url: account.url })),
  ];
  const crawl = await crawlWebsite({
    pages,
    now: startedAt,
    limits: { ...defaultWebsiteCheckLimits, ...input.limits },
    allowPrivate: input.allowPrivate === true,
    ...(input.resolveHost ? { resolveHost: input.resolveHost } : {}),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  const readings = new Map(crawl.pages.map((page) => [page.key, page]));
  const findings: WebsiteCheckFinding[] = [];
  const add = (finding: Omit<WebsiteCheckFinding, 'foundOnUrl'> & { foundOnUrl?: string }): void => {
    findings.push({ foundOnUrl: '', ...finding });
  };

  const home = readings.get('home');
  if (home?.error)
    add({ rule: 'brokenLink', message: `首页无法访问：${home.error}`, url: homePageUrl, newestOn: null });
  else if (home) {
    const finding = assessHomePage({ newestOn: home.newestOn, now: today });
    if (finding) add({ ...finding, url: homePageUrl });
  }

  const columnResults: ColumnResult[] = columns.map((column) => {
    const kind = column.kind as ColumnKind;
    const reading = readings.get(`column:${column.id}`);
    const result = {
      columnId: column.id,
      name: column.name,
      kind,
      url: column.url,
      newestOn: reading?.newestOn ?? null,
      isRead: reading !== undefined && reading.error === null,
      error: reading?.error ?? null,
    };
    if (reading?.error)
      add({
        rule: 'brokenLink',
        message: `栏目“${column.name}”页面无法访问：${reading.error}`,
        url: column.url,
        newestOn: null,
      });
    else if (reading) {
      const finding = assessColumn({ name: column.name, kind, newestOn: reading.newestOn, now: today });
      if (finding) add({ ...finding, url: column.url });
    }
    return result;
  });

  for (const account of accounts) {
    const reading = readings.get(`account:${account.id}`);
    const readOn = reading && reading.error === null ? reading.newestOn : null;
    const finding = assessNewMediaAccount({
      platform: account.platform,
      name: account.name,
      newestOn: newer(readOn, account.lastUpdatedOn as IsoDate | null),
      now: today,
    });
    if (finding) add({ ...finding, url: account.url });
  }

  for (const link of crawl.links) {
    if (link.verdict.status === 'broken')
      add({
        rule: 'brokenLink',
        message: link.verdict.message,
        url: link.url,
        foundOnUrl: link.foundOnUrl,
        newestOn: null,
      });
    else if (link.verdict.status === 'externalRedirect')
      add({
        rule: 'externalRedirect',
        message: link.verdict.message,
        url: link.url,
        foundOnUrl: link.foundOnUrl,
        newestOn: null,
      });
  }

  const countsByRule = Object.fromEntries(
    findingRules.map((rule) => [rule, findings.filter((finding) => finding.rule === rule).length]),
  ) as Record<FindingRule, number>;
  const runId = randomUUID();
  const summary: WebsiteCheckSummary = {
    runId,
    pageCount: crawl.pages.length,
    linkCount: crawl.links.length,
    uncheckedLinkCount: crawl.uncheckedLinkCount,
    homePageNewestOn: home && home.error === null ? home.newestOn : null,
    columnResults,
    findings,
    countsByRule,
  };
  await context.db.transaction(async (transaction) => {
    // Asked again in the transaction: the actor's rights may have changed while the pages were read.
    await findWebsiteAgency(transaction, { actor, agencyId: agency.id, action: 'website.manage' });
    const finishedAt = context.now();
    const startedBy = describeActor(actor);
    await insertWebsiteCheckRun(transaction, {
      run: {
        id: runId,
        agencyId: agency.id,
        startedAt,
        finishedAt,
        startedBy,
        homePageUrl,
        homePageNewestOn: summary.homePageNewestOn,
        pageCount: summary.pageCount,
        linkCount: summary.linkCount,
        uncheckedLinkCount: summary.uncheckedLinkCount,
        columnResults,
      },
      findings: findings.map((finding) => ({ id: randomUUID(), runId, agencyId: agency.id, ...finding })),
    });
    await appendEvent(transaction, {
      agencyId: agency.id,
      actor: startedBy,
      kind: 'website.checked',
      subjectType: websiteCheckRunSubjectType,
      subjectId: runId,
      payload: {
        homePageUrl,
        pageCount: summary.pageCount,
        linkCount: summary.linkCount,
        uncheckedLinkCount: summary.uncheckedLinkCount,
        countsByRule,
      },
      occurredAt: finishedAt,
    });
  });
  return summary;
}
