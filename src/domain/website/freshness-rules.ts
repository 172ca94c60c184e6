import { addCalendarDays, formatChineseDate, type IsoDate } from '../calendar/iso-date.ts';

/**
 * The freshness rules national website inspections apply (rules.md §7, 《政府网站与政务新媒体检查指标》,
 * 国办函〔2019〕80号). A page or account is stale when its newest date is more than the period before
 * `now`; on the last day of the period it is still fresh.
 */

/** §7: the home page not updated for 2 weeks. */
export const homePageStaleDays = 14;
/** §7: news columns (动态、要闻类栏目) stale after 2 weeks. */
export const newsColumnStaleDays = 14;
/** §7: notice and policy columns (通知公告、政策文件类栏目) stale after 6 months. */
export const noticeOrPolicyColumnStaleMonths = 6;
/** §7: new-media accounts not updated for 2 weeks. */
export const newMediaStaleDays = 14;

export const columnKinds = ['news', 'notice', 'policy', 'other'] as const;
export type ColumnKind = (typeof columnKinds)[number];

export const columnKindLabels: Record<ColumnKind, string> = {
  news: '动态要闻类',
  notice: '通知公告类',
  policy: '政策文件类',
  other: '其他',
};

export const findingRules = [
  'brokenLink',
  'externalRedirect',
  'staleHomePage',
  'staleColumn',
  'emptyColumn',
  'staleNewMedia',
] as const;
export type FindingRule = (typeof findingRules)[number];

/** The groups the website page lists findings under. */
export const findingRuleLabels: Record<FindingRule, string> = {
  brokenLink: '断链/错链',
  externalRedirect: '外链跳转',
  staleHomePage: '首页不更新',
  staleColumn: '栏目不更新',
  emptyColumn: '空白栏目',
  staleNewMedia: '新媒体不更新',
};

export type FreshnessFinding = { rule: FindingRule; message: string; newestOn: IsoDate | null };

/** The last date on which an entry must have appeared for the page to count as updated. */
function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}` as IsoDate;
}

/** The last day on which a page updated on `newestOn` still counts as updated. */
export function freshUntil(options: {
  kind: ColumnKind | 'homePage' | 'newMedia';
  newestOn: IsoDate;
}): IsoDate | null {
  const { kind, newestOn } = options;
  switch (kind) {
    case 'homePage':
      return addCalendarDays(newestOn, homePageStaleDays);
    case 'newMedia':
      return addCalendarDays(newestOn, newMediaStaleDays);
    case 'news':
      return addCalendarDays(newestOn, newsColumnStaleDays);
    case 'notice':
    case 'policy':
      return addCalendarMonths(newestOn, noticeOrPolicyColumnStaleMonths);
    case 'other':
      return null;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

function periodText(kind: ColumnKind | 'homePage' | 'newMedia'): string {
  return kind === 'notice' || kind === 'policy' ? `${noticeOrPolicyColumnStaleMonths}个月` : '2周';
}

/** §7: the home page not updated for 2 weeks; null when fresh. No date at all is also a finding. */
export function assessHomePage(options: { newestOn: IsoDate | null; now: IsoDate }): FreshnessFinding | null {
  const { newestOn, now } = options;
  if (newestOn === null)
    return {
      rule: 'staleHomePage',
      message: '首页未找到任何带日期的信息，无法确认是否更新，请人工核实。',
      newestOn,
    };
  const until = freshUntil({ kind: 'homePage', newestOn });
  if (until === null || now <= until) return null;
  return {
    rule: 'staleHomePage',
    message: `首页超过${periodText('homePage')}未更新（最新信息日期 ${formatChineseDate(newestOn)}）。`,
    newestOn,
  };
}

/**
 * §7: a column with no dated entry is an empty column (空白栏目); a news column with nothing newer
 * than 2 weeks, or a notice or policy column with nothing newer than 6 months, is stale. Columns
 * of kind `other` have no period and are only checked for being empty.
 */
export function assessColumn(options: {
  name: string;
  kind: ColumnKind;
  newestOn: IsoDate | null;
  now: IsoDate;
}): FreshnessFinding | null {
  const { name, kind, newestOn, now } = options;
  if (newestOn === null)
    return {
      rule: 'emptyColumn',
      message: `栏目“${name}”未找到任何带日期的信息条目（空白栏目）。`,
      newestOn,
    };
  const until = freshUntil({ kind, newestOn });
  if (until === null || now <= until) return null;
  return {
    rule: 'staleColumn',
    message: `${columnKindLabels[kind]}栏目“${name}”超过${periodText(kind)}未更新（最新信息日期 ${formatChineseDate(newestOn)}）。`,
    newestOn,
  };
}

/** §7: a new-media account not updated for 2 weeks; an account with no known date is reported too. */
export function assessNewMediaAccount(options: {
  platform: string;
  name: string;
  newestOn: IsoDate | null;
  now: IsoDate;
}): FreshnessFinding | null {
  const { platform, name, newestOn, now } = options;
  const label = `${platform}“${name}”`;
  if (newestOn === null)
    return {
      rule: 'staleNewMedia',
      message: `${label}没有可核实的最近更新日期，请填写最近更新日期或检查账号网址。`,
      newestOn,
    };
  const until = freshUntil({ kind: 'newMedia', newestOn });
  if (until === null || now <= until) return null;
  return {
    rule: 'staleNewMedia',
    message: `${label}超过${periodText('newMedia')}未更新（最近更新 ${formatChineseDate(newestOn)}）。`,
    newestOn,
  };
}
