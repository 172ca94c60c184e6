import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleReport } from '../../domain/annual-report/example-report-factory.ts';
import { cellListingText } from '../../domain/annual-report/cell-listing.ts';
import { renderReportHtml } from '../../render/annual-report-html.ts';
import { fetchReportUrl } from './fetch-report-url.ts';
import { importReport } from './import-report.ts';
import { isNonPublicAddress } from './network-address-policy.ts';

const report = buildExampleReport(501);
const pages: Record<
  string,
  { status?: number; headers?: Record<string, string>; body?: string; delay?: number }
> = {
  '/report.html': {
    body: renderReportHtml({ report }),
    headers: { 'content-type': 'text/html; charset=utf-8' },
  },
  '/moved': { status: 302, headers: { location: '/report.html' } },
  '/loop': { status: 302, headers: { location: '/loop' } },
  '/big': { body: 'x'.repeat(5000) },
  '/slow': { body: 'late', delay: 2000 },
  '/shell': {
    body: '<html><head><script src="/app.js"></script></head><body><div id="app"></div><script>load()</script></body></html>',
  },
  '/list': {
    body: `<html><body><ul>${[2024, 2023, 2022, 2021].map((year) => `<li><a href="/r${year}">某局${year}年政府信息公开工作年度报告</a> ${year}-01-20</li>`).join('')}</ul></body></html>`,
  },
  '/attachment': {
    body: '<html><body><p>某局2024年政府信息公开工作年度报告</p><p>附件：<a href="/files/report-2024.pdf">2024年年度报告.pdf</a></p></body></html>',
  },
};

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const page = pages[request.url ?? ''] ?? { status: 404, body: 'not found' };
    const send = (): void => {
      response.writeHead(page.status ?? 200, page.headers ?? {});
      response.end(page.body ?? '');
    };
    if (page.delay) setTimeout(send, page.delay);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchReportUrl', () => {
  it('fetches a page and follows a redirect when private addresses are allowed', async () => {
    const page = await fetchReportUrl({ url: `${base}/moved`, allowPrivate: true });
    expect(page.finalUrl).toBe(`${base}/report.html`);
    expect(new TextDecoder().decode(page.bytes)).toContain('申请人情况');
  });

  it('refuses loopback without allowPrivate', async () => {
    await expect(fetchReportUrl({ url: `${base}/report.html` })).rejects.toThrow(/拒绝访问.*127\.0\.0\.1/);
  });

  it('checks every address of a name, and again after a redirect', async () => {
    const resolveHost = async (host: string): Promise<string[]> =>
      host === 'mixed.example' ? ['93.184.216.34', '10.0.0.8'] : ['127.0.0.1'];
    await expect(fetchReportUrl({ url: 'http://mixed.example/report.html', resolveHost })).rejects.toThrow(
      /10\.0\.0\.8/,
    );
    await expect(fetchReportUrl({ url: 'http://localhost.example/', resolveHost })).rejects.toThrow(
      /拒绝访问/,
    );
  });

  it('stops at the redirect, size and time limits', async () => {
    await expect(
      fetchReportUrl({ url: `${base}/loop`, allowPrivate: true, maxRedirects: 3 }),
    ).rejects.toThrow('重定向次数过多');
    await expect(fetchReportUrl({ url: `${base}/big`, allowPrivate: true, maxBytes: 1000 })).rejects.toThrow(
      '网页过大',
    );
    await expect(
      fetchReportUrl({ url: `${base}/slow`, allowPrivate: true, timeoutMilliseconds: 200 }),
    ).rejects.toThrow('超时');
  });

  it('accepts only http and https addresses', async () => {
    await expect(fetchReportUrl({ url: 'file:///etc/passwd', allowPrivate: true })).rejects.toThrow(
      '只支持 http 和 https',
    );
  });
});

describe('importReport from an address', () => {
  it('reads the report page', async () => {
    const imported = await importReport({ source: `${base}/report.html`, allowPrivate: true });
    expect(cellListingText(imported.report)).toBe(cellListingText(report));
  });

  it.each([
    ['/shell', '脚本框架'],
    ['/list', '报告列表'],
    ['/attachment', '附件'],
  ])('explains why %s holds no report', async (path, words) => {
    await expect(importReport({ source: `${base}${path}`, allowPrivate: true })).rejects.toThrow(words);
  });
});

describe('isNonPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '224.0.0.1',
  ])('refuses %s', (address) => expect(isNonPublicAddress(address)).toBe(true));
  it.each(['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '172.32.0.1'])('accepts %s', (address) =>
    expect(isNonPublicAddress(address)).toBe(false),
  );
});
