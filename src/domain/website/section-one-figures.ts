/**
 * The figures section 一 总体情况 of the annual report (国办公开办函〔2021〕30号, report-format.md)
 * quotes about new media and online services, from the statistics staff enter per year or per
 * month, with a suggested paragraph in the customary wording, e.g. 嘉兴市商务局 2024: “通过政务新媒体
 * “嘉兴商务”微信公众号共发布信息664期，订阅人数达11966人。网上公开征求意见共4次。……”
 */

/** One period's figures of an account: `month` null for the whole year. */
export type NewMediaStatisticsEntry = {
  month: number | null;
  postCount: number;
  followerCount: number | null;
};

/** One period's figures of the agency's services: `month` null for the whole year. */
export type ServiceStatisticsEntry = {
  month: number | null;
  consultationCount: number;
  serviceItemCount: number;
  serviceCaseCount: number;
};

export type NewMediaAccountStatistics = {
  platform: string;
  name: string;
  entries: readonly NewMediaStatisticsEntry[];
};

export type AccountYearFigures = {
  platform: string;
  name: string;
  postCount: number | null;
  /** At year end: the whole-year entry's, or the latest month's that has one. */
  followerCount: number | null;
  /** Months entered when there is no whole-year entry; empty when the year entry is used. */
  monthsEntered: number[];
};

export type SectionOneFigures = {
  year: number;
  accounts: AccountYearFigures[];
  consultationCount: number | null;
  serviceItemCount: number | null;
  serviceCaseCount: number | null;
  serviceMonthsEntered: number[];
  paragraph: string;
};

function yearEntry<Entry extends { month: number | null }>(entries: readonly Entry[]): Entry | undefined {
  return entries.find((entry) => entry.month === null);
}

function monthEntries<Entry extends { month: number | null }>(entries: readonly Entry[]): Entry[] {
  return entries
    .filter((entry) => entry.month !== null)
    .sort((left, right) => (left.month ?? 0) - (right.month ?? 0));
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * A year's figures of one account: a whole-year entry wins; otherwise posts are the sum of the
 * months and followers the latest month's count.
 */
export function accountYearFigures(account: NewMediaAccountStatistics): AccountYearFigures {
  const whole = yearEntry(account.entries);
  if (whole !== undefined)
    return {
      platform: account.platform,
      name: account.name,
      postCount: whole.postCount,
      followerCount: whole.followerCount,
      monthsEntered: [],
    };
  const months = monthEntries(account.entries);
  const withFollowers = months.filter((entry) => entry.followerCount !== null);
  return {
    platform: account.platform,
    name: account.name,
    postCount: months.length === 0 ? null : sum(months.map((entry) => entry.postCount)),
    followerCount: withFollowers.at(-1)?.followerCount ?? null,
    monthsEntered: months.map((entry) => entry.month ?? 0),
  };
}

/** The platform's word for its audience: 订阅 for WeChat official accounts, 粉丝 elsewhere. */
function audienceWord(platform: string): string {
  return platform.includes('微信') ? '订阅人数' : '粉丝数';
}

/**
 * The section 一 figures of a year. Services: a whole-year entry wins; otherwise consultations
 * (征求意见) and cases (办件量) are summed over the months, and service items (政务服务事项, a
 * count of the items offered, not additive) are the largest monthly figure.
 */
export function computeSectionOneFigures(options: {
  year: number;
  accounts: readonly NewMediaAccountStatistics[];
  service: readonly ServiceStatisticsEntry[];
  /** How the paragraph names the website, e.g. 局网站; default 门户网站. */
  websiteLabel?: string;
}): SectionOneFigures {
  const accounts = options.accounts.map(accountYearFigures);
  const whole = yearEntry(options.service);
  const months = monthEntries(options.service);
  const hasService = whole !== undefined || months.length > 0;
  const consultationCount =
    whole?.consultationCount ?? (hasService ? sum(months.map((entry) => entry.consultationCount)) : null);
  const serviceItemCount =
    whole?.serviceItemCount ??
    (hasService ? Math.max(...months.map((entry) => entry.serviceItemCount)) : null);
  const serviceCaseCount =
    whole?.serviceCaseCount ?? (hasService ? sum(months.map((entry) => entry.serviceCaseCount)) : null);
  const sentences: string[] = [];
  for (const account of accounts) {
    if (account.postCount === null) continue;
    const followers =
      account.followerCount === null ? '' : `，${audienceWord(account.platform)}达${account.followerCount}人`;
    sentences.push(
      `通过政务新媒体“${account.name}”${account.platform}共发布信息${account.postCount}期${followers}。`,
    );
  }
  if (consultationCount !== null) sentences.push(`网上公开征求意见共${consultationCount}次。`);
  if (serviceItemCount !== null && serviceCaseCount !== null)
    sentences.push(
      `通过${options.websiteLabel ?? '门户网站'}办事服务栏目处理政务服务事项${serviceItemCount}项，办件量总计${serviceCaseCount}件。`,
    );
  return {
    year: options.year,
    accounts,
    consultationCount,
    serviceItemCount,
    serviceCaseCount,
    serviceMonthsEntered: whole === undefined ? months.map((entry) => entry.month ?? 0) : [],
    paragraph: sentences.join(''),
  };
}
