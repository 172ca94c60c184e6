import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page the local test site serves: status, body and optional headers. */
export type TestPage = {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
  isHanging?: boolean;
};

/**
 * A website on 127.0.0.1 for link-check tests (no test reaches the internet). `pages` maps a path
 * to what it answers; a path not listed answers 404. Hanging pages never answer (timeouts).
 */
export async function startTestWebsite(pages: (origin: string) => Record<string, TestPage>): Promise<{
  origin: string;
  /** The user-agent header of every request the site received. */
  userAgents: Set<string>;
  close: () => Promise<void>;
}> {
  let table: Record<string, TestPage> = {};
  const userAgents = new Set<string>();
  const server: Server = createServer((request, response) => {
    userAgents.add(request.headers['user-agent'] ?? '');
    const page = table[request.url ?? '/'];
    if (page?.isHanging) return;
    response.writeHead(page?.status ?? (page ? 200 : 404), {
      'content-type': 'text/html; charset=utf-8',
      ...page?.headers,
    });
    response.end(page?.body ?? '<html><body>未找到</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  table = pages(origin);
  return {
    origin,
    userAgents,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 where nothing listens (connections are refused). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Name resolution for tests: localhost and literal addresses only; every other name fails. */
export async function resolveOnlyLocalhost(host: string): Promise<string[]> {
  if (host === 'localhost') return ['127.0.0.1'];
  throw new Error(`test resolver: ${host} does not resolve`);
}

/** 2025年5月28日 in GBK bytes, as an older government site serves a column page. */
const gbkDate = Buffer.from([
  ...Buffer.from('2025'),
  0xc4,
  0xea,
  ...Buffer.from('5'),
  0xd4,
  0xc2,
  ...Buffer.from('28'),
  0xc8,
  0xd5,
]);

/**
 * The sample agency site of the website tests, read on 2 June 2025: a fresh home page (30 May),
 * a stale news column ([05-01]), a fresh notice column (10 January; a July meeting notice is in the
 * future), an empty column, a policy column that answers 404, a fresh GBK news column (28 May),
 * a WeChat page (25 May) and links: fine, 404, 500, a redirect to another host, a name that does
 * not resolve, a refused port and a page that never answers.
 */
export function sampleWebsitePages(options: {
  refusedPort: number;
}): (origin: string) => Record<string, TestPage> {
  return (origin) => ({
    '/': {
      body: `<html><body><h1>示范市商务局</h1><p>更新于 2025-05-30</p>
        <a href="/news">工作动态</a> <a href="/notice">通知公告</a> <a href="/empty">专题</a> <a href="/policy">政策文件</a>
        <a href="/ok">正常链接</a> <a href="/missing">失效链接</a> <a href="/error">出错链接</a>
        <a href="/go-elsewhere">外部跳转</a> <a href="http://no-such-host.example/">不存在的域名</a>
        <a href="http://127.0.0.1:${options.refusedPort}/">拒绝连接</a> <a href="/slow">超时</a>
        <a href="mailto:office@example.gov.cn">邮箱</a> <a href="#top">回到顶部</a></body></html>`,
    },
    '/news': {
      body: '<html><body><ul><li>[05-01] <a href="/news/1.html">工作动态一</a></li><li>[04-20] 工作动态二</li></ul></body></html>',
    },
    '/news/1.html': { body: '<html><body>工作动态一 2025-05-01</body></html>' },
    '/notice': { body: '<html><body>2025-07-01 会议预告；2025-01-10 关于开展检查的通知</body></html>' },
    '/empty': { body: '<html><body>暂无信息</body></html>' },
    '/gbk-news': {
      body: Buffer.concat([
        Buffer.from('<html><head><meta charset="gbk"></head><body>'),
        gbkDate,
        Buffer.from('</body></html>'),
      ]),
      headers: { 'content-type': 'text/html' },
    },
    '/wechat': { body: '<html><body>最近发文 2025-05-25</body></html>' },
    '/ok': { body: '<html><body>正常</body></html>' },
    '/error': { status: 500 },
    '/go-elsewhere': { status: 302, headers: { location: `${origin.replace('127.0.0.1', 'localhost')}/ok` } },
    '/slow': { isHanging: true },
  });
}
