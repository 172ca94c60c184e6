import { load } from 'cheerio';
import { isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import {
  classifyLinkProbe,
  type LinkProbe,
  type LinkVerdict,
} from '../../domain/website/link-check-result.ts';
import { extractNewestDate } from '../../domain/website/newest-date.ts';
import { fetchReportUrl, type FetchedPage } from '../import-report/fetch-report-url.ts';
import { ReportSourceError } from '../import-report/report-source-error.ts';
import { decodePageText } from './decode-page-text.ts';

/** How much one check may read; the CLI and the back office use the defaults. */
export type WebsiteCheckLimits = {
  /** Pages read for their dates and links: the home page, column pages, account pages. */
  maxPages: number;
  /** Distinct links checked; links found beyond it are counted, not checked. */
  maxLinks: number;
  concurrency: number;
  timeoutMilliseconds: number;
  /** Bytes read of one page or link. */
  maxBytes: number;
};

export const defaultWebsiteCheckLimits: WebsiteCheckLimits = {
  maxPages: 30,
  maxLinks: 300,
  concurrency: 4,
  timeoutMilliseconds: 10_000,
  maxBytes: 2 * 1024 * 1024,
};

export type WebsiteCheckProgress = { phase: 'pages' | 'links'; done: number; total: number };

export type PageTarget = { key: string; url: string };

export type PageReading = { key: string; url: string; newestOn: IsoDate | null; error: string | null };

export type LinkResult = { url: string; foundOnUrl: string; verdict: LinkVerdict };

export type WebsiteCrawl = {
  pages: PageReading[];
  links: LinkResult[];
  uncheckedLinkCount: number;
};

type FetchOptions = {
  allowPrivate: boolean;
  limits: WebsiteCheckLimits;
  resolveHost?: (host: string) => Promise<string[]>;
};

function fetchWithLimits(url: string, options: FetchOptions): Promise<FetchedPage> {
  return fetchReportUrl({
    url,
    allowPrivate: options.allowPrivate,
    maxBytes: options.limits.maxBytes,
    timeoutMilliseconds: options.limits.timeoutMilliseconds,
    userAgent: 'gongkai-website-check/0.1',
    ...(options.resolveHost ? { resolveHost: options.resolveHost } : {}),
  });
}

/** Runs `work` over `items` with at most `concurrency` at a time, keeping the order of results. */
async function mapWithConcurrency<Item, Result>(options: {
  items: readonly Item[];
  concurrency: number;
  work: (item: Item) => Promise<Result>;
  onDone?: (done: number) => void;
}): Promise<Result[]> {
  const results: Result[] = new Array<Result>(options.items.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < options.items.length) {
      const index = next;
      next += 1;
      results[index] = await options.work(options.items[index] as Item);
      done += 1;
      options.onDone?.(done);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency, options.items.length)) }, worker),
  );
  return results;
}

/** What fetching a link gave, in the terms of the domain's classification. */
async function probeLink(url: string, options: FetchOptions): Promise<LinkProbe> {
  try {
    const page = await fetchWithLimits(url, options);
    return { kind: 'response', requestedUrl: url, finalUrl: page.finalUrl, status: page.status };
  } catch (error) {
    if (!(error instanceof ReportSourceError)) throw error;
    switch (error.failure) {
      case 'errorStatus':
        return { kind: 'response', requestedUrl: url, finalUrl: url, status: error.status ?? 0 };
      case 'tooLarge':
        // The server answered with a body beyond the limit (a large file): the link works.
        return { kind: 'response', requestedUrl: url, finalUrl: url, status: 200 };
      case 'privateAddress':
        return { kind: 'skipped', requestedUrl: url, detail: '内网或本机地址' };
      case 'unsupportedScheme':
      case 'invalidUrl':
        return { kind: 'skipped', requestedUrl: url, detail: error.message };
      case 'dnsFailure':
      case 'refused':
      case 'timeout':
      case 'tooManyRedirects':
        return { kind: 'failure', requestedUrl: url, failure: error.failure, detail: '' };
      case 'network':
      case 'other':
        return { kind: 'failure', requestedUrl: url, failure: 'other', detail: error.message };
      default: {
        const unreachable: never = error.failure;
        return unreachable;
      }
    }
  }
}

