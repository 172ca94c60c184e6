import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';

/**
 * 栏目: a column of the agency's website whose page the checker reads for its newest date
 * (rules.md §7); `kind` is a `ColumnKind` (news / notice / policy / other) and sets the period.
 */
export const websiteColumns = pgTable(
  'website_columns',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    url: text('url').notNull(),
    kind: text('kind').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [unique('website_columns_agency_url_key').on(table.agencyId, table.url)],
);

/**
 * 政务新媒体账号: an account of the agency on a platform (微信公众号, 微博, 抖音 …). `url` is read
 * for its newest date when it is a web page; `last_updated_on` is the date staff entered, for
 * platforms that cannot be read from outside.
 */
export const newMediaAccounts = pgTable(
  'new_media_accounts',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    platform: text('platform').notNull(),
    name: text('name').notNull(),
    url: text('url').notNull().default(''),
    lastUpdatedOn: date('last_updated_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    unique('new_media_accounts_agency_platform_name_key').on(table.agencyId, table.platform, table.name),
  ],
);

/**
 * Figures of one new-media account for a year (`month` null) or one month, entered by staff: posts
 * (发布信息期数) and followers at the end of the period. Section 一 of the annual report quotes them.
 */
export const newMediaStatistics = pgTable(
  'new_media_statistics',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => newMediaAccounts.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    month: integer('month'),
    postCount: integer('post_count').notNull(),
    followerCount: integer('follower_count'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (table) => [
    unique('new_media_statistics_period_key').on(table.accountId, table.year, table.month).nullsNotDistinct(),
  ],
);

/**
 * The agency's online figures for a year (`month` null) or one month: 网上公开征求意见 count, 政务服务事项
 * offered through the website and 办件量. Section 一 of the annual report quotes them.
 */
export const serviceStatistics = pgTable(
  'service_statistics',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    month: integer('month'),
    consultationCount: integer('consultation_count').notNull(),
    serviceItemCount: integer('service_item_count').notNull(),
    serviceCaseCount: integer('service_case_count').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (table) => [
    unique('service_statistics_period_key').on(table.agencyId, table.year, table.month).nullsNotDistinct(),
  ],
);

/**
 * One run of the website checker: what it read (within its limits) and each column's newest date
 * (`column_results`: `{ columnId, name, kind, url, newestOn }[]`). Its findings are rows of
 * `website_check_findings`.
 */
export const websiteCheckRuns = pgTable(
  'website_check_runs',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }).notNull(),
    startedBy: text('started_by').notNull(),
    homePageUrl: text('home_page_url').notNull(),
    homePageNewestOn: date('home_page_newest_on', { mode: 'string' }),
    pageCount: integer('page_count').notNull(),
    linkCount: integer('link_count').notNull(),
    /** Links found beyond the link limit, not checked. */
    uncheckedLinkCount: integer('unchecked_link_count').notNull(),
    columnResults: jsonb('column_results').notNull(),
  },
  (table) => [index('website_check_runs_agency_idx').on(table.agencyId, table.startedAt)],
);

/** A finding of a run: `rule` is a `FindingRule`; `url` is the link or page concerned. */
export const websiteCheckFindings = pgTable(
  'website_check_findings',
  {
    id: uuid('id').primaryKey(),
    runId: uuid('run_id')
      .notNull()
      .references(() => websiteCheckRuns.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    rule: text('rule').notNull(),
    message: text('message').notNull(),
    url: text('url').notNull().default(''),
    /** The page the link was found on, for links. */
    foundOnUrl: text('found_on_url').notNull().default(''),
    newestOn: date('newest_on', { mode: 'string' }),
  },
  (table) => [index('website_check_findings_run_idx').on(table.runId)],
);