/** The http(s) links of a page, absolute, without fragments, each once. */
export function extractLinks(options: { html: string; baseUrl: string }): string[] {
  const $ = load(options.html);
  const links = new Set<string>();
  $('a[href]').each((_index, element) => {
    const href = ($(element).attr('href') ?? '').trim();
    if (href === '' || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return;
    try {
      const url = new URL(href, options.baseUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
      url.hash = '';
      links.add(url.toString());
    } catch {
      // An href that is not a URL at all is not a link a visitor can follow; nothing to check.
    }
  });
  return [...links];
}

/**
 * Reads the given pages (up to `maxPages`) for their newest date (rules.md §7 freshness) and
 * their links, then checks each distinct link (up to `maxLinks`, `concurrency` at a time), every
 * request through the SSRF-guarded `fetchReportUrl` with the size and time limits. A page that
 * cannot be read is reported with its error; a link is classified by `classifyLinkProbe`.
 */
export async function crawlWebsite(options: {
  pages: readonly PageTarget[];
  now: Date;
  limits: WebsiteCheckLimits;
  allowPrivate: boolean;
  resolveHost?: (host: string) => Promise<string[]>;
  onProgress?: (progress: WebsiteCheckProgress) => void;
}): Promise<WebsiteCrawl> {
  const fetchOptions: FetchOptions = {
    allowPrivate: options.allowPrivate,
    limits: options.limits,
    ...(options.resolveHost ? { resolveHost: options.resolveHost } : {}),
  };
  const today = isoDateInShanghai(options.now);
  const pageTargets = options.pages.slice(0, options.limits.maxPages);
  const pageLinks = new Map<string, string[]>();
  const pages = await mapWithConcurrency({
    items: pageTargets,
    concurrency: options.limits.concurrency,
    work: async (target): Promise<PageReading> => {
      try {
        const page = await fetchWithLimits(target.url, fetchOptions);
        const html = decodePageText({ bytes: page.bytes, contentType: page.contentType });
        const text = load(html)('body').text();
        pageLinks.set(target.key, extractLinks({ html, baseUrl: page.finalUrl }));
        return {
          key: target.key,
          url: target.url,
          newestOn: extractNewestDate({ text, now: today }),
          error: null,
        };
      } catch (error) {
        if (!(error instanceof ReportSourceError)) throw error;
        return { key: target.key, url: target.url, newestOn: null, error: error.message };
      }
    },
    onDone: (done) => options.onProgress?.({ phase: 'pages', done, total: pageTargets.length }),
  });
  // Each link once, credited to the first page (in the given order) it was found on.
  const foundOn = new Map<string, string>();
  for (const target of pageTargets)
    for (const link of pageLinks.get(target.key) ?? []) if (!foundOn.has(link)) foundOn.set(link, target.url);
  const pageUrls = new Set(pageTargets.map((target) => target.url));
  const candidates = [...foundOn.keys()].filter((url) => !pageUrls.has(url));
  const toCheck = candidates.slice(0, options.limits.maxLinks);
  const links = await mapWithConcurrency({
    items: toCheck,
    concurrency: options.limits.concurrency,
    work: async (url): Promise<LinkResult> => ({
      url,
      foundOnUrl: foundOn.get(url) ?? '',
      verdict: classifyLinkProbe(await probeLink(url, fetchOptions)),
    }),
    onDone: (done) => options.onProgress?.({ phase: 'links', done, total: toCheck.length }),
  });
  return { pages, links, uncheckedLinkCount: candidates.length - toCheck.length };
}
